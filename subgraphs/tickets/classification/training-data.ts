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
        [
          "How do I invest in the Dubai Marina property",
          "I want to buy a fraction of the Dubai Marina apartment listed this week. What is the minimum investment and how many PROPX tokens do I get per 1,000 AED?",
        ],
        [
          "Which property has the best rental yield",
          "I'm comparing the Downtown villa and the Bangalore office space. Where can I see the expected rental yield and occupancy for each property?",
        ],
        [
          "Property sold out before I could invest",
          "The Business Bay tower showed 30% available this morning and now it says fully funded. Will there be a second round for this property?",
        ],
        [
          "Explain fractional ownership of a property",
          "If I hold PROPX tokens for a building, do I legally own part of the property? What happens when the property is sold?",
        ],
        [
          "Lock-in period for a property investment",
          "Is there a lock-in period after investing in the Mumbai residential project or can I exit my property position any time?",
        ],
      ],
      ar: [
        [
          "كيف أستثمر في عقار دبي مارينا",
          "أرغب في شراء حصة من شقة دبي مارينا المعروضة هذا الأسبوع. ما هو الحد الأدنى للاستثمار وكم رمز PROPX أحصل عليه مقابل ١٠٠٠ درهم؟",
        ],
        [
          "العائد الإيجاري للعقارات",
          "أقارن بين فيلا وسط المدينة والمكاتب في بنغالور، أين أجد العائد الإيجاري المتوقع ونسبة الإشغال لكل عقار؟",
        ],
        [
          "الملكية الجزئية للعقار",
          "إذا كنت أملك رموز PROPX لمبنى، هل أملك جزءاً من العقار قانونياً؟ وماذا يحدث عند بيع العقار؟",
        ],
        [
          "فترة الحجز للاستثمار العقاري",
          "هل توجد فترة حجز بعد الاستثمار في مشروع سكني أم يمكنني الخروج من استثماري العقاري في أي وقت؟",
        ],
      ],
    },
    token_purchase_issues: {
      en: [
        [
          "Bought XERA tokens but balance is zero",
          "I paid 2,500 AED for XERA tokens an hour ago, the purchase shows completed but my XERA token balance is still 0.",
        ],
        [
          "Cannot buy PROPX tokens",
          "When I try to buy PROPX tokens for the Palm Jumeirah property the Buy button is greyed out and says purchase unavailable.",
        ],
        [
          "Received fewer tokens than expected",
          "I bought tokens at the quoted price of 1.20 AED per XERA but received 8% fewer tokens than the quote. Why the difference?",
        ],
        [
          "Token purchase stuck in pending",
          "My XERA purchase order has been pending for two days. The money left my account but the tokens never arrived in my wallet.",
        ],
        [
          "Purchase limit on XERA tokens",
          "The app says I reached the maximum token purchase for today. How much XERA can I buy per day and how do I raise it?",
        ],
      ],
      ar: [
        [
          "اشتريت رموز XERA ولم تظهر",
          "دفعت ٢٥٠٠ درهم لشراء رموز XERA والعملية تظهر مكتملة لكن رصيد الرموز ما زال صفراً.",
        ],
        [
          "لا أستطيع شراء رموز PROPX",
          "عند محاولة شراء رموز PROPX لعقار نخلة جميرا يظهر زر الشراء معطلاً مع رسالة الشراء غير متاح.",
        ],
        [
          "استلمت رموزاً أقل من المتوقع",
          "اشتريت الرموز بسعر ١٫٢ درهم لكل XERA لكن استلمت عدداً أقل من عرض السعر، ما سبب الفرق؟",
        ],
        [
          "عملية شراء الرموز معلقة",
          "طلب شراء رموز XERA معلق منذ يومين، خصم المبلغ من حسابي ولم تصل الرموز إلى محفظتي.",
        ],
      ],
    },
    portfolio_questions: {
      en: [
        [
          "Portfolio value dropped overnight",
          "My portfolio value went down by 6% since yesterday but I didn't sell anything. Which of my property tokens caused the drop?",
        ],
        [
          "Portfolio does not show all my properties",
          "I own tokens in four properties but my portfolio dashboard lists only three. The Abu Dhabi townhouse is missing.",
        ],
        [
          "How is my portfolio ROI calculated",
          "The portfolio page shows 11.4% total return. Does that include rental distributions and token price appreciation, or only one of them?",
        ],
        [
          "Export my portfolio holdings",
          "Can I download a list of all my holdings with purchase price and current value for each property token?",
        ],
        [
          "Portfolio diversification advice",
          "Most of my portfolio is in Dubai residential. How can I see my allocation by city and property type to diversify?",
        ],
      ],
      ar: [
        [
          "انخفاض قيمة محفظتي",
          "انخفضت قيمة محفظتي الاستثمارية بنسبة ٦٪ منذ الأمس دون أن أبيع شيئاً، أي من رموز العقارات سبب الانخفاض؟",
        ],
        [
          "المحفظة لا تعرض كل عقاراتي",
          "أملك رموزاً في أربعة عقارات لكن لوحة المحفظة تعرض ثلاثة فقط، تاون هاوس أبوظبي غير ظاهر.",
        ],
        [
          "طريقة حساب عائد المحفظة",
          "صفحة المحفظة تعرض عائداً إجمالياً ١١٫٤٪، هل يشمل توزيعات الإيجار وارتفاع سعر الرموز؟",
        ],
        [
          "توزيع الأصول في محفظتي",
          "معظم محفظتي في عقارات دبي السكنية، كيف أرى توزيع استثماراتي حسب المدينة ونوع العقار؟",
        ],
      ],
    },
    dividend_inquiries: {
      en: [
        [
          "Rental dividend not received this month",
          "The Jumeirah villa paid rental income on the 1st but I haven't received my dividend for my PROPX tokens yet.",
        ],
        [
          "Dividend amount looks too low",
          "My dividend for the Marina apartment was 38 AED but with 500 tokens I expected around 55 AED. How is the payout calculated?",
        ],
        [
          "When are rental dividends distributed",
          "Are property dividends paid monthly or quarterly, and on which date do I need to hold the tokens to qualify?",
        ],
        [
          "Reinvest my dividends automatically",
          "Can my rental dividends be reinvested into more PROPX tokens of the same property instead of paid to my wallet?",
        ],
        [
          "Dividend paid in wrong currency",
          "I chose to receive dividends in AED but the last distribution arrived as XERA tokens. Can you change it back?",
        ],
      ],
      ar: [
        [
          "لم تصلني توزيعات الإيجار",
          "فيلا جميرا وزعت دخل الإيجار في بداية الشهر لكن لم أستلم أرباحي عن رموز PROPX حتى الآن.",
        ],
        [
          "مبلغ الأرباح أقل من المتوقع",
          "توزيعات أرباح شقة المارينا كانت ٣٨ درهماً فقط مع أنني أملك ٥٠٠ رمز، كيف يتم حساب التوزيعات؟",
        ],
        [
          "موعد توزيع الأرباح",
          "هل توزع أرباح العقارات شهرياً أم كل ثلاثة أشهر؟ ومتى يجب أن أملك الرموز لأستحق التوزيع؟",
        ],
        ["إعادة استثمار الأرباح", "هل يمكن إعادة استثمار توزيعات الإيجار تلقائياً في رموز إضافية لنفس العقار؟"],
      ],
    },
    staking_support: {
      en: [
        [
          "Staking rewards not showing",
          "I staked 10,000 XERA in the 90-day pool two weeks ago and the rewards counter still shows 0. Is staking working?",
        ],
        [
          "How to unstake my XERA early",
          "I need my XERA back before the 180-day staking lock ends. Can I unstake early and what penalty applies?",
        ],
        [
          "APY changed after I staked",
          "The staking page showed 14% APY when I locked my tokens and now it shows 9%. Which APY applies to my stake?",
        ],
        [
          "Unstaked tokens not returned",
          "My staking period ended yesterday and I clicked unstake but the XERA tokens are not back in my available balance.",
        ],
        [
          "Can I stake PROPX tokens",
          "Is staking only for XERA or can I also stake PROPX property tokens to earn extra rewards?",
        ],
      ],
      ar: [
        [
          "مكافآت التخزين لا تظهر",
          "قمت بتخزين ١٠٠٠٠ رمز XERA في مجمع التخزين لمدة ٩٠ يوماً منذ أسبوعين وما زالت المكافآت صفراً.",
        ],
        [
          "فك التخزين قبل انتهاء المدة",
          "أحتاج رموز XERA قبل انتهاء فترة القفل ١٨٠ يوماً، هل يمكن فك التخزين مبكراً وما هي الغرامة؟",
        ],
        [
          "تغير العائد السنوي للستاكينغ",
          "كان العائد السنوي ١٤٪ عند قفل الرموز والآن يظهر ٩٪، أي عائد يطبق على رموزي المخزنة؟",
        ],
        [
          "الرموز لم تعد بعد فك التخزين",
          "انتهت مدة التخزين أمس وضغطت فك التخزين لكن رموز XERA لم تعد إلى رصيدي المتاح.",
        ],
      ],
    },
  },
  technical_support: {
    app_not_working: {
      en: [
        [
          "App crashes on startup",
          "Since the latest update the NexVestXR app crashes as soon as I open it on my Samsung phone. Reinstalling did not help.",
        ],
        [
          "Blank white screen in the app",
          "The iOS app shows a blank white screen after the splash logo and nothing loads. I'm on iOS 17.",
        ],
        [
          "App is extremely slow",
          "Every page in the app takes 20 seconds to load and the property images never appear. My internet connection is fine.",
        ],
        [
          "Error 500 on the website",
          "The website keeps showing 'Something went wrong, error 500' whenever I open the marketplace page.",
        ],
        [
          "AR property tour not loading",
          "The 3D / AR virtual tour of the property freezes at 40% and the app becomes unresponsive.",
        ],
      ],
      ar: [
        [
          "التطبيق يتوقف عند الفتح",
          "منذ آخر تحديث يتوقف تطبيق NexVestXR فور فتحه على هاتفي سامسونج، وإعادة التثبيت لم تحل المشكلة.",
        ],
        ["شاشة بيضاء في التطبيق", "يعرض التطبيق على الآيفون شاشة بيضاء بعد الشعار ولا يتم تحميل أي شيء."],
        [
          "التطبيق بطيء جداً",
          "كل صفحة في التطبيق تحتاج عشرين ثانية للتحميل وصور العقارات لا تظهر أبداً مع أن الإنترنت سريع.",
        ],
        ["الجولة الافتراضية لا تعمل", "الجولة ثلاثية الأبعاد للعقار تتجمد عند ٤٠٪ ويتوقف التطبيق عن الاستجابة."],
      ],
    },
    login_issues: {
      en: [
        [
          "Cannot log in to my account",
          "I enter the correct email and password but the login page just reloads without any error message.",
        ],
        [
          "Password reset email never arrives",
          "I clicked forgot password three times and never received the reset link, not even in spam.",
        ],
        [
          "Account locked after failed logins",
          "After a few wrong password attempts my login is blocked and it says try again later. It's been 24 hours.",
        ],
        [
          "Sign in with Google not working",
          "When I choose Sign in with Google it returns me to the login screen without logging me in.",
        ],
        [
          "Session keeps logging me out",
          "The app logs me out every few minutes and I have to sign in again each time I switch screens.",
        ],
      ],
      ar: [
        [
          "لا أستطيع تسجيل الدخول",
          "أدخل البريد الإلكتروني وكلمة المرور الصحيحة لكن صفحة تسجيل الدخول تعيد التحميل دون أي رسالة.",
        ],
        [
          "رابط إعادة تعيين كلمة المرور لا يصل",
          "ضغطت على نسيت كلمة المرور ثلاث مرات ولم يصلني رابط إعادة التعيين حتى في البريد غير المرغوب.",
        ],
        [
          "الحساب مقفل بعد محاولات دخول خاطئة",
          "بعد عدة محاولات بكلمة مرور خاطئة تم حظر الدخول ومرت ٢٤ ساعة وما زال مقفلاً.",
        ],
        ["التطبيق يخرجني من الحساب", "التطبيق يسجل خروجي كل بضع دقائق وأضطر لتسجيل الدخول من جديد."],
      ],
    },
    payment_failures: {
      en: [
        [
          "Card payment fails at checkout",
          "Every time I try to pay with my Visa card at checkout I get 'transaction declined by gateway' even though the bank says no block.",
        ],
        [
          "Apple Pay error when funding",
          "Apple Pay shows 'payment not completed' when I try to add 1,000 AED to my NexVestXR balance.",
        ],
        [
          "UPI payment failed but amount debited",
          "I paid 25,000 INR via UPI, the app says payment failed but the money was debited from my bank account.",
        ],
        [
          "Payment page times out",
          "The payment page spins and times out after I enter the 3D Secure OTP, so the deposit never completes.",
        ],
        [
          "Crypto deposit transaction failed",
          "My USDT deposit to fund token purchases shows transaction failed on the app but succeeded on the blockchain explorer.",
        ],
      ],
      ar: [
        [
          "فشل الدفع بالبطاقة",
          "كلما حاولت الدفع ببطاقة فيزا تظهر رسالة تم رفض المعاملة من البوابة مع أن البنك يؤكد عدم وجود حظر.",
        ],
        ["خطأ في آبل باي عند الإيداع", "يظهر آبل باي رسالة لم تكتمل عملية الدفع عند محاولة إضافة ١٠٠٠ درهم إلى رصيدي."],
        ["صفحة الدفع تنتهي مهلتها", "صفحة الدفع تتوقف بعد إدخال رمز التحقق من البنك ولا تكتمل عملية الإيداع."],
        ["فشلت المعاملة وخصم المبلغ", "التطبيق يقول إن عملية الدفع فشلت لكن المبلغ خصم من حسابي البنكي."],
      ],
    },
    wallet_connection_problems: {
      en: [
        [
          "MetaMask won't connect",
          "When I click Connect Wallet and choose MetaMask, the MetaMask popup opens but the site never shows my wallet as connected.",
        ],
        [
          "WalletConnect QR code not working",
          "Scanning the WalletConnect QR code with Trust Wallet does nothing; the session request never appears on my phone.",
        ],
        [
          "Wrong network in wallet",
          "My wallet says I'm on the wrong network and asks me to switch to Polygon, but switching fails with an RPC error.",
        ],
        [
          "Wallet disconnects during transaction",
          "My MetaMask wallet disconnects in the middle of signing a transaction and I have to reconnect every time.",
        ],
        [
          "Connected wallet shows zero balance",
          "My wallet is connected but the app shows 0 XERA even though MetaMask shows my tokens.",
        ],
      ],
      ar: [
        [
          "ميتاماسك لا يتصل",
          "عند الضغط على ربط المحفظة واختيار ميتاماسك تظهر النافذة لكن الموقع لا يظهر المحفظة متصلة أبداً.",
        ],
        [
          "رمز WalletConnect لا يعمل",
          "مسح رمز الاستجابة السريعة لـ WalletConnect بمحفظة Trust Wallet لا يفعل شيئاً ولا يظهر طلب الاتصال.",
        ],
        [
          "شبكة خاطئة في المحفظة",
          "تقول المحفظة إنني على شبكة خاطئة وتطلب التحويل إلى بوليغون لكن التحويل يفشل بخطأ RPC.",
        ],
        ["المحفظة تنقطع أثناء المعاملة", "محفظة ميتاماسك تنفصل أثناء توقيع المعاملة وأضطر لإعادة ربط المحفظة كل مرة."],
      ],
    },
    trading_platform_issues: {
      en: [
        [
          "Sell order not executing",
          "I placed a limit sell order for 200 PROPX tokens at 1.35 and the price passed it, but the order book still shows it open.",
        ],
        [
          "Trading chart not updating",
          "The XERA/AED price chart on the trading screen froze at yesterday's price and doesn't refresh.",
        ],
        [
          "Liquidity pool deposit failed",
          "Adding XERA and USDT to the liquidity pool fails with 'insufficient liquidity' even though I have both tokens.",
        ],
        [
          "Cannot cancel my open order",
          "The cancel button on my open buy order does nothing and the order stays in the order book.",
        ],
        [
          "Slippage too high on swap",
          "Swapping PROPX to XERA on the exchange gave me 12% slippage although I set the limit to 1%.",
        ],
      ],
      ar: [
        [
          "أمر البيع لا ينفذ",
          "وضعت أمر بيع محدد لـ ٢٠٠ رمز PROPX بسعر ١٫٣٥ وتجاوز السعر ذلك لكن الأمر ما زال مفتوحاً في دفتر الأوامر.",
        ],
        ["الرسم البياني للتداول لا يتحدث", "الرسم البياني لسعر XERA في شاشة التداول متوقف عند سعر الأمس ولا يتحدث."],
        [
          "فشل الإيداع في مجمع السيولة",
          "إضافة XERA و USDT إلى مجمع السيولة تفشل برسالة سيولة غير كافية مع أنني أملك الرمزين.",
        ],
        ["لا أستطيع إلغاء الأمر المفتوح", "زر إلغاء أمر الشراء المفتوح لا يعمل ويبقى الأمر في دفتر الأوامر."],
      ],
    },
  },
  account_support: {
    kyc_verification: {
      en: [
        [
          "KYC pending for a week",
          "I submitted my KYC seven days ago and the status is still 'under review'. I can't invest until it is approved.",
        ],
        [
          "KYC rejected without reason",
          "My identity verification was rejected and the email doesn't say why. My Emirates ID is valid until 2028.",
        ],
        [
          "Selfie verification keeps failing",
          "The liveness check during KYC fails every time with 'face not matched' even in good light.",
        ],
        [
          "Which documents are needed for KYC",
          "I'm an Indian resident. Do I need Aadhaar and PAN for KYC verification or is my passport enough?",
        ],
        [
          "KYC level upgrade",
          "My account is KYC level 1 and limited to 10,000 AED. How do I complete enhanced verification to invest more?",
        ],
      ],
      ar: [
        [
          "التحقق من الهوية معلق منذ أسبوع",
          "أرسلت طلب التحقق من الهوية منذ سبعة أيام وما زالت الحالة قيد المراجعة ولا أستطيع الاستثمار.",
        ],
        [
          "رفض التحقق من الهوية دون سبب",
          "تم رفض التحقق من هويتي والبريد لا يذكر السبب، مع أن الهوية الإماراتية سارية حتى ٢٠٢٨.",
        ],
        ["فشل التحقق بالصورة الشخصية", "فحص الصورة الذاتية أثناء التحقق يفشل في كل مرة برسالة الوجه غير مطابق."],
        ["ترقية مستوى التحقق", "حسابي في المستوى الأول من التحقق ومحدود بعشرة آلاف درهم، كيف أكمل التحقق المعزز؟"],
      ],
    },
    account_security: {
      en: [
        [
          "I think my account was hacked",
          "I received an email about a login from Russia that wasn't me and my XERA balance is lower. Please freeze my account.",
        ],
        [
          "Suspicious withdrawal I didn't make",
          "There is a withdrawal of 4,000 PROPX tokens to an unknown wallet address that I never authorised.",
        ],
        [
          "Phishing email pretending to be NexVestXR",
          "I got an email asking me to confirm my seed phrase on a site that looks like NexVestXR. Is this a scam?",
        ],
        [
          "Freeze my account immediately",
          "My phone was stolen with the app logged in. Please lock my account until I can secure it.",
        ],
        [
          "Unknown device in active sessions",
          "The security page shows an active session on a Windows device I don't own. How do I sign it out and secure my account?",
        ],
      ],
      ar: [
        [
          "أعتقد أن حسابي تم اختراقه",
          "وصلني بريد عن تسجيل دخول من دولة أخرى لم أقم به ورصيدي من XERA انخفض، أرجو تجميد حسابي.",
        ],
        ["سحب مشبوه لم أقم به", "يوجد سحب ٤٠٠٠ رمز PROPX إلى عنوان محفظة مجهول لم أوافق عليه."],
        [
          "بريد احتيالي باسم NexVestXR",
          "وصلني بريد يطلب تأكيد العبارة السرية لمحفظتي على موقع يشبه NexVestXR، هل هذا احتيال؟",
        ],
        ["سرقة الهاتف وتأمين الحساب", "سرق هاتفي والتطبيق مفتوح، أرجو قفل حسابي فوراً حتى أؤمنه."],
      ],
    },
    profile_updates: {
      en: [
        [
          "Change my registered email address",
          "I no longer use my old Hotmail address. How do I change the email on my NexVestXR profile?",
        ],
        [
          "Update my phone number",
          "I moved from India to Dubai and have a new UAE mobile number. Please update the phone number on my profile.",
        ],
        [
          "Name spelling wrong on profile",
          "My surname is spelled 'Kahn' instead of 'Khan' on my profile. Can you correct my name?",
        ],
        [
          "Change residential address",
          "I moved apartments. Where do I update my residential address in the profile settings?",
        ],
        [
          "Change preferred language to Arabic",
          "How do I change my profile language and notification language to Arabic?",
        ],
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
        [
          "Document upload keeps failing",
          "When I upload my passport scan it says 'upload failed' after reaching 100%. The file is a 3 MB JPG.",
        ],
        [
          "Which file formats can I upload",
          "My proof of address is a PDF bank statement. Does the upload page accept PDF or only images?",
        ],
        [
          "Uploaded document is blurry",
          "The app compressed my uploaded Emirates ID photo and now it looks blurry. How can I upload a clearer copy?",
        ],
        [
          "Upload button not responding",
          "The upload button for the proof of address document does nothing when I tap it on Android.",
        ],
        [
          "Replace an uploaded document",
          "I uploaded the wrong utility bill by mistake. How do I delete it and upload the correct document?",
        ],
      ],
      ar: [
        [
          "فشل رفع المستند",
          "عند رفع صورة جواز السفر تظهر رسالة فشل الرفع بعد الوصول إلى ١٠٠٪، والملف بحجم ٣ ميغابايت.",
        ],
        ["صيغ الملفات المقبولة للرفع", "إثبات العنوان لدي كشف حساب بنكي بصيغة PDF، هل تقبل صفحة الرفع ملفات PDF؟"],
        ["زر الرفع لا يستجيب", "زر رفع مستند إثبات العنوان لا يفعل شيئاً عند الضغط عليه في أندرويد."],
        ["استبدال مستند مرفوع", "رفعت فاتورة كهرباء خاطئة بالخطأ، كيف أحذفها وأرفع المستند الصحيح؟"],
      ],
    },
    "2fa_assistance": {
      en: [
        [
          "Lost phone with authenticator app",
          "I lost my phone with Google Authenticator and can't get the 2FA code to log in. How do I reset two-factor authentication?",
        ],
        [
          "2FA codes always invalid",
          "Every 6-digit code from my authenticator app is rejected as invalid. The time on my phone is correct.",
        ],
        ["How to enable 2FA", "I want to turn on two-factor authentication for withdrawals. Where is the 2FA setting?"],
        [
          "SMS 2FA code not received",
          "I don't receive the SMS verification code for two-factor login on my Indian number.",
        ],
        [
          "Lost my 2FA backup codes",
          "I never saved my 2FA backup codes and now I'm moving to a new phone. How do I move my authenticator?",
        ],
      ],
      ar: [
        [
          "فقدت الهاتف مع تطبيق المصادقة",
          "فقدت هاتفي الذي عليه تطبيق Google Authenticator ولا أستطيع الحصول على رمز المصادقة الثنائية.",
        ],
        [
          "رموز المصادقة الثنائية غير صالحة",
          "كل رمز من تطبيق المصادقة يرفض على أنه غير صالح مع أن الوقت في هاتفي صحيح.",
        ],
        ["تفعيل المصادقة الثنائية", "أريد تفعيل المصادقة الثنائية لعمليات السحب، أين أجد هذا الإعداد؟"],
        [
          "لا تصلني رسالة رمز التحقق الثنائي",
          "لا تصلني الرسالة النصية التي تحتوي رمز المصادقة الثنائية عند تسجيل الدخول.",
        ],
      ],
    },
  },
  compliance_support: {
    regulatory_questions: {
      en: [
        [
          "Is NexVestXR regulated by VARA",
          "Is NexVestXR licensed by VARA or the DFSA in Dubai? I need to know which regulator oversees the platform.",
        ],
        [
          "Can Indian residents invest legally",
          "As an Indian resident, am I allowed under RBI and FEMA rules to invest in Dubai property tokens on your platform?",
        ],
        [
          "Investor protection under regulation",
          "If the platform shuts down, what regulatory protections cover my tokenised property holdings?",
        ],
        [
          "Are PROPX tokens securities",
          "Are PROPX tokens classified as securities by the regulator, and does that limit who can buy them?",
        ],
        [
          "Regulatory investment limits",
          "Is there a regulatory cap on how much a retail investor can put into tokenised real estate per year?",
        ],
      ],
      ar: [
        [
          "هل المنصة مرخصة من VARA",
          "هل منصة NexVestXR مرخصة من سلطة تنظيم الأصول الافتراضية في دبي؟ أريد معرفة الجهة الرقابية المشرفة.",
        ],
        ["حماية المستثمر قانونياً", "إذا أغلقت المنصة، ما هي الحماية التنظيمية لاستثماراتي في العقارات المرمزة؟"],
        ["هل رموز PROPX أوراق مالية", "هل تصنف الجهة التنظيمية رموز PROPX كأوراق مالية وهل يقيد ذلك من يمكنه شراؤها؟"],
        ["حدود الاستثمار التنظيمية", "هل يوجد حد تنظيمي لمبلغ استثمار المستثمر الفرد في العقارات المرمزة سنوياً؟"],
      ],
    },
    tax_documentation: {
      en: [
        [
          "Need tax certificate for my returns",
          "I need an annual tax certificate showing my rental income and token gains for filing my Indian income tax return.",
        ],
        [
          "TDS deducted on my dividends",
          "Why was TDS deducted from my rental dividends and where can I download the Form 16A tax document?",
        ],
        [
          "Capital gains statement for tax",
          "Can you provide a capital gains statement for the PROPX tokens I sold this financial year for my tax filing?",
        ],
        [
          "Tax residency certificate update",
          "I became a UAE tax resident. How do I submit my tax residency certificate so withholding tax isn't applied?",
        ],
        [
          "VAT invoice for platform fees",
          "I need a VAT-compliant tax invoice for the fees I paid so my company can claim the VAT.",
        ],
      ],
      ar: [
        [
          "شهادة ضريبية للإقرار السنوي",
          "أحتاج شهادة ضريبية سنوية توضح دخل الإيجار وأرباح الرموز لتقديم الإقرار الضريبي.",
        ],
        [
          "كشف أرباح رأس المال للضريبة",
          "هل يمكنكم تزويدي بكشف أرباح رأس المال لرموز PROPX التي بعتها هذا العام لأغراض ضريبية؟",
        ],
        [
          "شهادة الإقامة الضريبية",
          "أصبحت مقيماً ضريبياً في الإمارات، كيف أقدم شهادة الإقامة الضريبية حتى لا تقتطع ضريبة؟",
        ],
        [
          "فاتورة ضريبية للقيمة المضافة",
          "أحتاج فاتورة ضريبية متوافقة مع ضريبة القيمة المضافة للرسوم المدفوعة حتى تستردها شركتي.",
        ],
      ],
    },
    aml_inquiries: {
      en: [
        [
          "Asked for source of funds",
          "My account was restricted and compliance asks for proof of source of funds for my 200,000 AED deposit. What documents are accepted?",
        ],
        [
          "Account frozen for AML review",
          "My account has been frozen for an anti-money laundering review for ten days. When will the AML check be finished?",
        ],
        [
          "Why is my transaction flagged",
          "My transfer from a crypto exchange was flagged by AML screening. What do I need to provide to release it?",
        ],
        [
          "Source of wealth questionnaire",
          "I received a source of wealth questionnaire by email. Is this legitimate and why is it required?",
        ],
        [
          "Enhanced due diligence request",
          "Compliance requested enhanced due diligence because I'm a politically exposed person. What is the process?",
        ],
      ],
      ar: [
        [
          "طلب إثبات مصدر الأموال",
          "تم تقييد حسابي ويطلب فريق الامتثال إثبات مصدر الأموال لإيداع ٢٠٠ ألف درهم، ما المستندات المقبولة؟",
        ],
        [
          "تجميد الحساب لمراجعة غسل الأموال",
          "حسابي مجمد منذ عشرة أيام لمراجعة مكافحة غسل الأموال، متى تنتهي المراجعة؟",
        ],
        [
          "لماذا تم تعليم معاملتي",
          "تحويلي من منصة عملات رقمية تم تعليمه في فحص مكافحة غسل الأموال، ماذا أقدم لإطلاقه؟",
        ],
        ["استبيان مصدر الثروة", "وصلني استبيان عن مصدر الثروة بالبريد، هل هو رسمي ولماذا هو مطلوب؟"],
      ],
    },
    reporting_help: {
      en: [
        [
          "Annual investment report",
          "Where can I download my annual investment report showing all property token purchases, sales and distributions?",
        ],
        [
          "Monthly statement is missing",
          "I didn't receive my monthly account statement for October. Can you resend the statement?",
        ],
        [
          "Transaction history export",
          "I need a CSV export of my full transaction history for my accountant. The app only shows the last 90 days.",
        ],
        [
          "Statement numbers don't match",
          "The totals in my quarterly statement don't match the transaction history in the app. Which report is correct?",
        ],
        [
          "Custom date range report",
          "Can I generate a report of my holdings and transactions for a custom date range for my auditor?",
        ],
      ],
      ar: [
        [
          "التقرير الاستثماري السنوي",
          "أين أحمل التقرير السنوي لاستثماراتي الذي يوضح كل عمليات شراء وبيع رموز العقارات والتوزيعات؟",
        ],
        ["كشف الحساب الشهري مفقود", "لم يصلني كشف الحساب الشهري لشهر أكتوبر، هل يمكن إعادة إرسال الكشف؟"],
        ["تصدير سجل المعاملات", "أحتاج ملف CSV بسجل معاملاتي الكامل لمحاسبي، والتطبيق يعرض آخر ٩٠ يوماً فقط."],
        ["أرقام الكشف غير مطابقة", "مجاميع الكشف الربعي لا تطابق سجل المعاملات في التطبيق، أي تقرير هو الصحيح؟"],
      ],
    },
    legal_clarifications: {
      en: [
        [
          "Clarify the terms of service",
          "Section 9 of the terms of service says the platform can suspend token transfers. Under what legal conditions can that happen?",
        ],
        [
          "Who holds the property title deed",
          "Legally, who holds the title deed of a tokenised property — the SPV or the token holders? I need this clarified.",
        ],
        [
          "Inheritance of my tokens",
          "If I pass away, how are my PROPX tokens transferred to my heirs legally? Is a will recognised?",
        ],
        [
          "Is the investment Sharia compliant",
          "Is the property token structure Sharia compliant and is there a fatwa or Sharia board certificate?",
        ],
        [
          "Jurisdiction for disputes",
          "Which country's law governs the investor agreement, and where would a legal dispute be heard?",
        ],
      ],
      ar: [
        ["توضيح شروط الخدمة", "البند ٩ من شروط الخدمة يسمح للمنصة بإيقاف تحويل الرموز، في أي ظروف قانونية يحدث ذلك؟"],
        [
          "من يملك سند ملكية العقار",
          "قانونياً من يملك سند الملكية للعقار المرمز، الشركة ذات الغرض الخاص أم حاملو الرموز؟",
        ],
        ["وراثة الرموز", "في حال الوفاة، كيف تنتقل رموز PROPX إلى الورثة قانونياً؟ وهل يعترف بالوصية؟"],
        ["التوافق مع الشريعة", "هل هيكل رموز العقارات متوافق مع الشريعة وهل توجد شهادة من هيئة شرعية؟"],
      ],
    },
  },
  billing_support: {
    payment_issues: {
      en: [
        [
          "Bank transfer not credited",
          "I sent 50,000 AED by bank transfer to fund my account three days ago and it still isn't credited to my balance.",
        ],
        [
          "Charged twice for one deposit",
          "My card was charged twice for the same 2,000 AED deposit, but only one appears in my balance.",
        ],
        [
          "INR deposit credited wrong amount",
          "I deposited 1,00,000 INR but my balance shows a lower amount than the exchange rate should give.",
        ],
        [
          "Which payment methods are accepted",
          "Can I fund my account with a UAE bank transfer or only by card? What payment methods do you accept?",
        ],
        [
          "Payment reference missing",
          "I forgot to add my reference number to the bank transfer. How can you match my payment to my account?",
        ],
      ],
      ar: [
        [
          "التحويل البنكي لم يضف للرصيد",
          "أرسلت ٥٠ ألف درهم بتحويل بنكي لتمويل حسابي منذ ثلاثة أيام ولم يضف إلى رصيدي بعد.",
        ],
        ["خصم المبلغ مرتين", "تم خصم مبلغ الإيداع ٢٠٠٠ درهم من بطاقتي مرتين لكن يظهر إيداع واحد فقط في رصيدي."],
        [
          "طرق الدفع المقبولة",
          "هل يمكنني تمويل حسابي بتحويل بنكي من بنك إماراتي أم بالبطاقة فقط؟ ما طرق الدفع المتاحة؟",
        ],
        ["نسيت الرقم المرجعي للتحويل", "نسيت إضافة الرقم المرجعي في التحويل البنكي، كيف تربطون الدفعة بحسابي؟"],
      ],
    },
    refund_requests: {
      en: [
        [
          "Refund for cancelled property offering",
          "The Al Reem Island offering was cancelled before funding. When will my 15,000 AED be refunded?",
        ],
        [
          "Request refund of duplicate charge",
          "Please refund the duplicate 2,000 AED charge on my card from yesterday's deposit.",
        ],
        [
          "Refund my subscription payment",
          "I upgraded to the premium plan by mistake this morning. Can I get a refund of the subscription fee?",
        ],
        [
          "Refund not received yet",
          "You confirmed my refund ten days ago but it hasn't reached my bank account. When will the refund arrive?",
        ],
        [
          "Refund to a different card",
          "My original card has expired. Can the refund be sent to my new card or bank account instead?",
        ],
      ],
      ar: [
        [
          "استرداد مبلغ طرح عقاري ملغى",
          "تم إلغاء طرح عقار جزيرة الريم قبل اكتمال التمويل، متى سيتم استرداد ١٥ ألف درهم؟",
        ],
        ["استرداد المبلغ المخصوم مرتين", "أرجو استرداد المبلغ المكرر ٢٠٠٠ درهم المخصوم من بطاقتي أمس."],
        [
          "لم يصل المبلغ المسترد",
          "أكدتم استرداد المبلغ منذ عشرة أيام لكنه لم يصل إلى حسابي البنكي، متى يصل الاسترداد؟",
        ],
        ["استرداد رسوم الاشتراك", "قمت بالترقية إلى الباقة المميزة بالخطأ، هل يمكن استرداد رسوم الاشتراك؟"],
      ],
    },
    billing_disputes: {
      en: [
        [
          "Dispute a charge on my invoice",
          "My invoice for November lists a 350 AED management charge I never agreed to. I want to dispute this charge.",
        ],
        [
          "Unauthorised charge on my statement",
          "There's a charge from NexVestXR on my credit card statement that I don't recognise. I'm disputing it.",
        ],
        [
          "Billed after cancelling",
          "I cancelled my premium plan in October but was still billed in November. This billing is wrong.",
        ],
        [
          "Overcharged on trading commission",
          "I was billed 1.5% commission instead of the 0.5% stated for my tier. Please correct the bill.",
        ],
        [
          "Invoice amount incorrect",
          "The invoice amount doesn't match what was shown at checkout. I'm contesting the difference of 120 AED.",
        ],
      ],
      ar: [
        [
          "اعتراض على رسوم في الفاتورة",
          "فاتورة نوفمبر تتضمن رسوم إدارة ٣٥٠ درهماً لم أوافق عليها، أريد الاعتراض على هذه الرسوم.",
        ],
        ["خصم غير مصرح به", "يوجد خصم من NexVestXR في كشف بطاقتي الائتمانية لا أعرفه وأعترض عليه."],
        ["فوترة بعد إلغاء الاشتراك", "ألغيت الباقة المميزة في أكتوبر لكن تمت فوترتي في نوفمبر، هذه الفاتورة خاطئة."],
        ["عمولة تداول أعلى من المتفق", "تم احتساب عمولة ١٫٥٪ بدلاً من ٠٫٥٪ المذكورة لفئتي، أرجو تصحيح الفاتورة."],
      ],
    },
    subscription_help: {
      en: [
        [
          "Upgrade to premium membership",
          "What does the NexVestXR premium subscription include and how do I upgrade from the basic plan?",
        ],
        [
          "Cancel my subscription",
          "I want to cancel my premium subscription before the next renewal date. Where do I do that?",
        ],
        [
          "Subscription renewal date",
          "When does my annual subscription renew, and will I get a reminder before I'm charged?",
        ],
        [
          "Switch from monthly to annual plan",
          "Can I switch my subscription from monthly to annual billing and keep my early access to property launches?",
        ],
        [
          "Premium features not unlocked",
          "I paid for the premium plan but the early access and lower fees are still not active on my account.",
        ],
      ],
      ar: [
        ["الترقية إلى العضوية المميزة", "ماذا يشمل اشتراك NexVestXR المميز وكيف أرقي من الباقة الأساسية؟"],
        ["إلغاء الاشتراك", "أريد إلغاء اشتراكي المميز قبل موعد التجديد القادم، أين أفعل ذلك؟"],
        ["موعد تجديد الاشتراك", "متى يتجدد اشتراكي السنوي وهل سيصلني تذكير قبل الخصم؟"],
        [
          "التحويل من الباقة الشهرية إلى السنوية",
          "هل يمكن تحويل اشتراكي من الدفع الشهري إلى السنوي مع الاحتفاظ بمزايا الوصول المبكر؟",
        ],
      ],
    },
    fee_clarifications: {
      en: [
        [
          "What fees do you charge",
          "What fees does NexVestXR charge for buying property tokens, and is there an annual management fee?",
        ],
        [
          "Withdrawal fee explanation",
          "Why was a 25 AED withdrawal fee taken when I moved money to my bank? I didn't see it mentioned.",
        ],
        [
          "Trading fee for PROPX",
          "What is the trading fee per order on the PROPX secondary market, and is it lower for XERA holders?",
        ],
        [
          "Gas fees on token transfers",
          "Who pays the network gas fees when I transfer tokens to my own wallet — me or the platform?",
        ],
        [
          "Currency conversion fee",
          "Is there a currency conversion fee when I deposit INR and invest in AED-priced properties?",
        ],
      ],
      ar: [
        [
          "ما هي الرسوم التي تفرضونها",
          "ما الرسوم التي تفرضها NexVestXR على شراء رموز العقارات وهل توجد رسوم إدارة سنوية؟",
        ],
        ["توضيح رسوم السحب", "لماذا خصمت رسوم سحب ٢٥ درهماً عند تحويل أموالي إلى البنك؟ لم أر ذلك مذكوراً."],
        ["رسوم التداول على PROPX", "كم رسوم التداول لكل أمر في السوق الثانوية لرموز PROPX وهل هي أقل لحاملي XERA؟"],
        ["رسوم تحويل العملة", "هل توجد رسوم تحويل عملة عند الإيداع بالروبية والاستثمار في عقارات مسعرة بالدرهم؟"],
      ],
    },
  },
};

