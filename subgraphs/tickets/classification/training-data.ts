/**
 * Labelled NexVestXR support tickets the in-process classifier is trained on,
 * written the way customers of a tokenised real-estate platform write them
 * (XERA and PROPX tokens, wallets, staking, trading, KYC, AED/INR payments).
 * Never add held-out tickets (held-out-data.ts) here.
 */
import { flattenTicketCorpus, type LabelledTicket, type TicketCorpus } from "./ticket-corpus.js";

const CORPUS: TicketCorpus = {
  investment_support: {
    property_investment_help: {
      en: [
        ["How do I invest in the Dubai Marina property", "I want to buy a fraction of the Dubai Marina apartment listed this week. What is the minimum investment and how many PROPX tokens do I get per 1,000 AED?"],
        ["Which property has the best rental yield", "I'm comparing the Downtown villa and the Bangalore office space. Where can I see the expected rental yield and occupancy for each property?"],
        ["Property sold out before I could invest", "The Business Bay tower showed 30% available this morning and now it says fully funded. Will there be a second round for this property?"],
        ["Explain fractional ownership of a property", "If I hold PROPX tokens for a building, do I legally own part of the property? What happens when the property is sold?"],
        ["Lock-in period for a property investment", "Is there a lock-in period after investing in the Mumbai residential project or can I exit my property position any time?"],
      ],
      ar: [
        ["كيف أستثمر في عقار دبي مارينا", "أرغب في شراء حصة من شقة دبي مارينا المعروضة هذا الأسبوع. ما هو الحد الأدنى للاستثمار وكم رمز PROPX أحصل عليه مقابل ١٠٠٠ درهم؟"],
        ["العائد الإيجاري للعقارات", "أقارن بين فيلا وسط المدينة والمكاتب في بنغالور، أين أجد العائد الإيجاري المتوقع ونسبة الإشغال لكل عقار؟"],
        ["الملكية الجزئية للعقار", "إذا كنت أملك رموز PROPX لمبنى، هل أملك جزءاً من العقار قانونياً؟ وماذا يحدث عند بيع العقار؟"],
        ["فترة الحجز للاستثمار العقاري", "هل توجد فترة حجز بعد الاستثمار في مشروع سكني أم يمكنني الخروج من استثماري العقاري في أي وقت؟"],
      ],
    },
    token_purchase_issues: {
      en: [
        ["Bought XERA tokens but balance is zero", "I paid 2,500 AED for XERA tokens an hour ago, the purchase shows completed but my XERA token balance is still 0."],
        ["Cannot buy PROPX tokens", "When I try to buy PROPX tokens for the Palm Jumeirah property the Buy button is greyed out and says purchase unavailable."],
        ["Received fewer tokens than expected", "I bought tokens at the quoted price of 1.20 AED per XERA but received 8% fewer tokens than the quote. Why the difference?"],
        ["Token purchase stuck in pending", "My XERA purchase order has been pending for two days. The money left my account but the tokens never arrived in my wallet."],
        ["Purchase limit on XERA tokens", "The app says I reached the maximum token purchase for today. How much XERA can I buy per day and how do I raise it?"],
      ],
      ar: [
        ["اشتريت رموز XERA ولم تظهر", "دفعت ٢٥٠٠ درهم لشراء رموز XERA والعملية تظهر مكتملة لكن رصيد الرموز ما زال صفراً."],
        ["لا أستطيع شراء رموز PROPX", "عند محاولة شراء رموز PROPX لعقار نخلة جميرا يظهر زر الشراء معطلاً مع رسالة الشراء غير متاح."],
        ["استلمت رموزاً أقل من المتوقع", "اشتريت الرموز بسعر ١٫٢ درهم لكل XERA لكن استلمت عدداً أقل من عرض السعر، ما سبب الفرق؟"],
        ["عملية شراء الرموز معلقة", "طلب شراء رموز XERA معلق منذ يومين، خصم المبلغ من حسابي ولم تصل الرموز إلى محفظتي."],
      ],
    },
    portfolio_questions: {
      en: [
        ["Portfolio value dropped overnight", "My portfolio value went down by 6% since yesterday but I didn't sell anything. Which of my property tokens caused the drop?"],
        ["Portfolio does not show all my properties", "I own tokens in four properties but my portfolio dashboard lists only three. The Abu Dhabi townhouse is missing."],
        ["How is my portfolio ROI calculated", "The portfolio page shows 11.4% total return. Does that include rental distributions and token price appreciation, or only one of them?"],
        ["Export my portfolio holdings", "Can I download a list of all my holdings with purchase price and current value for each property token?"],
        ["Portfolio diversification advice", "Most of my portfolio is in Dubai residential. How can I see my allocation by city and property type to diversify?"],
      ],
      ar: [
        ["انخفاض قيمة محفظتي", "انخفضت قيمة محفظتي الاستثمارية بنسبة ٦٪ منذ الأمس دون أن أبيع شيئاً، أي من رموز العقارات سبب الانخفاض؟"],
        ["المحفظة لا تعرض كل عقاراتي", "أملك رموزاً في أربعة عقارات لكن لوحة المحفظة تعرض ثلاثة فقط، تاون هاوس أبوظبي غير ظاهر."],
        ["طريقة حساب عائد المحفظة", "صفحة المحفظة تعرض عائداً إجمالياً ١١٫٤٪، هل يشمل توزيعات الإيجار وارتفاع سعر الرموز؟"],
        ["توزيع الأصول في محفظتي", "معظم محفظتي في عقارات دبي السكنية، كيف أرى توزيع استثماراتي حسب المدينة ونوع العقار؟"],
      ],
    },
    dividend_inquiries: {
      en: [
        ["Rental dividend not received this month", "The Jumeirah villa paid rental income on the 1st but I haven't received my dividend for my PROPX tokens yet."],
        ["Dividend amount looks too low", "My dividend for the Marina apartment was 38 AED but with 500 tokens I expected around 55 AED. How is the payout calculated?"],
        ["When are rental dividends distributed", "Are property dividends paid monthly or quarterly, and on which date do I need to hold the tokens to qualify?"],
        ["Reinvest my dividends automatically", "Can my rental dividends be reinvested into more PROPX tokens of the same property instead of paid to my wallet?"],
        ["Dividend paid in wrong currency", "I chose to receive dividends in AED but the last distribution arrived as XERA tokens. Can you change it back?"],
      ],
      ar: [
        ["لم تصلني توزيعات الإيجار", "فيلا جميرا وزعت دخل الإيجار في بداية الشهر لكن لم أستلم أرباحي عن رموز PROPX حتى الآن."],
        ["مبلغ الأرباح أقل من المتوقع", "توزيعات أرباح شقة المارينا كانت ٣٨ درهماً فقط مع أنني أملك ٥٠٠ رمز، كيف يتم حساب التوزيعات؟"],
        ["موعد توزيع الأرباح", "هل توزع أرباح العقارات شهرياً أم كل ثلاثة أشهر؟ ومتى يجب أن أملك الرموز لأستحق التوزيع؟"],
        ["إعادة استثمار الأرباح", "هل يمكن إعادة استثمار توزيعات الإيجار تلقائياً في رموز إضافية لنفس العقار؟"],
      ],
    },
    staking_support: {
      en: [
        ["Staking rewards not showing", "I staked 10,000 XERA in the 90-day pool two weeks ago and the rewards counter still shows 0. Is staking working?"],
        ["How to unstake my XERA early", "I need my XERA back before the 180-day staking lock ends. Can I unstake early and what penalty applies?"],
        ["APY changed after I staked", "The staking page showed 14% APY when I locked my tokens and now it shows 9%. Which APY applies to my stake?"],
        ["Unstaked tokens not returned", "My staking period ended yesterday and I clicked unstake but the XERA tokens are not back in my available balance."],
        ["Can I stake PROPX tokens", "Is staking only for XERA or can I also stake PROPX property tokens to earn extra rewards?"],
      ],
      ar: [
        ["مكافآت التخزين لا تظهر", "قمت بتخزين ١٠٠٠٠ رمز XERA في مجمع التخزين لمدة ٩٠ يوماً منذ أسبوعين وما زالت المكافآت صفراً."],
        ["فك التخزين قبل انتهاء المدة", "أحتاج رموز XERA قبل انتهاء فترة القفل ١٨٠ يوماً، هل يمكن فك التخزين مبكراً وما هي الغرامة؟"],
        ["تغير العائد السنوي للستاكينغ", "كان العائد السنوي ١٤٪ عند قفل الرموز والآن يظهر ٩٪، أي عائد يطبق على رموزي المخزنة؟"],
        ["الرموز لم تعد بعد فك التخزين", "انتهت مدة التخزين أمس وضغطت فك التخزين لكن رموز XERA لم تعد إلى رصيدي المتاح."],
      ],
    },
  },
  technical_support: {
    app_not_working: {
      en: [
        ["App crashes on startup", "Since the latest update the NexVestXR app crashes as soon as I open it on my Samsung phone. Reinstalling did not help."],
        ["Blank white screen in the app", "The iOS app shows a blank white screen after the splash logo and nothing loads. I'm on iOS 17."],
        ["App is extremely slow", "Every page in the app takes 20 seconds to load and the property images never appear. My internet connection is fine."],
        ["Error 500 on the website", "The website keeps showing 'Something went wrong, error 500' whenever I open the marketplace page."],
        ["AR property tour not loading", "The 3D / AR virtual tour of the property freezes at 40% and the app becomes unresponsive."],
      ],
      ar: [
        ["التطبيق يتوقف عند الفتح", "منذ آخر تحديث يتوقف تطبيق NexVestXR فور فتحه على هاتفي سامسونج، وإعادة التثبيت لم تحل المشكلة."],
        ["شاشة بيضاء في التطبيق", "يعرض التطبيق على الآيفون شاشة بيضاء بعد الشعار ولا يتم تحميل أي شيء."],
        ["التطبيق بطيء جداً", "كل صفحة في التطبيق تحتاج عشرين ثانية للتحميل وصور العقارات لا تظهر أبداً مع أن الإنترنت سريع."],
        ["الجولة الافتراضية لا تعمل", "الجولة ثلاثية الأبعاد للعقار تتجمد عند ٤٠٪ ويتوقف التطبيق عن الاستجابة."],
      ],
    },
    login_issues: {
      en: [
        ["Cannot log in to my account", "I enter the correct email and password but the login page just reloads without any error message."],
        ["Password reset email never arrives", "I clicked forgot password three times and never received the reset link, not even in spam."],
        ["Account locked after failed logins", "After a few wrong password attempts my login is blocked and it says try again later. It's been 24 hours."],
        ["Sign in with Google not working", "When I choose Sign in with Google it returns me to the login screen without logging me in."],
        ["Session keeps logging me out", "The app logs me out every few minutes and I have to sign in again each time I switch screens."],
      ],
      ar: [
        ["لا أستطيع تسجيل الدخول", "أدخل البريد الإلكتروني وكلمة المرور الصحيحة لكن صفحة تسجيل الدخول تعيد التحميل دون أي رسالة."],
        ["رابط إعادة تعيين كلمة المرور لا يصل", "ضغطت على نسيت كلمة المرور ثلاث مرات ولم يصلني رابط إعادة التعيين حتى في البريد غير المرغوب."],
        ["الحساب مقفل بعد محاولات دخول خاطئة", "بعد عدة محاولات بكلمة مرور خاطئة تم حظر الدخول ومرت ٢٤ ساعة وما زال مقفلاً."],
        ["التطبيق يخرجني من الحساب", "التطبيق يسجل خروجي كل بضع دقائق وأضطر لتسجيل الدخول من جديد."],
      ],
    },
    payment_failures: {
      en: [
        ["Card payment fails at checkout", "Every time I try to pay with my Visa card at checkout I get 'transaction declined by gateway' even though the bank says no block."],
        ["Apple Pay error when funding", "Apple Pay shows 'payment not completed' when I try to add 1,000 AED to my NexVestXR balance."],
        ["UPI payment failed but amount debited", "I paid 25,000 INR via UPI, the app says payment failed but the money was debited from my bank account."],
        ["Payment page times out", "The payment page spins and times out after I enter the 3D Secure OTP, so the deposit never completes."],
        ["Crypto deposit transaction failed", "My USDT deposit to fund token purchases shows transaction failed on the app but succeeded on the blockchain explorer."],
      ],
      ar: [
        ["فشل الدفع بالبطاقة", "كلما حاولت الدفع ببطاقة فيزا تظهر رسالة تم رفض المعاملة من البوابة مع أن البنك يؤكد عدم وجود حظر."],
        ["خطأ في آبل باي عند الإيداع", "يظهر آبل باي رسالة لم تكتمل عملية الدفع عند محاولة إضافة ١٠٠٠ درهم إلى رصيدي."],
        ["صفحة الدفع تنتهي مهلتها", "صفحة الدفع تتوقف بعد إدخال رمز التحقق من البنك ولا تكتمل عملية الإيداع."],
        ["فشلت المعاملة وخصم المبلغ", "التطبيق يقول إن عملية الدفع فشلت لكن المبلغ خصم من حسابي البنكي."],
      ],
    },
    wallet_connection_problems: {
      en: [
        ["MetaMask won't connect", "When I click Connect Wallet and choose MetaMask, the MetaMask popup opens but the site never shows my wallet as connected."],
        ["WalletConnect QR code not working", "Scanning the WalletConnect QR code with Trust Wallet does nothing; the session request never appears on my phone."],
        ["Wrong network in wallet", "My wallet says I'm on the wrong network and asks me to switch to Polygon, but switching fails with an RPC error."],
        ["Wallet disconnects during transaction", "My MetaMask wallet disconnects in the middle of signing a transaction and I have to reconnect every time."],
        ["Connected wallet shows zero balance", "My wallet is connected but the app shows 0 XERA even though MetaMask shows my tokens."],
      ],
      ar: [
        ["ميتاماسك لا يتصل", "عند الضغط على ربط المحفظة واختيار ميتاماسك تظهر النافذة لكن الموقع لا يظهر المحفظة متصلة أبداً."],
        ["رمز WalletConnect لا يعمل", "مسح رمز الاستجابة السريعة لـ WalletConnect بمحفظة Trust Wallet لا يفعل شيئاً ولا يظهر طلب الاتصال."],
        ["شبكة خاطئة في المحفظة", "تقول المحفظة إنني على شبكة خاطئة وتطلب التحويل إلى بوليغون لكن التحويل يفشل بخطأ RPC."],
        ["المحفظة تنقطع أثناء المعاملة", "محفظة ميتاماسك تنفصل أثناء توقيع المعاملة وأضطر لإعادة ربط المحفظة كل مرة."],
      ],
    },
    trading_platform_issues: {
      en: [
        ["Sell order not executing", "I placed a limit sell order for 200 PROPX tokens at 1.35 and the price passed it, but the order book still shows it open."],
        ["Trading chart not updating", "The XERA/AED price chart on the trading screen froze at yesterday's price and doesn't refresh."],
        ["Liquidity pool deposit failed", "Adding XERA and USDT to the liquidity pool fails with 'insufficient liquidity' even though I have both tokens."],
        ["Cannot cancel my open order", "The cancel button on my open buy order does nothing and the order stays in the order book."],
        ["Slippage too high on swap", "Swapping PROPX to XERA on the exchange gave me 12% slippage although I set the limit to 1%."],
      ],
      ar: [
        ["أمر البيع لا ينفذ", "وضعت أمر بيع محدد لـ ٢٠٠ رمز PROPX بسعر ١٫٣٥ وتجاوز السعر ذلك لكن الأمر ما زال مفتوحاً في دفتر الأوامر."],
        ["الرسم البياني للتداول لا يتحدث", "الرسم البياني لسعر XERA في شاشة التداول متوقف عند سعر الأمس ولا يتحدث."],
        ["فشل الإيداع في مجمع السيولة", "إضافة XERA و USDT إلى مجمع السيولة تفشل برسالة سيولة غير كافية مع أنني أملك الرمزين."],
        ["لا أستطيع إلغاء الأمر المفتوح", "زر إلغاء أمر الشراء المفتوح لا يعمل ويبقى الأمر في دفتر الأوامر."],
      ],
    },
  },
  account_support: {
    kyc_verification: {
      en: [
        ["KYC pending for a week", "I submitted my KYC seven days ago and the status is still 'under review'. I can't invest until it is approved."],
        ["KYC rejected without reason", "My identity verification was rejected and the email doesn't say why. My Emirates ID is valid until 2028."],
        ["Selfie verification keeps failing", "The liveness check during KYC fails every time with 'face not matched' even in good light."],
        ["Which documents are needed for KYC", "I'm an Indian resident. Do I need Aadhaar and PAN for KYC verification or is my passport enough?"],
        ["KYC level upgrade", "My account is KYC level 1 and limited to 10,000 AED. How do I complete enhanced verification to invest more?"],
      ],
      ar: [
        ["التحقق من الهوية معلق منذ أسبوع", "أرسلت طلب التحقق من الهوية منذ سبعة أيام وما زالت الحالة قيد المراجعة ولا أستطيع الاستثمار."],
        ["رفض التحقق من الهوية دون سبب", "تم رفض التحقق من هويتي والبريد لا يذكر السبب، مع أن الهوية الإماراتية سارية حتى ٢٠٢٨."],
        ["فشل التحقق بالصورة الشخصية", "فحص الصورة الذاتية أثناء التحقق يفشل في كل مرة برسالة الوجه غير مطابق."],
        ["ترقية مستوى التحقق", "حسابي في المستوى الأول من التحقق ومحدود بعشرة آلاف درهم، كيف أكمل التحقق المعزز؟"],
      ],
    },
    account_security: {
      en: [
        ["I think my account was hacked", "I received an email about a login from Russia that wasn't me and my XERA balance is lower. Please freeze my account."],
        ["Suspicious withdrawal I didn't make", "There is a withdrawal of 4,000 PROPX tokens to an unknown wallet address that I never authorised."],
        ["Phishing email pretending to be NexVestXR", "I got an email asking me to confirm my seed phrase on a site that looks like NexVestXR. Is this a scam?"],
        ["Freeze my account immediately", "My phone was stolen with the app logged in. Please lock my account until I can secure it."],
        ["Unknown device in active sessions", "The security page shows an active session on a Windows device I don't own. How do I sign it out and secure my account?"],
      ],
      ar: [
        ["أعتقد أن حسابي تم اختراقه", "وصلني بريد عن تسجيل دخول من دولة أخرى لم أقم به ورصيدي من XERA انخفض، أرجو تجميد حسابي."],
        ["سحب مشبوه لم أقم به", "يوجد سحب ٤٠٠٠ رمز PROPX إلى عنوان محفظة مجهول لم أوافق عليه."],
        ["بريد احتيالي باسم NexVestXR", "وصلني بريد يطلب تأكيد العبارة السرية لمحفظتي على موقع يشبه NexVestXR، هل هذا احتيال؟"],
        ["سرقة الهاتف وتأمين الحساب", "سرق هاتفي والتطبيق مفتوح، أرجو قفل حسابي فوراً حتى أؤمنه."],
      ],
    },
    profile_updates: {
      en: [
        ["Change my registered email address", "I no longer use my old Hotmail address. How do I change the email on my NexVestXR profile?"],
        ["Update my phone number", "I moved from India to Dubai and have a new UAE mobile number. Please update the phone number on my profile."],
        ["Name spelling wrong on profile", "My surname is spelled 'Kahn' instead of 'Khan' on my profile. Can you correct my name?"],
        ["Change residential address", "I moved apartments. Where do I update my residential address in the profile settings?"],
        ["Change preferred language to Arabic", "How do I change my profile language and notification language to Arabic?"],
      ],
      ar: [
        ["تغيير البريد الإلكتروني المسجل", "لم أعد أستخدم بريدي القديم، كيف أغير البريد الإلكتروني في ملفي الشخصي؟"],
        ["تحديث رقم الهاتف", "انتقلت إلى دبي ولدي رقم جوال إماراتي جديد، أرجو تحديث رقم الهاتف في ملفي الشخصي."],
        ["خطأ في كتابة الاسم", "اسم العائلة مكتوب بشكل خاطئ في ملفي الشخصي، هل يمكن تصحيح الاسم؟"],
        ["تغيير العنوان السكني", "انتقلت إلى شقة جديدة، أين أحدث عنوان السكن في إعدادات الملف الشخصي؟"],
      ],
    },
    document_upload_help: {
      en: [
        ["Document upload keeps failing", "When I upload my passport scan it says 'upload failed' after reaching 100%. The file is a 3 MB JPG."],
        ["Which file formats can I upload", "My proof of address is a PDF bank statement. Does the upload page accept PDF or only images?"],
        ["Uploaded document is blurry", "The app compressed my uploaded Emirates ID photo and now it looks blurry. How can I upload a clearer copy?"],
        ["Upload button not responding", "The upload button for the proof of address document does nothing when I tap it on Android."],
        ["Replace an uploaded document", "I uploaded the wrong utility bill by mistake. How do I delete it and upload the correct document?"],
      ],
      ar: [
        ["فشل رفع المستند", "عند رفع صورة جواز السفر تظهر رسالة فشل الرفع بعد الوصول إلى ١٠٠٪، والملف بحجم ٣ ميغابايت."],
        ["صيغ الملفات المقبولة للرفع", "إثبات العنوان لدي كشف حساب بنكي بصيغة PDF، هل تقبل صفحة الرفع ملفات PDF؟"],
        ["زر الرفع لا يستجيب", "زر رفع مستند إثبات العنوان لا يفعل شيئاً عند الضغط عليه في أندرويد."],
        ["استبدال مستند مرفوع", "رفعت فاتورة كهرباء خاطئة بالخطأ، كيف أحذفها وأرفع المستند الصحيح؟"],
      ],
    },
    "2fa_assistance": {
      en: [
        ["Lost phone with authenticator app", "I lost my phone with Google Authenticator and can't get the 2FA code to log in. How do I reset two-factor authentication?"],
        ["2FA codes always invalid", "Every 6-digit code from my authenticator app is rejected as invalid. The time on my phone is correct."],
        ["How to enable 2FA", "I want to turn on two-factor authentication for withdrawals. Where is the 2FA setting?"],
        ["SMS 2FA code not received", "I don't receive the SMS verification code for two-factor login on my Indian number."],
        ["Lost my 2FA backup codes", "I never saved my 2FA backup codes and now I'm moving to a new phone. How do I move my authenticator?"],
      ],
      ar: [
        ["فقدت الهاتف مع تطبيق المصادقة", "فقدت هاتفي الذي عليه تطبيق Google Authenticator ولا أستطيع الحصول على رمز المصادقة الثنائية."],
        ["رموز المصادقة الثنائية غير صالحة", "كل رمز من تطبيق المصادقة يرفض على أنه غير صالح مع أن الوقت في هاتفي صحيح."],
        ["تفعيل المصادقة الثنائية", "أريد تفعيل المصادقة الثنائية لعمليات السحب، أين أجد هذا الإعداد؟"],
        ["لا تصلني رسالة رمز التحقق الثنائي", "لا تصلني الرسالة النصية التي تحتوي رمز المصادقة الثنائية عند تسجيل الدخول."],
      ],
    },
  },
  compliance_support: {
    regulatory_questions: {
      en: [
        ["Is NexVestXR regulated by VARA", "Is NexVestXR licensed by VARA or the DFSA in Dubai? I need to know which regulator oversees the platform."],
        ["Can Indian residents invest legally", "As an Indian resident, am I allowed under RBI and FEMA rules to invest in Dubai property tokens on your platform?"],
        ["Investor protection under regulation", "If the platform shuts down, what regulatory protections cover my tokenised property holdings?"],
        ["Are PROPX tokens securities", "Are PROPX tokens classified as securities by the regulator, and does that limit who can buy them?"],
        ["Regulatory investment limits", "Is there a regulatory cap on how much a retail investor can put into tokenised real estate per year?"],
      ],
      ar: [
        ["هل المنصة مرخصة من VARA", "هل منصة NexVestXR مرخصة من سلطة تنظيم الأصول الافتراضية في دبي؟ أريد معرفة الجهة الرقابية المشرفة."],
        ["حماية المستثمر قانونياً", "إذا أغلقت المنصة، ما هي الحماية التنظيمية لاستثماراتي في العقارات المرمزة؟"],
        ["هل رموز PROPX أوراق مالية", "هل تصنف الجهة التنظيمية رموز PROPX كأوراق مالية وهل يقيد ذلك من يمكنه شراؤها؟"],
        ["حدود الاستثمار التنظيمية", "هل يوجد حد تنظيمي لمبلغ استثمار المستثمر الفرد في العقارات المرمزة سنوياً؟"],
      ],
    },
    tax_documentation: {
      en: [
        ["Need tax certificate for my returns", "I need an annual tax certificate showing my rental income and token gains for filing my Indian income tax return."],
        ["TDS deducted on my dividends", "Why was TDS deducted from my rental dividends and where can I download the Form 16A tax document?"],
        ["Capital gains statement for tax", "Can you provide a capital gains statement for the PROPX tokens I sold this financial year for my tax filing?"],
        ["Tax residency certificate update", "I became a UAE tax resident. How do I submit my tax residency certificate so withholding tax isn't applied?"],
        ["VAT invoice for platform fees", "I need a VAT-compliant tax invoice for the fees I paid so my company can claim the VAT."],
      ],
      ar: [
        ["شهادة ضريبية للإقرار السنوي", "أحتاج شهادة ضريبية سنوية توضح دخل الإيجار وأرباح الرموز لتقديم الإقرار الضريبي."],
        ["كشف أرباح رأس المال للضريبة", "هل يمكنكم تزويدي بكشف أرباح رأس المال لرموز PROPX التي بعتها هذا العام لأغراض ضريبية؟"],
        ["شهادة الإقامة الضريبية", "أصبحت مقيماً ضريبياً في الإمارات، كيف أقدم شهادة الإقامة الضريبية حتى لا تقتطع ضريبة؟"],
        ["فاتورة ضريبية للقيمة المضافة", "أحتاج فاتورة ضريبية متوافقة مع ضريبة القيمة المضافة للرسوم المدفوعة حتى تستردها شركتي."],
      ],
    },
    aml_inquiries: {
      en: [
        ["Asked for source of funds", "My account was restricted and compliance asks for proof of source of funds for my 200,000 AED deposit. What documents are accepted?"],
        ["Account frozen for AML review", "My account has been frozen for an anti-money laundering review for ten days. When will the AML check be finished?"],
        ["Why is my transaction flagged", "My transfer from a crypto exchange was flagged by AML screening. What do I need to provide to release it?"],
        ["Source of wealth questionnaire", "I received a source of wealth questionnaire by email. Is this legitimate and why is it required?"],
        ["Enhanced due diligence request", "Compliance requested enhanced due diligence because I'm a politically exposed person. What is the process?"],
      ],
      ar: [
        ["طلب إثبات مصدر الأموال", "تم تقييد حسابي ويطلب فريق الامتثال إثبات مصدر الأموال لإيداع ٢٠٠ ألف درهم، ما المستندات المقبولة؟"],
        ["تجميد الحساب لمراجعة غسل الأموال", "حسابي مجمد منذ عشرة أيام لمراجعة مكافحة غسل الأموال، متى تنتهي المراجعة؟"],
        ["لماذا تم تعليم معاملتي", "تحويلي من منصة عملات رقمية تم تعليمه في فحص مكافحة غسل الأموال، ماذا أقدم لإطلاقه؟"],
        ["استبيان مصدر الثروة", "وصلني استبيان عن مصدر الثروة بالبريد، هل هو رسمي ولماذا هو مطلوب؟"],
      ],
    },
    reporting_help: {
      en: [
        ["Annual investment report", "Where can I download my annual investment report showing all property token purchases, sales and distributions?"],
        ["Monthly statement is missing", "I didn't receive my monthly account statement for October. Can you resend the statement?"],
        ["Transaction history export", "I need a CSV export of my full transaction history for my accountant. The app only shows the last 90 days."],
        ["Statement numbers don't match", "The totals in my quarterly statement don't match the transaction history in the app. Which report is correct?"],
        ["Custom date range report", "Can I generate a report of my holdings and transactions for a custom date range for my auditor?"],
      ],
      ar: [
        ["التقرير الاستثماري السنوي", "أين أحمل التقرير السنوي لاستثماراتي الذي يوضح كل عمليات شراء وبيع رموز العقارات والتوزيعات؟"],
        ["كشف الحساب الشهري مفقود", "لم يصلني كشف الحساب الشهري لشهر أكتوبر، هل يمكن إعادة إرسال الكشف؟"],
        ["تصدير سجل المعاملات", "أحتاج ملف CSV بسجل معاملاتي الكامل لمحاسبي، والتطبيق يعرض آخر ٩٠ يوماً فقط."],
        ["أرقام الكشف غير مطابقة", "مجاميع الكشف الربعي لا تطابق سجل المعاملات في التطبيق، أي تقرير هو الصحيح؟"],
      ],
    },
    legal_clarifications: {
      en: [
        ["Clarify the terms of service", "Section 9 of the terms of service says the platform can suspend token transfers. Under what legal conditions can that happen?"],
        ["Who holds the property title deed", "Legally, who holds the title deed of a tokenised property — the SPV or the token holders? I need this clarified."],
        ["Inheritance of my tokens", "If I pass away, how are my PROPX tokens transferred to my heirs legally? Is a will recognised?"],
        ["Is the investment Sharia compliant", "Is the property token structure Sharia compliant and is there a fatwa or Sharia board certificate?"],
        ["Jurisdiction for disputes", "Which country's law governs the investor agreement, and where would a legal dispute be heard?"],
      ],
      ar: [
        ["توضيح شروط الخدمة", "البند ٩ من شروط الخدمة يسمح للمنصة بإيقاف تحويل الرموز، في أي ظروف قانونية يحدث ذلك؟"],
        ["من يملك سند ملكية العقار", "قانونياً من يملك سند الملكية للعقار المرمز، الشركة ذات الغرض الخاص أم حاملو الرموز؟"],
        ["وراثة الرموز", "في حال الوفاة، كيف تنتقل رموز PROPX إلى الورثة قانونياً؟ وهل يعترف بالوصية؟"],
        ["التوافق مع الشريعة", "هل هيكل رموز العقارات متوافق مع الشريعة وهل توجد شهادة من هيئة شرعية؟"],
      ],
    },
  },
  billing_support: {
    payment_issues: {
      en: [
        ["Bank transfer not credited", "I sent 50,000 AED by bank transfer to fund my account three days ago and it still isn't credited to my balance."],
        ["Charged twice for one deposit", "My card was charged twice for the same 2,000 AED deposit, but only one appears in my balance."],
        ["INR deposit credited wrong amount", "I deposited 1,00,000 INR but my balance shows a lower amount than the exchange rate should give."],
        ["Which payment methods are accepted", "Can I fund my account with a UAE bank transfer or only by card? What payment methods do you accept?"],
        ["Payment reference missing", "I forgot to add my reference number to the bank transfer. How can you match my payment to my account?"],
      ],
      ar: [
        ["التحويل البنكي لم يضف للرصيد", "أرسلت ٥٠ ألف درهم بتحويل بنكي لتمويل حسابي منذ ثلاثة أيام ولم يضف إلى رصيدي بعد."],
        ["خصم المبلغ مرتين", "تم خصم مبلغ الإيداع ٢٠٠٠ درهم من بطاقتي مرتين لكن يظهر إيداع واحد فقط في رصيدي."],
        ["طرق الدفع المقبولة", "هل يمكنني تمويل حسابي بتحويل بنكي من بنك إماراتي أم بالبطاقة فقط؟ ما طرق الدفع المتاحة؟"],
        ["نسيت الرقم المرجعي للتحويل", "نسيت إضافة الرقم المرجعي في التحويل البنكي، كيف تربطون الدفعة بحسابي؟"],
      ],
    },
    refund_requests: {
      en: [
        ["Refund for cancelled property offering", "The Al Reem Island offering was cancelled before funding. When will my 15,000 AED be refunded?"],
        ["Request refund of duplicate charge", "Please refund the duplicate 2,000 AED charge on my card from yesterday's deposit."],
        ["Refund my subscription payment", "I upgraded to the premium plan by mistake this morning. Can I get a refund of the subscription fee?"],
        ["Refund not received yet", "You confirmed my refund ten days ago but it hasn't reached my bank account. When will the refund arrive?"],
        ["Refund to a different card", "My original card has expired. Can the refund be sent to my new card or bank account instead?"],
      ],
      ar: [
        ["استرداد مبلغ طرح عقاري ملغى", "تم إلغاء طرح عقار جزيرة الريم قبل اكتمال التمويل، متى سيتم استرداد ١٥ ألف درهم؟"],
        ["استرداد المبلغ المخصوم مرتين", "أرجو استرداد المبلغ المكرر ٢٠٠٠ درهم المخصوم من بطاقتي أمس."],
        ["لم يصل المبلغ المسترد", "أكدتم استرداد المبلغ منذ عشرة أيام لكنه لم يصل إلى حسابي البنكي، متى يصل الاسترداد؟"],
        ["استرداد رسوم الاشتراك", "قمت بالترقية إلى الباقة المميزة بالخطأ، هل يمكن استرداد رسوم الاشتراك؟"],
      ],
    },
    billing_disputes: {
      en: [
        ["Dispute a charge on my invoice", "My invoice for November lists a 350 AED management charge I never agreed to. I want to dispute this charge."],
        ["Unauthorised charge on my statement", "There's a charge from NexVestXR on my credit card statement that I don't recognise. I'm disputing it."],
        ["Billed after cancelling", "I cancelled my premium plan in October but was still billed in November. This billing is wrong."],
        ["Overcharged on trading commission", "I was billed 1.5% commission instead of the 0.5% stated for my tier. Please correct the bill."],
        ["Invoice amount incorrect", "The invoice amount doesn't match what was shown at checkout. I'm contesting the difference of 120 AED."],
      ],
      ar: [
        ["اعتراض على رسوم في الفاتورة", "فاتورة نوفمبر تتضمن رسوم إدارة ٣٥٠ درهماً لم أوافق عليها، أريد الاعتراض على هذه الرسوم."],
        ["خصم غير مصرح به", "يوجد خصم من NexVestXR في كشف بطاقتي الائتمانية لا أعرفه وأعترض عليه."],
        ["فوترة بعد إلغاء الاشتراك", "ألغيت الباقة المميزة في أكتوبر لكن تمت فوترتي في نوفمبر، هذه الفاتورة خاطئة."],
        ["عمولة تداول أعلى من المتفق", "تم احتساب عمولة ١٫٥٪ بدلاً من ٠٫٥٪ المذكورة لفئتي، أرجو تصحيح الفاتورة."],
      ],
    },
    subscription_help: {
      en: [
        ["Upgrade to premium membership", "What does the NexVestXR premium subscription include and how do I upgrade from the basic plan?"],
        ["Cancel my subscription", "I want to cancel my premium subscription before the next renewal date. Where do I do that?"],
        ["Subscription renewal date", "When does my annual subscription renew, and will I get a reminder before I'm charged?"],
        ["Switch from monthly to annual plan", "Can I switch my subscription from monthly to annual billing and keep my early access to property launches?"],
        ["Premium features not unlocked", "I paid for the premium plan but the early access and lower fees are still not active on my account."],
      ],
      ar: [
        ["الترقية إلى العضوية المميزة", "ماذا يشمل اشتراك NexVestXR المميز وكيف أرقي من الباقة الأساسية؟"],
        ["إلغاء الاشتراك", "أريد إلغاء اشتراكي المميز قبل موعد التجديد القادم، أين أفعل ذلك؟"],
        ["موعد تجديد الاشتراك", "متى يتجدد اشتراكي السنوي وهل سيصلني تذكير قبل الخصم؟"],
        ["التحويل من الباقة الشهرية إلى السنوية", "هل يمكن تحويل اشتراكي من الدفع الشهري إلى السنوي مع الاحتفاظ بمزايا الوصول المبكر؟"],
      ],
    },
    fee_clarifications: {
      en: [
        ["What fees do you charge", "What fees does NexVestXR charge for buying property tokens, and is there an annual management fee?"],
        ["Withdrawal fee explanation", "Why was a 25 AED withdrawal fee taken when I moved money to my bank? I didn't see it mentioned."],
        ["Trading fee for PROPX", "What is the trading fee per order on the PROPX secondary market, and is it lower for XERA holders?"],
        ["Gas fees on token transfers", "Who pays the network gas fees when I transfer tokens to my own wallet — me or the platform?"],
        ["Currency conversion fee", "Is there a currency conversion fee when I deposit INR and invest in AED-priced properties?"],
      ],
      ar: [
        ["ما هي الرسوم التي تفرضونها", "ما الرسوم التي تفرضها NexVestXR على شراء رموز العقارات وهل توجد رسوم إدارة سنوية؟"],
        ["توضيح رسوم السحب", "لماذا خصمت رسوم سحب ٢٥ درهماً عند تحويل أموالي إلى البنك؟ لم أر ذلك مذكوراً."],
        ["رسوم التداول على PROPX", "كم رسوم التداول لكل أمر في السوق الثانوية لرموز PROPX وهل هي أقل لحاملي XERA؟"],
        ["رسوم تحويل العملة", "هل توجد رسوم تحويل عملة عند الإيداع بالروبية والاستثمار في عقارات مسعرة بالدرهم؟"],
      ],
    },
  },
};

export const TRAINING_TICKETS: readonly LabelledTicket[] = flattenTicketCorpus(CORPUS);