/** Hindi (Devanagari, and romanised Hinglish as many customers type it) and Urdu (Arabic script) tickets. */
const CORPUS_HI_UR: TicketCorpus = {
  investment_support: {
    property_investment_help: {
      hi: [
        [
          "दुबई प्रॉपर्टी में निवेश कैसे करें",
          "मैं दुबई मरीना वाली प्रॉपर्टी में निवेश करना चाहता हूँ। न्यूनतम निवेश कितना है और 1000 दिरहम में कितने PROPX टोकन मिलेंगे?",
        ],
        [
          "कौन सी प्रॉपर्टी में किराया ज़्यादा है",
          "बेंगलुरु ऑफिस और डाउनटाउन विला में से किस प्रॉपर्टी का रेंटल यील्ड बेहतर है? निवेश से पहले जानना है।",
        ],
        [
          "Property me invest kaise kare",
          "Mujhe Mumbai wali residential property me invest karna hai, minimum investment kitna hai aur lock-in period kya hai?",
        ],
      ],
      ur: [
        [
          "دبئی پراپرٹی میں سرمایہ کاری",
          "میں دبئی مرینا والی پراپرٹی میں سرمایہ کاری کرنا چاہتا ہوں، کم از کم رقم کتنی ہے اور کتنے PROPX ٹوکن ملیں گے؟",
        ],
        [
          "کس پراپرٹی کا کرایہ زیادہ ہے",
          "ولا اور آفس میں سے کس پراپرٹی کا کرایہ کا منافع بہتر ہے؟ سرمایہ کاری سے پہلے معلوم کرنا ہے۔",
        ],
        [
          "پراپرٹی کی جزوی ملکیت",
          "اگر میرے پاس کسی عمارت کے PROPX ٹوکن ہیں تو کیا میں پراپرٹی کا حصہ دار ہوں؟ پراپرٹی بکنے پر کیا ہوگا؟",
        ],
      ],
    },
    token_purchase_issues: {
      hi: [
        ["XERA टोकन खरीदे लेकिन बैलेंस शून्य", "मैंने 2500 दिरहम के XERA टोकन खरीदे, खरीद पूरी दिख रही है लेकिन टोकन बैलेंस अभी भी 0 है।"],
        [
          "PROPX टोकन नहीं खरीद पा रहा",
          "PROPX टोकन खरीदने की कोशिश करता हूँ तो Buy बटन बंद रहता है और खरीद उपलब्ध नहीं लिखा आता है।",
        ],
        [
          "Token purchase pending hai",
          "Maine do din pehle XERA tokens kharide the, paise kat gaye lekin tokens wallet me nahi aaye, purchase abhi bhi pending hai.",
        ],
      ],
      ur: [
        [
          "XERA ٹوکن خریدے مگر بیلنس صفر",
          "میں نے XERA ٹوکن خریدے، خریداری مکمل دکھا رہی ہے لیکن ٹوکن بیلنس ابھی بھی صفر ہے۔",
        ],
        [
          "PROPX ٹوکن نہیں خرید سکتا",
          "PROPX ٹوکن خریدنے کی کوشش کرتا ہوں تو خریدنے کا بٹن بند ہے اور خریداری دستیاب نہیں لکھا آتا ہے۔",
        ],
        ["توقع سے کم ٹوکن ملے", "میں نے بتائی گئی قیمت پر ٹوکن خریدے لیکن مجھے کم ٹوکن ملے، یہ فرق کیوں ہے؟"],
      ],
    },
    portfolio_questions: {
      hi: [
        [
          "पोर्टफोलियो वैल्यू अचानक गिर गई",
          "कल से मेरे पोर्टफोलियो की वैल्यू 6% कम हो गई जबकि मैंने कुछ नहीं बेचा। कौन से प्रॉपर्टी टोकन की वजह से?",
        ],
        [
          "पोर्टफोलियो में सारी प्रॉपर्टी नहीं दिख रही",
          "मेरे पास चार प्रॉपर्टी के टोकन हैं लेकिन पोर्टफोलियो डैशबोर्ड पर सिर्फ तीन दिख रही हैं।",
        ],
        [
          "Portfolio ka return kaise calculate hota hai",
          "Portfolio page par total return 11% dikh raha hai, kya isme rental income aur token price dono shamil hain?",
        ],
      ],
      ur: [
        [
          "پورٹ فولیو کی ویلیو کم ہو گئی",
          "کل سے میرے پورٹ فولیو کی ویلیو چھ فیصد کم ہو گئی ہے حالانکہ میں نے کچھ نہیں بیچا۔",
        ],
        [
          "پورٹ فولیو میں پراپرٹی نظر نہیں آ رہی",
          "میرے پاس چار پراپرٹیز کے ٹوکن ہیں لیکن پورٹ فولیو میں صرف تین نظر آ رہی ہیں۔",
        ],
        [
          "پورٹ فولیو کا منافع کیسے نکلتا ہے",
          "پورٹ فولیو صفحے پر کل منافع گیارہ فیصد ہے، کیا اس میں کرایہ اور ٹوکن کی قیمت دونوں شامل ہیں؟",
        ],
      ],
    },
    dividend_inquiries: {
      hi: [
        [
          "किराये का डिविडेंड नहीं मिला",
          "जुमेराह विला का किराया इस महीने बँट गया लेकिन मेरे PROPX टोकन का डिविडेंड अभी तक नहीं आया।",
        ],
        ["डिविडेंड की राशि कम है", "मेरे पास 500 टोकन हैं फिर भी डिविडेंड सिर्फ 38 दिरहम आया, डिविडेंड कैसे कैलकुलेट होता है?"],
        [
          "Dividend kab milega",
          "Property ka rental dividend monthly milta hai ya quarterly? Is baar ka dividend abhi tak nahi aaya.",
        ],
      ],
      ur: [
        [
          "کرایہ کا منافع نہیں ملا",
          "ولا کا کرایہ اس مہینے تقسیم ہو گیا لیکن میرے PROPX ٹوکن کا منافع ابھی تک نہیں آیا۔",
        ],
        ["منافع کی رقم کم ہے", "میرے پاس پانچ سو ٹوکن ہیں پھر بھی منافع بہت کم آیا، منافع کا حساب کیسے ہوتا ہے؟"],
        [
          "ڈیویڈنڈ کب ملتا ہے",
          "پراپرٹی کا ڈیویڈنڈ ماہانہ ملتا ہے یا سہ ماہی؟ اہل ہونے کے لیے ٹوکن کب تک رکھنے ہوں گے؟",
        ],
      ],
    },
    staking_support: {
      hi: [
        ["स्टेकिंग रिवॉर्ड नहीं दिख रहे", "मैंने दो हफ्ते पहले 10000 XERA को 90 दिन के पूल में स्टेक किया था लेकिन रिवॉर्ड अभी भी 0 है।"],
        [
          "जल्दी अनस्टेक कैसे करें",
          "मुझे 180 दिन का लॉक खत्म होने से पहले अपने XERA वापस चाहिए, क्या जल्दी अनस्टेक हो सकता है और पेनल्टी कितनी है?",
        ],
        [
          "Staking APY kam ho gaya",
          "Jab maine XERA stake kiya tab APY 14% tha, ab 9% dikh raha hai. Mere stake par kaunsa APY lagega?",
        ],
      ],
      ur: [
        [
          "اسٹیکنگ کے انعامات نظر نہیں آ رہے",
          "میں نے دو ہفتے پہلے XERA اسٹیک کیے تھے لیکن اسٹیکنگ کے انعامات ابھی تک صفر ہیں۔",
        ],
        [
          "جلدی ان اسٹیک کیسے کروں",
          "لاک کی مدت ختم ہونے سے پہلے مجھے اپنے XERA واپس چاہییں، کیا جلدی ان اسٹیک ہو سکتا ہے؟",
        ],
        [
          "ان اسٹیک کے بعد ٹوکن واپس نہیں آئے",
          "اسٹیکنگ کی مدت کل ختم ہو گئی اور میں نے ان اسٹیک کیا لیکن XERA میرے بیلنس میں واپس نہیں آئے۔",
        ],
      ],
    },
  },
  technical_support: {
    app_not_working: {
      hi: [
        [
          "ऐप खुलते ही बंद हो जाता है",
          "नए अपडेट के बाद से NexVestXR ऐप खुलते ही क्रैश हो जाता है, दोबारा इंस्टॉल करने से भी ठीक नहीं हुआ।",
        ],
        ["ऐप बहुत धीमा चल रहा है", "ऐप में हर पेज लोड होने में बीस सेकंड लगते हैं और प्रॉपर्टी की फोटो नहीं दिखतीं।"],
        [
          "App open nahi ho raha",
          "Update ke baad app khulte hi crash ho jata hai, sirf white screen aati hai aur kuch load nahi hota.",
        ],
      ],
      ur: [
        [
          "ایپ کھلتے ہی بند ہو جاتی ہے",
          "نئی اپڈیٹ کے بعد سے ایپ کھلتے ہی کریش ہو جاتی ہے، دوبارہ انسٹال کرنے سے بھی ٹھیک نہیں ہوئی۔",
        ],
        ["ایپ بہت سست ہے", "ایپ میں ہر صفحہ لوڈ ہونے میں بہت وقت لگتا ہے اور پراپرٹی کی تصاویر نظر نہیں آتیں۔"],
        ["ایپ میں سفید اسکرین", "ایپ کھولنے پر صرف سفید اسکرین آتی ہے اور کچھ لوڈ نہیں ہوتا۔"],
      ],
    },
    login_issues: {
      hi: [
        ["लॉगिन नहीं हो रहा", "सही ईमेल और पासवर्ड डालने के बाद भी लॉगिन पेज बस रीलोड हो जाता है, कोई एरर नहीं दिखता।"],
        ["पासवर्ड रीसेट ईमेल नहीं आया", "मैंने तीन बार पासवर्ड भूल गए पर क्लिक किया लेकिन रीसेट लिंक वाला ईमेल नहीं आया।"],
        [
          "Login nahi ho raha",
          "Galat password ke baad mera login block ho gaya hai, 24 ghante ho gaye phir bhi login nahi ho raha.",
        ],
      ],
      ur: [
        ["لاگ ان نہیں ہو رہا", "صحیح ای میل اور پاس ورڈ ڈالنے کے بعد بھی لاگ ان صفحہ دوبارہ لوڈ ہو جاتا ہے۔"],
        ["پاس ورڈ ری سیٹ کی ای میل نہیں آئی", "میں نے تین بار پاس ورڈ بھول گئے پر کلک کیا لیکن ری سیٹ لنک نہیں آیا۔"],
        ["اکاؤنٹ لاگ ان بلاک ہو گیا", "غلط پاس ورڈ کے بعد میرا لاگ ان بلاک ہو گیا ہے اور ابھی تک کھلا نہیں۔"],
      ],
    },
    payment_failures: {
      hi: [
        [
          "कार्ड से पेमेंट फेल हो रहा है",
          "चेकआउट पर वीज़ा कार्ड से पेमेंट करने पर हर बार ट्रांजैक्शन डिक्लाइन हो जाता है, बैंक कहता है कोई रोक नहीं है।",
        ],
        ["UPI पेमेंट फेल लेकिन पैसे कट गए", "मैंने UPI से 25000 रुपये भेजे, ऐप में पेमेंट फेल दिखा लेकिन बैंक खाते से पैसे कट गए।"],
        [
          "Payment gateway error",
          "Deposit karte waqt OTP dalne ke baad payment page time out ho jata hai aur transaction fail ho jata hai.",
        ],
      ],
      ur: [
        [
          "کارڈ سے ادائیگی ناکام",
          "چیک آؤٹ پر کارڈ سے ادائیگی کرنے پر ہر بار ٹرانزیکشن مسترد ہو جاتی ہے حالانکہ بینک کہتا ہے کوئی مسئلہ نہیں۔",
        ],
        ["ادائیگی ناکام مگر رقم کٹ گئی", "ایپ میں ادائیگی ناکام دکھا رہی ہے لیکن میرے بینک اکاؤنٹ سے رقم کٹ گئی ہے۔"],
        [
          "ادائیگی کا صفحہ رک جاتا ہے",
          "بینک کا OTP ڈالنے کے بعد ادائیگی کا صفحہ رک جاتا ہے اور ٹرانزیکشن فیل ہو جاتی ہے۔",
        ],
      ],
    },
    wallet_connection_problems: {
      hi: [
        [
          "मेटामास्क कनेक्ट नहीं हो रहा",
          "Connect Wallet पर क्लिक करके मेटामास्क चुनता हूँ, पॉपअप खुलता है लेकिन वॉलेट कनेक्ट नहीं दिखता।",
        ],
        [
          "WalletConnect QR काम नहीं कर रहा",
          "Trust Wallet से WalletConnect का QR कोड स्कैन करने पर फोन पर कोई रिक्वेस्ट नहीं आती।",
        ],
        [
          "Wallet connect nahi ho raha",
          "MetaMask wallet transaction sign karte waqt disconnect ho jata hai, har baar wallet dobara connect karna padta hai.",
        ],
      ],
      ur: [
        [
          "میٹاماسک والٹ کنیکٹ نہیں ہو رہا",
          "کنیکٹ والٹ پر کلک کر کے میٹاماسک چنتا ہوں، پاپ اپ کھلتا ہے لیکن والٹ کنیکٹ نہیں ہوتا۔",
        ],
        [
          "والٹ غلط نیٹ ورک پر ہے",
          "والٹ کہتا ہے کہ میں غلط نیٹ ورک پر ہوں اور پولیگون پر جانے کا کہتا ہے لیکن نیٹ ورک تبدیل نہیں ہوتا۔",
        ],
        ["والٹ بار بار ڈسکنیکٹ", "ٹرانزیکشن سائن کرتے وقت میرا والٹ ڈسکنیکٹ ہو جاتا ہے اور دوبارہ کنیکٹ کرنا پڑتا ہے۔"],
      ],
    },
    trading_platform_issues: {
      hi: [
        [
          "सेल ऑर्डर एक्सीक्यूट नहीं हुआ",
          "मैंने 200 PROPX टोकन का लिमिट सेल ऑर्डर लगाया, भाव पार हो गया लेकिन ऑर्डर बुक में ऑर्डर अभी भी खुला है।",
        ],
        ["ट्रेडिंग चार्ट अपडेट नहीं हो रहा", "ट्रेडिंग स्क्रीन पर XERA का प्राइस चार्ट कल के भाव पर अटका है।"],
        [
          "Liquidity pool me add nahi ho raha",
          "Liquidity pool me XERA aur USDT add karne par 'insufficient liquidity' error aata hai, trading bhi slow hai.",
        ],
      ],
      ur: [
        [
          "سیل آرڈر پورا نہیں ہوا",
          "میں نے PROPX ٹوکن کا لمٹ سیل آرڈر لگایا، قیمت گزر گئی لیکن آرڈر بک میں آرڈر ابھی بھی کھلا ہے۔",
        ],
        ["ٹریڈنگ چارٹ اپڈیٹ نہیں ہو رہا", "ٹریڈنگ اسکرین پر XERA کی قیمت کا چارٹ کل کی قیمت پر رکا ہوا ہے۔"],
        [
          "لیکویڈیٹی پول میں جمع نہیں ہو رہا",
          "لیکویڈیٹی پول میں XERA اور USDT ڈالنے پر ناکافی لیکویڈیٹی کا ایرر آتا ہے۔",
        ],
      ],
    },
  },
  account_support: {
    kyc_verification: {
      hi: [
        ["KYC एक हफ्ते से पेंडिंग है", "मैंने सात दिन पहले KYC जमा किया था, स्टेटस अभी भी अंडर रिव्यू है और मैं निवेश नहीं कर पा रहा।"],
        [
          "KYC बिना कारण रिजेक्ट",
          "मेरा केवाईसी सत्यापन रिजेक्ट हो गया और ईमेल में कारण नहीं लिखा, मेरा पासपोर्ट और आधार दोनों वैध हैं।",
        ],
        [
          "KYC verification pending",
          "Mera KYC 5 din se pending hai, Aadhaar aur PAN dono submit kiye the, kab tak approve hoga?",
        ],
      ],
      ur: [
        [
          "کے وائی سی ایک ہفتے سے زیر التوا",
          "میں نے سات دن پہلے شناخت کی تصدیق کے کاغذات جمع کیے تھے، اسٹیٹس ابھی بھی زیر جائزہ ہے۔",
        ],
        [
          "شناخت کی تصدیق مسترد",
          "میری شناخت کی تصدیق مسترد ہو گئی اور ای میل میں وجہ نہیں بتائی گئی، میرا پاسپورٹ درست ہے۔",
        ],
        ["سیلفی تصدیق ناکام", "کے وائی سی کے دوران سیلفی کی تصدیق ہر بار چہرہ میچ نہیں ہوا کہہ کر ناکام ہو جاتی ہے۔"],
      ],
    },
    account_security: {
      hi: [
        ["मेरा अकाउंट हैक हो गया है", "रूस से लॉगिन का ईमेल आया जो मैंने नहीं किया और मेरा XERA बैलेंस कम है, कृपया अकाउंट फ्रीज़ करें।"],
        ["अनजान वॉलेट में टोकन निकाले गए", "मेरे अकाउंट से 4000 PROPX टोकन किसी अनजान पते पर भेजे गए जो मैंने मंज़ूर नहीं किए।"],
        [
          "Account hack ho gaya",
          "Mera phone chori ho gaya hai aur app logged in tha, please mera account turant lock kar dijiye.",
        ],
      ],
      ur: [
        [
          "میرا اکاؤنٹ ہیک ہو گیا",
          "کسی دوسرے ملک سے لاگ ان کی ای میل آئی جو میں نے نہیں کیا اور میرا بیلنس کم ہے، براہ کرم اکاؤنٹ منجمد کریں۔",
        ],
        ["فون چوری ہو گیا", "میرا فون چوری ہو گیا ہے اور ایپ کھلی تھی، فوراً میرا اکاؤنٹ بند کر دیں۔"],
        [
          "دھوکہ دہی والی ای میل",
          "مجھے NexVestXR کے نام سے ای میل آئی جس میں والٹ کا سیڈ فریز مانگا گیا، کیا یہ فراڈ ہے؟",
        ],
      ],
    },
    profile_updates: {
      hi: [
        ["रजिस्टर्ड ईमेल बदलना है", "मैं पुराना ईमेल अब इस्तेमाल नहीं करता, प्रोफाइल में ईमेल पता कैसे बदलूँ?"],
        ["मोबाइल नंबर अपडेट करें", "मैं भारत से दुबई आ गया हूँ और नया नंबर है, कृपया प्रोफाइल में फोन नंबर अपडेट करें।"],
        [
          "Profile me naam galat hai",
          "Mere profile me surname ki spelling galat hai, naam aur address update karna hai.",
        ],
      ],
      ur: [
        ["ای میل تبدیل کرنی ہے", "میں پرانا ای میل اب استعمال نہیں کرتا، پروفائل میں ای میل کیسے تبدیل کروں؟"],
        ["فون نمبر اپڈیٹ کریں", "میرا نیا موبائل نمبر ہے، براہ کرم میری پروفائل میں فون نمبر تبدیل کر دیں۔"],
        ["پروفائل میں نام غلط ہے", "میری پروفائل میں میرے نام کے ہجے غلط ہیں، کیا نام درست ہو سکتا ہے؟"],
      ],
    },
    document_upload_help: {
      hi: [
        [
          "डॉक्यूमेंट अपलोड फेल हो रहा है",
          "पासपोर्ट की स्कैन कॉपी अपलोड करने पर 100% के बाद 'अपलोड फेल' आ जाता है, फाइल 3 MB की है।",
        ],
        ["कौन सी फाइल अपलोड कर सकते हैं", "पते के प्रमाण के लिए मेरे पास PDF बैंक स्टेटमेंट है, क्या अपलोड पेज PDF लेता है?"],
        [
          "Document upload nahi ho raha",
          "Address proof upload karne ka button Android par kaam nahi karta, galat bill upload ho gaya use replace karna hai.",
        ],
      ],
      ur: [
        ["دستاویز اپلوڈ نہیں ہو رہی", "پاسپورٹ کی اسکین کاپی اپلوڈ کرنے پر آخر میں اپلوڈ ناکام کا پیغام آ جاتا ہے۔"],
        [
          "کون سی فائل اپلوڈ ہو سکتی ہے",
          "پتے کے ثبوت کے لیے میرے پاس PDF بینک اسٹیٹمنٹ ہے، کیا اپلوڈ صفحہ PDF قبول کرتا ہے؟",
        ],
        [
          "غلط دستاویز اپلوڈ ہو گئی",
          "میں نے غلطی سے غلط بجلی کا بل اپلوڈ کر دیا، اسے ہٹا کر صحیح دستاویز کیسے اپلوڈ کروں؟",
        ],
      ],
    },
    "2fa_assistance": {
      hi: [
        [
          "ऑथेंटिकेटर वाला फोन खो गया",
          "मेरा फोन खो गया जिसमें Google Authenticator था, अब 2FA कोड नहीं मिल रहा। टू-फैक्टर रीसेट कैसे करें?",
        ],
        ["2FA कोड हमेशा गलत बताता है", "ऑथेंटिकेटर ऐप का हर 6 अंकों वाला कोड अमान्य बताया जाता है, फोन का समय सही है।"],
        [
          "2FA code nahi aa raha",
          "Two-factor login ke liye SMS verification code mere Indian number par nahi aata, 2FA kaise band karun?",
        ],
      ],
      ur: [
        [
          "دو مرحلہ تصدیق کا فون گم ہو گیا",
          "میرا فون گم ہو گیا جس میں Google Authenticator تھا، اب دو مرحلہ تصدیق کا کوڈ نہیں مل رہا۔",
        ],
        ["2FA کوڈ غلط بتاتا ہے", "آتھنٹیکیٹر ایپ کا ہر کوڈ غلط بتایا جاتا ہے حالانکہ فون کا وقت درست ہے۔"],
        ["دو مرحلہ تصدیق کیسے آن کروں", "میں رقم نکالنے کے لیے دو مرحلہ تصدیق چالو کرنا چاہتا ہوں، یہ سیٹنگ کہاں ہے؟"],
      ],
    },
  },
  compliance_support: {
    regulatory_questions: {
      hi: [
        [
          "क्या NexVestXR VARA से रेगुलेटेड है",
          "क्या NexVestXR को दुबई में VARA या DFSA से लाइसेंस मिला है? कौन सा नियामक इस प्लेटफॉर्म की निगरानी करता है?",
        ],
        [
          "क्या भारतीय निवासी निवेश कर सकते हैं",
          "भारतीय निवासी होने के नाते क्या RBI और FEMA नियमों के तहत मैं दुबई प्रॉपर्टी टोकन में कानूनी रूप से निवेश कर सकता हूँ?",
        ],
        [
          "SEBI rules ke hisaab se allowed hai?",
          "Kya PROPX tokens SEBI ke rules me securities maane jaate hain? India se invest karna regulation ke hisaab se allowed hai?",
        ],
      ],
      ur: [
        [
          "کیا پلیٹ فارم ریگولیٹڈ ہے",
          "کیا NexVestXR کو دبئی کے ریگولیٹر سے لائسنس ملا ہے؟ کون سا ادارہ اس کی نگرانی کرتا ہے؟",
        ],
        [
          "پاکستان سے سرمایہ کاری کی اجازت",
          "کیا اسٹیٹ بینک کے قوانین کے تحت پاکستانی رہائشی دبئی پراپرٹی ٹوکن میں قانونی طور پر سرمایہ کاری کر سکتے ہیں؟",
        ],
        [
          "کیا PROPX سیکیورٹیز ہیں",
          "کیا ریگولیٹر PROPX ٹوکن کو سیکیورٹیز مانتا ہے اور کیا اس سے خریدنے والوں پر پابندی ہے؟",
        ],
      ],
    },
    tax_documentation: {
      hi: [
        ["टैक्स सर्टिफिकेट चाहिए", "मुझे इनकम टैक्स रिटर्न भरने के लिए किराये की आय और टोकन लाभ वाला सालाना टैक्स सर्टिफिकेट चाहिए।"],
        ["डिविडेंड पर TDS क्यों कटा", "मेरे किराये के डिविडेंड से TDS क्यों कटा और फॉर्म 16A टैक्स दस्तावेज़ कहाँ से डाउनलोड करूँ?"],
        [
          "Capital gains tax statement",
          "Is financial year me bechne wale PROPX tokens ka capital gains statement chahiye, ITR file karna hai.",
        ],
      ],
      ur: [
        [
          "ٹیکس سرٹیفکیٹ چاہیے",
          "مجھے انکم ٹیکس ریٹرن کے لیے کرایہ کی آمدنی اور ٹوکن منافع کا سالانہ ٹیکس سرٹیفکیٹ چاہیے۔",
        ],
        ["ودہولڈنگ ٹیکس کی کٹوتی", "میرے منافع سے ودہولڈنگ ٹیکس کیوں کاٹا گیا اور ٹیکس کی دستاویز کہاں سے ملے گی؟"],
        ["ٹیکس رہائش کا سرٹیفکیٹ", "میں اب امارات کا ٹیکس رہائشی ہوں، ٹیکس رہائش کا سرٹیفکیٹ کیسے جمع کراؤں؟"],
      ],
    },
    aml_inquiries: {
      hi: [
        [
          "पैसे के स्रोत का प्रमाण माँगा",
          "मेरा अकाउंट रोक दिया गया है और कंप्लायंस टीम 2 लाख दिरहम के डिपॉज़िट के लिए पैसे के स्रोत का प्रमाण माँग रही है।",
        ],
        ["AML जाँच के लिए अकाउंट फ्रीज़", "मनी लॉन्ड्रिंग विरोधी जाँच के लिए मेरा अकाउंट दस दिन से फ्रीज़ है, AML जाँच कब पूरी होगी?"],
        [
          "AML check me transaction flag",
          "Crypto exchange se aaya mera transfer AML screening me flag ho gaya, source of funds ke liye kya documents dene honge?",
        ],
      ],
      ur: [
        [
          "رقم کے ذرائع کا ثبوت مانگا گیا",
          "میرا اکاؤنٹ محدود کر دیا گیا ہے اور کمپلائنس ٹیم بڑے ڈپازٹ کے لیے رقم کے ذرائع کا ثبوت مانگ رہی ہے۔",
        ],
        [
          "منی لانڈرنگ جانچ کے لیے اکاؤنٹ منجمد",
          "اینٹی منی لانڈرنگ جانچ کے لیے میرا اکاؤنٹ دس دن سے منجمد ہے، جانچ کب مکمل ہوگی؟",
        ],
        [
          "دولت کے ذرائع کا سوالنامہ",
          "مجھے ای میل پر دولت کے ذرائع کا سوالنامہ آیا ہے، کیا یہ اصلی ہے اور کیوں ضروری ہے؟",
        ],
      ],
    },
    reporting_help: {
      hi: [
        ["सालाना निवेश रिपोर्ट", "सारी प्रॉपर्टी टोकन खरीद, बिक्री और डिविडेंड वाली सालाना निवेश रिपोर्ट कहाँ से डाउनलोड करूँ?"],
        ["मासिक स्टेटमेंट नहीं मिला", "मुझे अक्टूबर का मासिक अकाउंट स्टेटमेंट नहीं मिला, क्या आप स्टेटमेंट दोबारा भेज सकते हैं?"],
        [
          "Transaction history export",
          "Mere CA ko poori transaction history ki CSV report chahiye, app me sirf 90 din dikhte hain.",
        ],
      ],
      ur: [
        ["سالانہ سرمایہ کاری رپورٹ", "تمام ٹوکن خریداری، فروخت اور منافع والی سالانہ رپورٹ کہاں سے ڈاؤن لوڈ کروں؟"],
        ["ماہانہ اسٹیٹمنٹ نہیں ملی", "مجھے اکتوبر کی ماہانہ اکاؤنٹ اسٹیٹمنٹ نہیں ملی، کیا دوبارہ بھیج سکتے ہیں؟"],
        [
          "لین دین کی تاریخ کی رپورٹ",
          "اکاؤنٹنٹ کے لیے مجھے مکمل لین دین کی تاریخ کی رپورٹ چاہیے، ایپ میں صرف نوے دن نظر آتے ہیں۔",
        ],
      ],
    },
    legal_clarifications: {
      hi: [
        [
          "सेवा की शर्तों का स्पष्टीकरण",
          "सेवा की शर्तों की धारा 9 कहती है कि प्लेटफॉर्म टोकन ट्रांसफर रोक सकता है, किन कानूनी हालात में ऐसा होगा?",
        ],
        [
          "प्रॉपर्टी का मालिकाना हक किसके पास",
          "कानूनी रूप से टोकन वाली प्रॉपर्टी का टाइटल डीड किसके पास है, SPV या टोकन धारकों के पास?",
        ],
        [
          "Tokens ka inheritance",
          "Agar meri death ho jaye to mere PROPX tokens legally heirs ko kaise transfer honge? Kya will maani jayegi?",
        ],
      ],
      ur: [
        [
          "سروس کی شرائط کی وضاحت",
          "سروس کی شرائط کی شق نو کہتی ہے کہ پلیٹ فارم ٹوکن کی منتقلی روک سکتا ہے، کن قانونی حالات میں؟",
        ],
        [
          "کیا یہ شریعت کے مطابق ہے",
          "کیا پراپرٹی ٹوکن کا ڈھانچہ شریعت کے مطابق ہے اور کیا شرعی بورڈ کا سرٹیفکیٹ موجود ہے؟",
        ],
        [
          "ٹوکن کی وراثت",
          "میری وفات کی صورت میں میرے ٹوکن قانونی طور پر ورثاء کو کیسے منتقل ہوں گے؟ کیا وصیت تسلیم ہوگی؟",
        ],
      ],
    },
  },
  billing_support: {
    payment_issues: {
      hi: [
        ["बैंक ट्रांसफर बैलेंस में नहीं आया", "मैंने तीन दिन पहले 50000 दिरहम बैंक ट्रांसफर से भेजे लेकिन अभी तक मेरे बैलेंस में नहीं जुड़े।"],
        [
          "एक डिपॉज़िट के लिए दो बार चार्ज",
          "मेरे कार्ड से एक ही 2000 दिरहम के डिपॉज़िट के लिए दो बार पैसे कटे लेकिन बैलेंस में एक ही दिखता है।",
        ],
        [
          "INR deposit galat amount",
          "Maine 1 lakh rupaye deposit kiye lekin balance me kam amount credit hua, exchange rate ke hisaab se zyada hona chahiye.",
        ],
      ],
      ur: [
        [
          "بینک ٹرانسفر بیلنس میں نہیں آیا",
          "میں نے تین دن پہلے بینک ٹرانسفر سے رقم بھیجی لیکن ابھی تک میرے بیلنس میں نہیں آئی۔",
        ],
        [
          "ایک ڈپازٹ پر دو بار چارج",
          "میرے کارڈ سے ایک ہی ڈپازٹ کے لیے دو بار رقم کٹی لیکن بیلنس میں ایک ہی نظر آتا ہے۔",
        ],
        ["ادائیگی کے کون سے طریقے ہیں", "کیا میں بینک ٹرانسفر سے اکاؤنٹ میں رقم ڈال سکتا ہوں یا صرف کارڈ سے؟"],
      ],
    },
    refund_requests: {
      hi: [
        ["रद्द प्रॉपर्टी ऑफर का रिफंड", "अल रीम आइलैंड वाला ऑफर फंडिंग से पहले रद्द हो गया, मेरे 15000 दिरहम का रिफंड कब मिलेगा?"],
        ["रिफंड अभी तक नहीं आया", "आपने दस दिन पहले रिफंड कन्फर्म किया था लेकिन पैसे मेरे बैंक खाते में नहीं आए।"],
        [
          "Refund chahiye",
          "Galti se premium plan le liya, subscription fee ka refund chahiye. Refund kitne din me aayega?",
        ],
      ],
      ur: [
        ["منسوخ آفر کی رقم واپسی", "پراپرٹی کی آفر فنڈنگ سے پہلے منسوخ ہو گئی، میری رقم کب واپس ہوگی؟"],
        ["ریفنڈ ابھی تک نہیں ملا", "آپ نے دس دن پہلے ریفنڈ کی تصدیق کی تھی لیکن رقم میرے بینک اکاؤنٹ میں نہیں آئی۔"],
        ["دو بار کٹی رقم واپس کریں", "براہ کرم کل کے ڈپازٹ پر دو بار کٹی رقم کا ریفنڈ کر دیں۔"],
      ],
    },
    billing_disputes: {
      hi: [
        [
          "इनवॉइस के चार्ज पर आपत्ति",
          "नवंबर के इनवॉइस में 350 दिरहम का मैनेजमेंट चार्ज है जिस पर मैंने कभी सहमति नहीं दी, मैं इस चार्ज को डिस्प्यूट करता हूँ।",
        ],
        ["कैंसिल करने के बाद भी बिल", "मैंने अक्टूबर में प्रीमियम प्लान कैंसिल किया था फिर भी नवंबर में बिल आया, यह बिलिंग गलत है।"],
        [
          "Commission zyada charge hua",
          "Mere tier ke liye 0.5% commission tha lekin bill me 1.5% laga, ye charge galat hai, dispute karna hai.",
        ],
      ],
      ur: [
        [
          "انوائس کے چارج پر اعتراض",
          "نومبر کی انوائس میں مینجمنٹ چارج ہے جس پر میں نے کبھی اتفاق نہیں کیا، میں اس چارج پر اعتراض کرتا ہوں۔",
        ],
        [
          "منسوخی کے بعد بھی بل آیا",
          "میں نے اکتوبر میں پریمیم پلان منسوخ کیا تھا پھر بھی نومبر میں بل آیا، یہ غلط ہے۔",
        ],
        [
          "نامعلوم چارج",
          "میرے کریڈٹ کارڈ اسٹیٹمنٹ پر NexVestXR کا ایک چارج ہے جسے میں نہیں پہچانتا، میں اس پر اعتراض کرتا ہوں۔",
        ],
      ],
    },
    subscription_help: {
      hi: [
        ["प्रीमियम सब्सक्रिप्शन में अपग्रेड", "NexVestXR प्रीमियम सब्सक्रिप्शन में क्या मिलता है और बेसिक प्लान से अपग्रेड कैसे करें?"],
        ["सब्सक्रिप्शन कैंसिल करना है", "अगली रिन्यूअल तारीख से पहले मैं अपना प्रीमियम सब्सक्रिप्शन कैंसिल करना चाहता हूँ।"],
        [
          "Subscription renew kab hoga",
          "Mera annual subscription kab renew hoga aur monthly se annual plan me switch kaise karun?",
        ],
      ],
      ur: [
        ["پریمیم سبسکرپشن میں اپگریڈ", "پریمیم سبسکرپشن میں کیا ملتا ہے اور بیسک پلان سے اپگریڈ کیسے کروں؟"],
        ["سبسکرپشن منسوخ کرنی ہے", "اگلی تجدید سے پہلے میں اپنی پریمیم سبسکرپشن منسوخ کرنا چاہتا ہوں۔"],
        ["سبسکرپشن کی تجدید کب ہوگی", "میری سالانہ سبسکرپشن کب تجدید ہوگی اور کیا چارج سے پہلے یاد دہانی ملے گی؟"],
      ],
    },
    fee_clarifications: {
      hi: [
        ["आप कौन सी फीस लेते हैं", "प्रॉपर्टी टोकन खरीदने पर NexVestXR कितनी फीस लेता है और क्या सालाना मैनेजमेंट फीस भी है?"],
        ["निकासी शुल्क क्यों कटा", "बैंक में पैसे निकालने पर 25 दिरहम का विड्रॉल शुल्क क्यों कटा? इसका ज़िक्र कहीं नहीं था।"],
        [
          "Trading fee kitni hai",
          "PROPX secondary market me har order par trading fee kitni hai aur gas fee kaun deta hai?",
        ],
      ],
      ur: [
        ["آپ کون سی فیس لیتے ہیں", "پراپرٹی ٹوکن خریدنے پر کتنی فیس لگتی ہے اور کیا سالانہ مینجمنٹ فیس بھی ہے؟"],
        ["رقم نکالنے کی فیس کیوں کٹی", "بینک میں رقم نکالنے پر پچیس درہم فیس کیوں کٹی؟ اس کا ذکر کہیں نہیں تھا۔"],
        [
          "کرنسی تبدیلی کی فیس",
          "روپے میں ڈپازٹ کر کے درہم والی پراپرٹی میں سرمایہ کاری پر کیا کرنسی تبدیلی کی فیس ہے؟",
        ],
      ],
    },
  },
};

/** More English and Arabic tickets: shorter, chattier and more varied wording, as tickets from the mobile app read. */
const CORPUS_MORE: TicketCorpus = {
  investment_support: {
    property_investment_help: {
      en: [
        [
          "Questions before investing",
          "hi, thinking of putting 20k AED into one of your listed apartments. how long is the holding period and what happens at exit when the building is sold?",
        ],
        [
          "Difference between listed properties",
          "What's the difference between the income properties and the growth properties on the marketplace? Which should a beginner invest in?",
        ],
      ],
      ar: [
        [
          "أسئلة قبل الاستثمار",
          "أفكر في استثمار ٢٠ ألف درهم في إحدى الشقق المعروضة، ما مدة الاحتفاظ وماذا يحدث عند بيع العقار؟",
        ],
      ],
    },
    token_purchase_issues: {
      en: [
        [
          "tokens missing after buying",
          "bought PROPX for the JVC apartment yesterday, payment done, still no tokens. order id PX-88213",
        ],
        [
          "Price changed during purchase",
          "The XERA price jumped while I was confirming the purchase and the order was rejected. Do I have to buy again?",
        ],
      ],
      ar: [
        ["السعر تغير أثناء الشراء", "تغير سعر XERA أثناء تأكيد عملية الشراء وتم رفض الطلب، هل يجب أن أشتري من جديد؟"],
      ],
    },
    portfolio_questions: {
      en: [
        [
          "Sold tokens still in portfolio",
          "I sold my tokens in the Al Barsha property but they still appear in my portfolio holdings and total value.",
        ],
        [
          "Cost basis in portfolio",
          "The average purchase price in my portfolio is wrong for the Marina tokens, I bought in three lots at different prices.",
        ],
      ],
      ar: [
        [
          "رموز مباعة ما زالت في المحفظة",
          "بعت رموزي في عقار البرشاء لكنها ما زالت تظهر في محفظتي وفي القيمة الإجمالية.",
        ],
      ],
    },
    dividend_inquiries: {
      en: [
        [
          "rent payout question",
          "when do token holders get the rent from the tenants? I see the unit is occupied but no payout yet",
        ],
        [
          "Dividend went to old wallet",
          "My rental dividend was sent to the wallet address I used before, not my current one. Can you redirect future distributions?",
        ],
      ],
      ar: [
        [
          "الأرباح أرسلت إلى محفظة قديمة",
          "تم إرسال أرباح الإيجار إلى عنوان محفظتي القديمة وليس الحالية، هل يمكن تغيير عنوان التوزيعات؟",
        ],
      ],
    },
    staking_support: {
      en: [
        [
          "Staking tiers explained",
          "What are the differences between the staking tiers for XERA and do staked tokens give voting rights?",
        ],
        [
          "Rewards stopped after 30 days",
          "My staking rewards were accruing daily and stopped after day 30 although my stake is locked for 90 days.",
        ],
      ],
      ar: [
        [
          "توقفت مكافآت التخزين",
          "كانت مكافآت التخزين تزيد يومياً ثم توقفت بعد اليوم الثلاثين مع أن الرموز مقفلة ٩٠ يوماً.",
        ],
      ],
    },
  },
  technical_support: {
    app_not_working: {
      en: [
        ["app keeps crashing", "app keeps crashing on iphone 12 whenever i open the marketplace tab. pls fix"],
        [
          "Push notifications not working",
          "I stopped getting any push notifications from the app, and the notification settings screen won't open.",
        ],
      ],
      ar: [["الإشعارات لا تعمل", "توقفت إشعارات التطبيق تماماً وشاشة إعدادات الإشعارات لا تفتح."]],
    },
    login_issues: {
      en: [
        ["can't log in", "cant log in since this morning, it says user not found but i've had an account for a year"],
        [
          "Email verification link expired",
          "The link to verify my email at sign in has expired and I can't get into my account to request a new one.",
        ],
      ],
      ar: [
        [
          "المستخدم غير موجود عند الدخول",
          "لا أستطيع الدخول منذ الصباح، تظهر رسالة المستخدم غير موجود مع أن لدي حساباً منذ سنة.",
        ],
      ],
    },
    payment_failures: {
      en: [
        [
          "payment error code PF-402",
          "Got error PF-402 'payment processor unavailable' while paying for my token order with a debit card.",
        ],
        [
          "3D Secure page never loads",
          "The bank's 3D Secure verification page never loads during checkout so every card payment fails.",
        ],
      ],
      ar: [["رمز خطأ أثناء الدفع", "ظهر الخطأ PF-402 معالج الدفع غير متاح أثناء الدفع ببطاقة الخصم."]],
    },
    wallet_connection_problems: {
      en: [
        [
          "wallet not connecting on mobile",
          "On the mobile browser the Connect Wallet button does nothing, MetaMask app doesn't open.",
        ],
        [
          "Signature request rejected",
          "When I connect my wallet, the signature request fails with 'user rejected' even though I approve it.",
        ],
      ],
      ar: [["طلب التوقيع يفشل", "عند ربط المحفظة يفشل طلب التوقيع برسالة رفض المستخدم مع أنني أوافق عليه."]],
    },
    trading_platform_issues: {
      en: [
        [
          "Trade executed twice",
          "My market order to buy XERA was executed twice on the exchange, I only clicked once.",
        ],
        [
          "Can't withdraw from liquidity pool",
          "Removing my liquidity from the XERA/USDT pool fails and my LP tokens are stuck.",
        ],
      ],
      ar: [["تنفيذ الصفقة مرتين", "تم تنفيذ أمر شراء XERA مرتين في منصة التداول مع أنني ضغطت مرة واحدة."]],
    },
  },
  account_support: {
    kyc_verification: {
      en: [
        [
          "KYC asks for documents again",
          "The KYC screen asks me to verify my identity again although I was approved last month.",
        ],
        [
          "verification failed name mismatch",
          "my kyc failed because the name on my passport has a middle name that my account doesn't have",
        ],
      ],
      ar: [
        ["إعادة التحقق من الهوية", "شاشة التحقق تطلب مني التحقق من هويتي مرة أخرى مع أنه تمت الموافقة الشهر الماضي."],
      ],
    },
    account_security: {
      en: [
        [
          "Login alert from another country",
          "I got a new device login alert from Nigeria. I'm in Dubai. Please check my account for unauthorised activity.",
        ],
        [
          "Change withdrawal whitelist after breach",
          "My email was compromised. How do I make sure nobody can add a withdrawal address to my NexVestXR account?",
        ],
      ],
      ar: [
        [
          "تنبيه دخول من دولة أخرى",
          "وصلني تنبيه دخول من جهاز جديد في دولة أخرى وأنا في دبي، أرجو فحص حسابي من أي نشاط غير مصرح به.",
        ],
      ],
    },
    profile_updates: {
      en: [
        [
          "Change account from individual to joint",
          "Can I add my wife as a joint holder on my profile, or change the account type?",
        ],
        ["Update occupation and employer", "I changed jobs; where can I update my occupation and employer details?"],
      ],
      ar: [["تحديث المهنة وجهة العمل", "غيرت عملي، أين أحدث بيانات المهنة وجهة العمل في الملف الشخصي؟"]],
    },
    document_upload_help: {
      en: [
        ["upload stuck at 0%", "trying to upload my bank statement for proof of address, it stays at 0% forever"],
        [
          "Which side of ID to upload",
          "Do I upload both front and back of my Emirates ID as separate files, or one combined document?",
        ],
      ],
      ar: [["الرفع متوقف عند صفر", "أحاول رفع كشف الحساب البنكي كإثبات عنوان لكنه يبقى عند صفر بالمئة."]],
    },
    "2fa_assistance": {
      en: [
        [
          "Switch 2FA from SMS to app",
          "I want to move my two-factor authentication from SMS codes to an authenticator app. How?",
        ],
        [
          "2FA asked at every withdrawal",
          "Is it possible to get the 2FA code by email instead, my SMS codes arrive late.",
        ],
      ],
      ar: [
        [
          "التحويل من الرسائل إلى تطبيق المصادقة",
          "أريد نقل المصادقة الثنائية من الرسائل النصية إلى تطبيق المصادقة، كيف؟",
        ],
      ],
    },
  },
  compliance_support: {
    regulatory_questions: {
      en: [
        [
          "US persons allowed?",
          "I'm a US citizen living in Abu Dhabi. Am I allowed to invest under SEC and local regulations?",
        ],
        [
          "Is my money protected by the regulator",
          "Does any regulator or compensation scheme protect my funds if NexVestXR fails?",
        ],
      ],
      ar: [
        ["هل يسمح للمواطن الأمريكي", "أنا مواطن أمريكي مقيم في أبوظبي، هل يسمح لي بالاستثمار وفق الأنظمة الرقابية؟"],
      ],
    },
    tax_documentation: {
      en: [
        [
          "FATCA / CRS form",
          "You asked me to fill a tax self-certification form (FATCA/CRS). Which tax residency do I declare?",
        ],
        [
          "Tax on rental distributions",
          "Is any tax deducted on my rental distributions and will I get a certificate for my return?",
        ],
      ],
      ar: [
        ["نموذج الإقرار الضريبي الذاتي", "طلبتم تعبئة نموذج الإقرار الضريبي الذاتي، أي إقامة ضريبية يجب أن أصرح بها؟"],
      ],
    },
    aml_inquiries: {
      en: [
        [
          "Sanctions screening hold",
          "My account is on hold for sanctions screening because my name matches someone else. How do I clear it?",
        ],
        [
          "Why do you need my salary slip",
          "Compliance asked for my salary slip and employment letter to justify my deposits. Is this normal AML?",
        ],
      ],
      ar: [["إيقاف بسبب فحص العقوبات", "تم إيقاف حسابي بسبب فحص العقوبات لأن اسمي يطابق شخصاً آخر، كيف أرفع الإيقاف؟"]],
    },
    reporting_help: {
      en: [
        ["Statement in Arabic", "Can I get my account statements and annual report in Arabic instead of English?"],
        [
          "Report shows wrong opening balance",
          "The opening balance in my annual report doesn't match last year's closing statement.",
        ],
      ],
      ar: [["كشف الحساب باللغة العربية", "هل يمكن الحصول على كشوف الحساب والتقرير السنوي باللغة العربية؟"]],
    },
    legal_clarifications: {
      en: [
        [
          "Power of attorney",
          "Can my brother manage my tokens under a power of attorney? What legal documents do you accept?",
        ],
        [
          "Meaning of clause in investor agreement",
          "What does the 'drag-along' clause in the investor agreement mean for my tokens legally?",
        ],
      ],
      ar: [["التوكيل القانوني", "هل يمكن لأخي إدارة رموزي بموجب وكالة قانونية؟ ما المستندات القانونية المقبولة؟"]],
    },
  },
  billing_support: {
    payment_issues: {
      en: [
        ["deposit missing", "sent money from my HDFC account 2 days ago, not showing in balance. reference NVX-55120"],
        [
          "Exchange rate applied to my deposit",
          "My AED deposit was converted at a worse rate than the one shown when I funded my account.",
        ],
      ],
      ar: [["الإيداع غير ظاهر", "أرسلت مبلغاً من حسابي في بنك الإمارات دبي الوطني قبل يومين ولا يظهر في الرصيد."]],
    },
    refund_requests: {
      en: [
        [
          "want my money back",
          "I want my money back for the tokens of the cancelled Yas Island listing, please return it to my card.",
        ],
        [
          "Return unused balance",
          "I'm closing my investing journey; please send my unused cash balance back to my bank account.",
        ],
      ],
      ar: [["استرجاع مبلغ الطرح الملغى", "أريد استرجاع أموالي من طرح جزيرة ياس الملغى وإعادتها إلى بطاقتي."]],
    },
    billing_disputes: {
      en: [
        [
          "Charge I don't agree with",
          "I don't agree with the late payment charge on my account, I paid on time. Please remove it.",
        ],
        [
          "Chargeback on my card",
          "My bank says I can raise a chargeback for the unexpected NexVestXR charge; I'd rather you correct the bill.",
        ],
      ],
      ar: [["رسوم تأخير غير صحيحة", "لا أوافق على رسوم التأخير في حسابي لأنني دفعت في الموعد، أرجو إزالتها."]],
    },
    subscription_help: {
      en: [
        ["Pause my membership", "Can I pause my premium membership for three months instead of cancelling it?"],
        ["Student discount on plan", "Is there a discount on the premium plan for students or for paying yearly?"],
      ],
      ar: [["إيقاف العضوية مؤقتاً", "هل يمكن إيقاف عضويتي المميزة ثلاثة أشهر بدلاً من إلغائها؟"]],
    },
    fee_clarifications: {
      en: [
        [
          "fee on selling my tokens",
          "how much do you charge when I sell tokens on the secondary market? is there an early exit fee?",
        ],
        [
          "Management fee percentage",
          "Is the 2% property management fee taken from my rental income or charged separately?",
        ],
      ],
      ar: [["رسوم بيع الرموز", "كم الرسوم عند بيع الرموز في السوق الثانوية؟ وهل توجد رسوم خروج مبكر؟"]],
    },
  },
};

/** Short, plain tickets in all four languages — most tickets arrive like this. */
const CORPUS_SHORT: TicketCorpus = {
  investment_support: {
    property_investment_help: {
      en: [
        [
          "Investing in Abu Dhabi listing",
          "Is the Saadiyat villa still open for investment and what return does it target?",
        ],
      ],
      ar: [["فرصة استثمار عقاري", "هل عقار السعديات ما زال متاحاً للاستثمار وما العائد المستهدف؟"]],
      hi: [["नई प्रॉपर्टी लिस्टिंग", "सादियात विला में अभी निवेश कर सकते हैं क्या, टारगेट रिटर्न कितना है?"]],
      ur: [["نئی پراپرٹی میں سرمایہ", "کیا سعدیات ولا میں ابھی سرمایہ کاری ہو سکتی ہے اور متوقع منافع کتنا ہے؟"]],
    },
    token_purchase_issues: {
      en: [["Buy button error", "Buying XERA gives 'order could not be placed' every time."]],
      ar: [["خطأ عند الشراء", "شراء XERA يعطي رسالة تعذر تنفيذ الطلب في كل مرة."]],
      hi: [["खरीदने में एरर", "XERA खरीदते समय हर बार 'ऑर्डर नहीं हो सका' आता है।"]],
      ur: [["خریدنے میں ایرر", "XERA خریدتے وقت ہر بار آرڈر نہیں ہو سکا کا پیغام آتا ہے۔"]],
    },
    portfolio_questions: {
      en: [["Portfolio chart wrong", "My portfolio performance chart starts from zero every day."]],
      ar: [["رسم أداء المحفظة", "الرسم البياني لأداء محفظتي يبدأ من الصفر كل يوم."]],
      hi: [["पोर्टफोलियो चार्ट गलत", "मेरे पोर्टफोलियो का परफॉर्मेंस चार्ट हर दिन शून्य से शुरू होता है।"]],
      ur: [["پورٹ فولیو چارٹ غلط", "میرے پورٹ فولیو کا کارکردگی چارٹ ہر روز صفر سے شروع ہوتا ہے۔"]],
    },
    dividend_inquiries: {
      en: [["No rent this quarter?", "Did the Marina tower pay any rental dividend this quarter? I got nothing."]],
      ar: [["لا توجد أرباح هذا الربع", "هل وزع برج المارينا أرباح إيجار هذا الربع؟ لم يصلني شيء."]],
      hi: [["इस तिमाही किराया नहीं", "क्या मरीना टावर ने इस तिमाही किराये का डिविडेंड दिया? मुझे कुछ नहीं मिला।"]],
      ur: [["اس سہ ماہی کرایہ نہیں", "کیا مرینا ٹاور نے اس سہ ماہی کرایہ کا منافع دیا؟ مجھے کچھ نہیں ملا۔"]],
    },
    staking_support: {
      en: [["Staking balance", "Where do I see how much XERA I have staked and the rewards so far?"]],
      ar: [["رصيد التخزين", "أين أرى كمية XERA المخزنة والمكافآت حتى الآن؟"]],
      hi: [["स्टेकिंग बैलेंस", "कितने XERA स्टेक हैं और अब तक कितना रिवॉर्ड मिला, ये कहाँ देखूँ?"]],
      ur: [["اسٹیکنگ بیلنس", "کتنے XERA اسٹیک ہیں اور اب تک کتنے انعامات ملے، یہ کہاں دیکھوں؟"]],
    },
  },
  technical_support: {
    app_not_working: {
      en: [["App not loading", "App stuck on the loading spinner since yesterday."]],
      ar: [["التطبيق عالق", "التطبيق عالق على شاشة التحميل منذ أمس."]],
      hi: [["ऐप लोड नहीं हो रहा", "कल से ऐप लोडिंग पर ही अटका हुआ है।"]],
      ur: [["ایپ لوڈ نہیں ہو رہی", "کل سے ایپ لوڈنگ پر ہی رکی ہوئی ہے۔"]],
    },
    login_issues: {
      en: [["Can't sign in after update", "After the update I can't sign in, it says account not found."]],
      ar: [["لا يمكن الدخول بعد التحديث", "بعد التحديث لا أستطيع تسجيل الدخول وتظهر رسالة الحساب غير موجود."]],
      hi: [["अपडेट के बाद लॉगिन नहीं", "अपडेट के बाद साइन इन नहीं हो रहा, अकाउंट नहीं मिला लिखा आता है।"]],
      ur: [
        [
          "اکاؤنٹ میں لاگ ان نہیں ہو پا رہا",
          "میں اپنے اکاؤنٹ میں لاگ ان نہیں کر پا رہا، اکاؤنٹ بند لکھا آتا ہے حالانکہ پاس ورڈ درست ہے۔",
        ],
      ],
    },
    payment_failures: {
      en: [["Top-up failing", "Every top-up attempt ends with 'transaction failed, try again later'."]],
      ar: [["فشل شحن الرصيد", "كل محاولة لشحن الرصيد تنتهي برسالة فشلت المعاملة حاول لاحقاً."]],
      hi: [["टॉप-अप फेल", "हर बार टॉप-अप करने पर 'ट्रांजैक्शन फेल, बाद में कोशिश करें' आता है।"]],
      ur: [["ٹاپ اپ ناکام", "ہر بار ٹاپ اپ کرنے پر ٹرانزیکشن ناکام، بعد میں کوشش کریں آتا ہے۔"]],
    },
    wallet_connection_problems: {
      en: [["Wallet connection error", "Getting 'wallet connection failed' when linking my wallet."]],
      ar: [["خطأ اتصال المحفظة", "تظهر رسالة فشل الاتصال بالمحفظة عند ربط محفظتي."]],
      hi: [["वॉलेट कनेक्शन एरर", "वॉलेट जोड़ते समय 'वॉलेट कनेक्शन फेल' आता है।"]],
      ur: [["والٹ کنکشن ایرر", "والٹ جوڑتے وقت والٹ کنکشن ناکام کا پیغام آتا ہے۔"]],
    },
    trading_platform_issues: {
      en: [["Trade page error", "The trading page shows prices but placing any order gives an error."]],
      ar: [["خطأ في صفحة التداول", "صفحة التداول تعرض الأسعار لكن وضع أي أمر يعطي خطأ."]],
      hi: [["ट्रेडिंग पेज पर एरर", "ट्रेडिंग पेज पर भाव दिखते हैं लेकिन कोई भी ऑर्डर लगाने पर एरर आता है।"]],
      ur: [["ٹریڈنگ صفحے پر ایرر", "ٹریڈنگ صفحے پر قیمتیں نظر آتی ہیں لیکن کوئی بھی آرڈر لگانے پر ایرر آتا ہے۔"]],
    },
  },
  account_support: {
    kyc_verification: {
      en: [["Verify my account", "How long does identity verification take? I submitted everything yesterday."]],
      ar: [["توثيق حسابي", "كم يستغرق التحقق من الهوية؟ أرسلت كل شيء أمس."]],
      hi: [["अकाउंट वेरिफाई", "पहचान सत्यापन में कितना समय लगता है? मैंने कल सब जमा कर दिया।"]],
      ur: [["اکاؤنٹ کی تصدیق", "شناخت کی تصدیق میں کتنا وقت لگتا ہے؟ میں نے کل سب جمع کر دیا۔"]],
    },
    account_security: {
      en: [["Account compromised", "Someone logged into my account and tried to withdraw. Block it now."]],
      ar: [["حسابي مخترق", "شخص دخل إلى حسابي وحاول السحب، أوقفوا الحساب الآن."]],
      hi: [["अकाउंट से छेड़छाड़", "किसी ने मेरे अकाउंट में घुसकर पैसे निकालने की कोशिश की, अभी ब्लॉक करें।"]],
      ur: [["اکاؤنٹ سے چھیڑ چھاڑ", "کسی نے میرے اکاؤنٹ میں گھس کر رقم نکالنے کی کوشش کی، ابھی بلاک کریں۔"]],
    },
    profile_updates: {
      en: [["Change my mobile number", "Please update my mobile number on the account, the old SIM is gone."]],
      ar: [["تغيير رقم الجوال", "أرجو تحديث رقم الجوال في الحساب، الشريحة القديمة لم تعد معي."]],
      hi: [["मोबाइल नंबर बदलें", "कृपया अकाउंट में मेरा मोबाइल नंबर बदल दें, पुरानी सिम अब नहीं है।"]],
      ur: [["موبائل نمبر بدلیں", "براہ کرم اکاؤنٹ میں میرا موبائل نمبر بدل دیں، پرانی سم اب نہیں ہے۔"]],
    },
    document_upload_help: {
      en: [["Can't attach document", "The app won't let me attach my proof of address document."]],
      ar: [["لا يمكن إرفاق المستند", "التطبيق لا يسمح لي بإرفاق مستند إثبات العنوان."]],
      hi: [["दस्तावेज़ नहीं जुड़ रहा", "ऐप पते के प्रमाण का दस्तावेज़ अपलोड नहीं करने दे रहा।"]],
      ur: [["دستاویز نہیں لگ رہی", "ایپ پتے کے ثبوت کی دستاویز اپلوڈ نہیں کرنے دے رہی۔"]],
    },
    "2fa_assistance": {
      en: [["Two-factor code problem", "I'm not getting my two-factor code and can't finish logging in."]],
      ar: [["مشكلة رمز المصادقة", "لا يصلني رمز المصادقة الثنائية ولا أستطيع إكمال الدخول."]],
      hi: [["टू-फैक्टर कोड की समस्या", "मुझे टू-फैक्टर कोड नहीं मिल रहा और लॉगिन पूरा नहीं हो पा रहा।"]],
      ur: [["دو مرحلہ کوڈ کا مسئلہ", "مجھے دو مرحلہ تصدیق کا کوڈ نہیں مل رہا اور لاگ ان مکمل نہیں ہو رہا۔"]],
    },
  },
  compliance_support: {
    regulatory_questions: {
      en: [["Regulator for tokenised property", "Which authority regulates tokenised real estate on NexVestXR?"]],
      ar: [["الجهة المنظمة للعقارات المرمزة", "ما الجهة التي تنظم العقارات المرمزة على NexVestXR؟"]],
      hi: [["टोकनाइज़्ड प्रॉपर्टी का नियामक", "NexVestXR पर टोकनाइज़्ड प्रॉपर्टी को कौन सा नियामक नियंत्रित करता है?"]],
      ur: [["ٹوکنائزڈ پراپرٹی کا ریگولیٹر", "NexVestXR پر ٹوکنائزڈ پراپرٹی کو کون سا ریگولیٹر کنٹرول کرتا ہے؟"]],
    },
    tax_documentation: {
      en: [["Tax document request", "Please send the tax document showing tax deducted on my income this year."]],
      ar: [["طلب مستند ضريبي", "أرجو إرسال المستند الضريبي الذي يوضح الضريبة المقتطعة من دخلي هذا العام."]],
      hi: [["टैक्स दस्तावेज़ चाहिए", "इस साल मेरी आय पर कटे टैक्स वाला टैक्स दस्तावेज़ भेज दीजिए।"]],
      ur: [["ٹیکس دستاویز چاہیے", "اس سال میری آمدنی پر کٹے ٹیکس والی ٹیکس دستاویز بھیج دیں۔"]],
    },
    aml_inquiries: {
      en: [["AML documents", "What proof of income do you accept for the AML check on my account?"]],
      ar: [["مستندات مكافحة غسل الأموال", "ما إثبات الدخل المقبول لفحص مكافحة غسل الأموال على حسابي؟"]],
      hi: [["AML दस्तावेज़", "मेरे अकाउंट की AML जाँच के लिए आय का कौन सा प्रमाण चलेगा?"]],
      ur: [["منی لانڈرنگ جانچ کی دستاویزات", "میرے اکاؤنٹ کی منی لانڈرنگ جانچ کے لیے آمدنی کا کون سا ثبوت قبول ہے؟"]],
    },
    reporting_help: {
      en: [["Statement request", "Can you email me my account statement for the last six months?"]],
      ar: [["طلب كشف حساب", "هل يمكن إرسال كشف حسابي لآخر ستة أشهر بالبريد؟"]],
      hi: [["स्टेटमेंट भेजें", "क्या आप पिछले छह महीने का अकाउंट स्टेटमेंट ईमेल कर सकते हैं?"]],
      ur: [["اسٹیٹمنٹ بھیجیں", "کیا آپ پچھلے چھ مہینے کی اکاؤنٹ اسٹیٹمنٹ ای میل کر سکتے ہیں؟"]],
    },
    legal_clarifications: {
      en: [
        ["Legal question about my rights", "What are my legal rights as a token holder if the property is damaged?"],
      ],
      ar: [["سؤال قانوني عن حقوقي", "ما حقوقي القانونية كحامل رموز إذا تضرر العقار؟"]],
      hi: [["मेरे कानूनी अधिकार", "अगर प्रॉपर्टी को नुकसान हो तो टोकन धारक के रूप में मेरे कानूनी अधिकार क्या हैं?"]],
      ur: [["میرے قانونی حقوق", "اگر پراپرٹی کو نقصان ہو تو ٹوکن رکھنے والے کے طور پر میرے قانونی حقوق کیا ہیں؟"]],
    },
  },
  billing_support: {
    payment_issues: {
      en: [["Deposit not added", "My deposit left my bank but was never added to my balance."]],
      ar: [["الإيداع لم يضف", "خرج الإيداع من بنكي لكنه لم يضف إلى رصيدي."]],
      hi: [["डिपॉज़िट नहीं जुड़ा", "मेरा डिपॉज़िट बैंक से निकल गया लेकिन बैलेंस में नहीं जुड़ा।"]],
      ur: [["ڈپازٹ شامل نہیں ہوا", "میرا ڈپازٹ بینک سے نکل گیا لیکن بیلنس میں شامل نہیں ہوا۔"]],
    },
    refund_requests: {
      en: [["Refund status", "What's the status of my refund request from last week?"]],
      ar: [["حالة طلب الاسترداد", "ما حالة طلب الاسترداد الذي قدمته الأسبوع الماضي؟"]],
      hi: [["रिफंड का स्टेटस", "पिछले हफ्ते के मेरे रिफंड अनुरोध का क्या हुआ?"]],
      ur: [["ریفنڈ کی صورتحال", "پچھلے ہفتے کی میری ریفنڈ درخواست کا کیا بنا؟"]],
    },
    billing_disputes: {
      en: [["Incorrect bill", "This month's bill charges me for a service I never used. I dispute it."]],
      ar: [["فاتورة غير صحيحة", "فاتورة هذا الشهر تحملني رسوم خدمة لم أستخدمها، وأعترض عليها."]],
      hi: [["गलत बिल", "इस महीने के बिल में ऐसी सेवा का चार्ज है जो मैंने कभी इस्तेमाल नहीं की, मैं इस पर आपत्ति करता हूँ।"]],
      ur: [["غلط بل", "اس مہینے کے بل میں ایسی سروس کا چارج ہے جو میں نے کبھی استعمال نہیں کی، مجھے اعتراض ہے۔"]],
    },
    subscription_help: {
      en: [["Premium renewal", "Will my premium plan renew automatically next month?"]],
      ar: [["تجديد الباقة المميزة", "هل ستتجدد باقتي المميزة تلقائياً الشهر القادم؟"]],
      hi: [["प्रीमियम रिन्यूअल", "क्या मेरा प्रीमियम प्लान अगले महीने अपने आप रिन्यू होगा?"]],
      ur: [["پریمیم تجدید", "کیا میرا پریمیم پلان اگلے مہینے خود بخود تجدید ہوگا؟"]],
    },
    fee_clarifications: {
      en: [["Fee schedule", "Where can I find the full fee schedule for buying, selling and withdrawing?"]],
      ar: [["جدول الرسوم", "أين أجد جدول الرسوم الكامل للشراء والبيع والسحب؟"]],
      hi: [["फीस की सूची", "खरीदने, बेचने और निकालने की पूरी फीस सूची कहाँ मिलेगी?"]],
      ur: [["فیس کی فہرست", "خریدنے، بیچنے اور رقم نکالنے کی مکمل فیس کی فہرست کہاں ملے گی؟"]],
    },
  },
};

export const TRAINING_TICKETS: readonly LabelledTicket[] = [
  ...flattenTicketCorpus(CORPUS),
  ...flattenTicketCorpus(CORPUS_HI_UR),
  ...flattenTicketCorpus(CORPUS_MORE),
  ...flattenTicketCorpus(CORPUS_SHORT),
];
