/**
 * Labelled example tickets the in-process classifier is trained on, written
 * the way customers write: 25 English and 20 Arabic per category, spread over
 * its five subcategories. Never add held-out tickets (held-out-data.ts) here.
 */
import { flattenTicketCorpus, type LabelledTicket, type TicketCorpus } from "./ticket-corpus.js";

const CORPUS: TicketCorpus = {
  investment_support: {
    portfolio_inquiry: {
      en: [
        ["Portfolio value dropped overnight", "My portfolio value went down by almost 6% since yesterday but I didn't make any trades. Can you explain which holdings caused the drop?"],
        ["Asset allocation breakdown", "Could you send me a breakdown of my current asset allocation between equities, bonds and cash? The dashboard only shows the total."],
        ["Holdings missing from portfolio", "I bought shares of the global tech fund last month but they don't appear in my portfolio holdings list. Where are they?"],
        ["Question about portfolio performance", "How is the annual return on my portfolio calculated? The performance chart shows 4.2% but my own calculation gives a lower number."],
        ["Rebalancing my portfolio", "My risk profile changed to conservative. Will my managed portfolio be rebalanced automatically or do I need to request it?"],
      ],
      ar: [
        ["انخفاض قيمة المحفظة", "لاحظت أن قيمة محفظتي الاستثمارية انخفضت بشكل كبير هذا الأسبوع دون أن أقوم بأي عملية. أرجو توضيح السبب."],
        ["تفاصيل توزيع الأصول", "أريد معرفة توزيع الأصول في محفظتي بين الأسهم والسندات والنقد، فالتطبيق يعرض الرصيد الإجمالي فقط."],
        ["أداء المحفظة", "كيف يتم حساب العائد السنوي على محفظتي؟ الرسم البياني يظهر نسبة تختلف عن حساباتي."],
        ["أسهم غير ظاهرة في المحفظة", "اشتريت أسهماً في صندوق التكنولوجيا الشهر الماضي لكنها لا تظهر ضمن ممتلكات محفظتي."],
      ],
    },
    investment_status: {
      en: [
        ["Buy order still pending", "I placed an order to invest 5,000 USD in the sukuk fund three days ago and it still shows pending. When will it be executed?"],
        ["Investment not executed", "My investment INV-20418 has shown status 'processing' for a week. Has the order gone through or was it rejected?"],
        ["Status of my fund subscription", "I subscribed to the real estate fund on Monday. Can you confirm the units were allocated and at what price?"],
        ["Order cancelled without explanation", "My investment order was cancelled automatically this morning. Why was it cancelled and was my money returned to the wallet?"],
        ["When will my investment be confirmed", "I transferred funds for a new investment on Sunday. The app says awaiting confirmation. How long does confirmation usually take?"],
      ],
      ar: [
        ["أمر الشراء معلق", "قمت بتقديم أمر استثمار بمبلغ ٥٠٠٠ درهم في صندوق الصكوك منذ ثلاثة أيام وما زال في حالة قيد المعالجة. متى سيتم التنفيذ؟"],
        ["حالة الاستثمار", "ما هي حالة استثماري رقم INV-30512؟ لم يصلني أي تأكيد بتنفيذ الأمر حتى الآن."],
        ["تم إلغاء أمر الاستثمار", "تم إلغاء أمر الاستثمار الخاص بي تلقائياً صباح اليوم. لماذا تم الإلغاء وهل أعيدت الأموال إلى المحفظة؟"],
        ["تأكيد الاكتتاب في الصندوق", "اكتتبت في الصندوق العقاري يوم الاثنين، هل تم تخصيص الوحدات وبأي سعر؟"],
      ],
    },
    withdrawal_request: {
      en: [
        ["Withdraw funds to my bank", "I would like to withdraw 10,000 AED from my investment account to my Emirates NBD account. Please process the withdrawal."],
        ["Withdrawal not received", "I requested a withdrawal five business days ago and the money has not arrived in my bank account yet. Please check the transfer."],
        ["How to redeem my fund units", "I want to sell all my units in the balanced fund and withdraw the proceeds. What is the process and how long does redemption take?"],
        ["Withdrawal limit", "The app won't let me withdraw more than 20,000. Is there a daily withdrawal limit and can it be increased?"],
        ["Cancel my withdrawal request", "I submitted a withdrawal request by mistake earlier today. Can you cancel it before the money leaves my portfolio?"],
      ],
      ar: [
        ["طلب سحب مبلغ", "أرغب في سحب مبلغ ١٠٠٠٠ درهم من حسابي الاستثماري إلى حسابي البنكي. يرجى تنفيذ طلب السحب."],
        ["لم يصل مبلغ السحب", "طلبت سحب الأموال منذ خمسة أيام عمل ولم يصل المبلغ إلى حسابي في البنك حتى الآن."],
        ["استرداد وحدات الصندوق", "أريد بيع جميع وحداتي في الصندوق المتوازن وسحب المبلغ. ما هي الإجراءات وكم تستغرق عملية الاسترداد؟"],
        ["إلغاء طلب السحب", "قدمت طلب سحب بالخطأ اليوم، أرجو إلغاءه قبل تحويل المبلغ من محفظتي."],
      ],
    },
    dividend_inquiry: {
      en: [
        ["Dividend not credited", "The company paid its quarterly dividend on the 15th but I haven't received the dividend in my account. Can you check?"],
        ["Dividend amount looks wrong", "I received a dividend of 42 USD but based on my shares it should be around 60 USD. Why is it lower?"],
        ["Dividend reinvestment option", "Can my dividends be reinvested automatically into the same fund instead of paid out as cash?"],
        ["When are dividends paid", "What is the dividend payment schedule for the income fund? Is it monthly or quarterly?"],
        ["Dividend history", "Where can I see the history of all dividend payouts I've received this year?"],
      ],
      ar: [
        ["لم تصلني الأرباح الموزعة", "أعلنت الشركة عن توزيع أرباح نقدية ولكن لم يتم إيداع الأرباح في حسابي حتى الآن."],
        ["مبلغ التوزيعات غير صحيح", "استلمت توزيعات أرباح أقل من المتوقع حسب عدد أسهمي، أرجو مراجعة المبلغ."],
        ["إعادة استثمار الأرباح", "هل يمكن إعادة استثمار توزيعات الأرباح تلقائياً في نفس الصندوق بدلاً من صرفها نقداً؟"],
        ["موعد توزيع الأرباح", "متى يتم توزيع أرباح صندوق الدخل؟ هل التوزيع شهري أم ربع سنوي؟"],
      ],
    },
    product_information: {
      en: [
        ["Difference between your funds", "What is the difference between the growth fund and the balanced fund in terms of risk and expected returns?"],
        ["Is the sukuk fund Sharia compliant", "I'm looking for halal investment products. Is the sukuk fund certified Sharia compliant?"],
        ["Minimum investment amount", "What is the minimum amount to start investing in the money market fund and is there a lock-in period?"],
        ["Information on the new ESG portfolio", "I saw an ad about your new sustainable ESG portfolio. What does it invest in and who is it suitable for?"],
        ["Gold investment product", "Do you offer gold or commodity investments? I'd like to diversify beyond stocks."],
      ],
      ar: [
        ["الفرق بين الصناديق", "ما الفرق بين صندوق النمو والصندوق المتوازن من حيث المخاطر والعوائد المتوقعة؟"],
        ["هل الصندوق متوافق مع الشريعة", "أبحث عن منتجات استثمارية حلال، هل صندوق الصكوك متوافق مع أحكام الشريعة الإسلامية؟"],
        ["الحد الأدنى للاستثمار", "ما هو الحد الأدنى للاستثمار في صندوق سوق النقد وهل هناك فترة احتفاظ إلزامية؟"],
        ["الاستثمار في الذهب", "هل تقدمون منتجات للاستثمار في الذهب أو السلع؟ أرغب في تنويع استثماراتي."],
      ],
    },
  },

  technical_support: {
    login_issues: {
      en: [
        ["Can't log in to the app", "Every time I try to log in I get 'invalid credentials' even though my password is correct. I haven't changed anything."],
        ["Account locked after login attempts", "My account got locked after three failed login attempts. How can I unlock it and sign in again?"],
        ["Login page keeps loading", "When I sign in on the website the login page just spins and never opens my dashboard."],
        ["Face ID login stopped working", "Since updating my iPhone, Face ID login no longer works in the app and it asks for my password every time."],
        ["Session expires immediately", "I log in successfully but I'm logged out again after a few seconds. I can't stay signed in."],
      ],
      ar: [
        ["لا أستطيع تسجيل الدخول", "كلما حاولت تسجيل الدخول إلى التطبيق تظهر رسالة بيانات الدخول غير صحيحة رغم أن كلمة المرور صحيحة."],
        ["الحساب مقفل بعد محاولات الدخول", "تم قفل حسابي بعد ثلاث محاولات فاشلة لتسجيل الدخول، كيف يمكنني الدخول مرة أخرى؟"],
        ["صفحة الدخول لا تعمل", "عند الدخول من الموقع تبقى صفحة تسجيل الدخول تحمّل ولا تفتح لوحة التحكم."],
        ["الخروج التلقائي من الحساب", "أقوم بتسجيل الدخول بنجاح ثم يتم تسجيل خروجي بعد ثوانٍ، لا أستطيع البقاء متصلاً."],
      ],
    },
    app_errors: {
      en: [
        ["App crashes on startup", "The Android app crashes immediately after the splash screen. I've reinstalled it twice and it still closes."],
        ["Error 500 when opening statements", "I get 'Something went wrong, error 500' whenever I open the statements tab."],
        ["Button not working", "The Confirm button on the transfer screen does nothing when I tap it. No error message, nothing happens."],
        ["Blank screen after update", "After the latest app update I only see a white blank screen. The app is unusable."],
        ["Unexpected error message", "The app shows 'unexpected error, please try again later' every time I try to open the profile page."],
      ],
      ar: [
        ["التطبيق يتوقف عن العمل", "التطبيق على أندرويد يغلق فجأة مباشرة بعد فتحه، أعدت تثبيته مرتين ولا يزال يتعطل."],
        ["رسالة خطأ عند فتح الكشوفات", "تظهر لي رسالة حدث خطأ ما رمز ٥٠٠ كلما فتحت صفحة الكشوفات."],
        ["شاشة بيضاء بعد التحديث", "بعد آخر تحديث للتطبيق تظهر شاشة بيضاء فارغة ولا يمكنني استخدامه."],
        ["زر التأكيد لا يعمل", "زر التأكيد في شاشة التحويل لا يستجيب عند الضغط عليه ولا تظهر أي رسالة خطأ."],
      ],
    },
    performance_issues: {
      en: [
        ["App is very slow", "The app takes more than 30 seconds to load the home screen. It used to be instant."],
        ["Website timing out", "Pages on the web portal keep timing out and loading very slowly during market hours."],
        ["Charts load slowly", "The charts take forever to render and the app freezes while scrolling."],
        ["High battery usage", "Your app is draining my phone battery and makes the phone hot, even in the background."],
        ["Lag when switching tabs", "There's a noticeable lag of several seconds every time I switch between tabs in the app."],
      ],
      ar: [
        ["التطبيق بطيء جدا", "التطبيق يستغرق أكثر من ثلاثين ثانية لتحميل الصفحة الرئيسية، كان سريعاً في السابق."],
        ["بطء الموقع", "صفحات الموقع بطيئة جداً وتنتهي مهلة التحميل خلال ساعات التداول."],
        ["تجمد التطبيق", "الرسوم البيانية تأخذ وقتاً طويلاً في التحميل والتطبيق يتجمد أثناء التمرير."],
        ["استهلاك البطارية", "التطبيق يستهلك بطارية الهاتف بشكل كبير ويسبب سخونة الجهاز."],
      ],
    },
    two_factor_authentication: {
      en: [
        ["Not receiving OTP code", "I'm not receiving the SMS verification code when signing in, so I can't complete two-factor authentication."],
        ["Lost phone with authenticator app", "I lost my phone which had the authenticator app. How can I reset two-factor authentication on my account?"],
        ["OTP expires too quickly", "The one-time password expires before I can enter it. Can the OTP be valid for longer?"],
        ["Change 2FA phone number", "I changed my mobile number and the 2FA codes are still being sent to the old number."],
        ["Use authenticator app instead of SMS", "How do I switch my two-factor authentication from SMS to Google Authenticator?"],
      ],
      ar: [
        ["لا يصلني رمز التحقق", "لا تصلني رسالة رمز التحقق OTP عند تسجيل الدخول، لذلك لا أستطيع إكمال المصادقة الثنائية."],
        ["فقدت هاتفي وتطبيق المصادقة", "فقدت هاتفي الذي عليه تطبيق المصادقة، كيف يمكنني إعادة ضبط المصادقة الثنائية لحسابي؟"],
        ["تغيير رقم الجوال للمصادقة الثنائية", "غيرت رقم جوالي وما زالت رموز التحقق تُرسل إلى الرقم القديم."],
        ["انتهاء صلاحية الرمز بسرعة", "رمز التحقق لمرة واحدة تنتهي صلاحيته قبل أن أتمكن من إدخاله."],
      ],
    },
    data_sync: {
      en: [
        ["Balance differs between app and website", "The balance in the mobile app is different from the balance on the website. Which one is correct?"],
        ["Transactions not updating", "My recent transactions haven't synced to the app since yesterday; the list is out of date."],
        ["Prices not refreshing", "The app still shows last week's prices. Pull to refresh does not update the data."],
        ["Data not syncing across devices", "Changes I make on my tablet, like watchlist items, don't appear on my phone. Sync seems broken."],
        ["Exported history out of sync", "The transaction history export doesn't match what the app shows; some entries are missing or duplicated."],
      ],
      ar: [
        ["الرصيد مختلف بين التطبيق والموقع", "الرصيد الظاهر في تطبيق الجوال يختلف عن الرصيد في الموقع الإلكتروني، أيهما الصحيح؟"],
        ["العمليات لا تتحدث", "آخر العمليات لم تتم مزامنتها في التطبيق منذ أمس والقائمة غير محدثة."],
        ["البيانات لا تتزامن بين الأجهزة", "التغييرات التي أجريها على الجهاز اللوحي لا تظهر على هاتفي، يبدو أن المزامنة لا تعمل."],
        ["الأسعار غير محدثة", "التطبيق ما زال يعرض أسعار الأسبوع الماضي ولا تتحدث البيانات حتى بعد إعادة فتحه."],
      ],
    },
  },

  account_management: {
    account_opening: {
      en: [
        ["Open a new investment account", "I'd like to open a new account. What documents do I need and how long does approval take?"],
        ["Joint account opening", "Can my wife and I open a joint account? We both want access to the same account."],
        ["Application stuck in review", "I submitted my account opening application four days ago and it's still 'under review'."],
        ["Opening an account as a non-resident", "I'm not a UAE resident. Am I eligible to open an account with you?"],
        ["Corporate account registration", "We want to register a corporate account for our company. What is the onboarding process for businesses?"],
      ],
      ar: [
        ["فتح حساب جديد", "أرغب في فتح حساب جديد لديكم، ما هي المستندات المطلوبة وكم تستغرق الموافقة؟"],
        ["فتح حساب مشترك", "هل يمكنني فتح حساب مشترك مع زوجتي بحيث نستخدمه معاً؟"],
        ["طلب فتح الحساب قيد المراجعة", "قدمت طلب فتح حساب منذ أربعة أيام وما زال تحت المراجعة."],
        ["فتح حساب لغير المقيمين", "أنا غير مقيم في الإمارات، هل يحق لي فتح حساب لديكم؟"],
      ],
    },
    profile_update: {
      en: [
        ["Update my address", "I moved to a new apartment. Please update the residential address on my profile."],
        ["Change email address", "I need to change the email address linked to my account because I no longer use the old one."],
        ["Update mobile number", "How can I update my mobile phone number in my profile? The app won't accept the new number."],
        ["Name spelling mistake", "My last name is spelled incorrectly on my profile. It should be Al-Mansoori, not Al-Mansouri."],
        ["Add a beneficiary", "I want to add a nominee / beneficiary to my account and update my marital status."],
      ],
      ar: [
        ["تحديث العنوان", "انتقلت إلى سكن جديد، أرجو تحديث عنوان السكن في ملفي الشخصي."],
        ["تغيير البريد الإلكتروني", "أريد تغيير البريد الإلكتروني المرتبط بحسابي لأنني لم أعد أستخدم البريد القديم."],
        ["تحديث رقم الهاتف", "كيف يمكنني تحديث رقم هاتفي في الملف الشخصي؟ التطبيق لا يقبل الرقم الجديد."],
        ["خطأ في كتابة الاسم", "اسم العائلة مكتوب بشكل خاطئ في بياناتي الشخصية، أرجو تعديله."],
      ],
    },
    account_closure: {
      en: [
        ["Close my account", "Please close my account permanently. I no longer want to use your services."],
        ["Delete my account and data", "I want to delete my account and all personal data you hold about me."],
        ["Closing account after moving abroad", "I'm relocating abroad and would like to close my account and transfer the remaining balance."],
        ["Account closure request pending", "I asked to close my account two weeks ago and it's still active. Please confirm the closure."],
        ["Deactivate account temporarily", "Can I deactivate or freeze my account temporarily instead of closing it completely?"],
      ],
      ar: [
        ["إغلاق الحساب", "أرجو إغلاق حسابي نهائياً، لم أعد أرغب في استخدام خدماتكم."],
        ["حذف الحساب والبيانات", "أريد حذف حسابي وجميع بياناتي الشخصية المحفوظة لديكم."],
        ["طلب الإغلاق لم ينفذ", "طلبت إغلاق حسابي منذ أسبوعين وما زال الحساب نشطاً، أرجو تأكيد الإغلاق."],
        ["تجميد الحساب مؤقتا", "هل يمكن إيقاف حسابي مؤقتاً بدلاً من إغلاقه بالكامل؟"],
      ],
    },
    kyc_verification: {
      en: [
        ["KYC verification pending", "My identity verification has been pending for a week. I uploaded my Emirates ID and passport already."],
        ["ID document rejected", "My Emirates ID upload was rejected during KYC because the photo was blurry. Can I resubmit?"],
        ["Selfie verification failed", "The selfie liveness check keeps failing during verification even in good lighting."],
        ["Update expired ID", "The app says my ID has expired and I must re-verify my identity. Where do I upload the renewed Emirates ID?"],
        ["Proof of address not accepted", "You rejected my utility bill as proof of address for verification. What documents are accepted?"],
      ],
      ar: [
        ["التحقق من الهوية معلق", "عملية التحقق من هويتي معلقة منذ أسبوع رغم أنني رفعت الهوية الإماراتية وجواز السفر."],
        ["رفض صورة الهوية", "تم رفض صورة الهوية أثناء التحقق لأنها غير واضحة، هل يمكنني إعادة رفعها؟"],
        ["فشل التحقق بالصورة الشخصية", "التحقق بالصورة الشخصية (السيلفي) يفشل في كل مرة حتى مع إضاءة جيدة."],
        ["تحديث الهوية المنتهية", "يظهر التطبيق أن هويتي منتهية الصلاحية ويجب إعادة التحقق، أين أرفع الهوية الجديدة؟"],
      ],
    },
    password_reset: {
      en: [
        ["Forgot my password", "I forgot my password and need to reset it. The reset link isn't arriving in my inbox."],
        ["Password reset link expired", "The password reset link says it has expired even though I clicked it right away."],
        ["Can't set new password", "When I try to set a new password it says it doesn't meet the requirements, but it has letters, numbers and symbols."],
        ["Change my password", "How do I change my password from the app settings? I think someone may know my current one."],
        ["Reset email goes to old address", "The reset password email is being sent to my old email address that I can't access."],
      ],
      ar: [
        ["نسيت كلمة المرور", "نسيت كلمة المرور وأريد إعادة تعيينها، لكن رابط إعادة التعيين لا يصل إلى بريدي."],
        ["رابط إعادة التعيين منتهي", "رابط إعادة تعيين كلمة المرور يظهر أنه منتهي الصلاحية رغم أنني فتحته مباشرة."],
        ["تغيير كلمة المرور", "كيف أغير كلمة المرور من إعدادات التطبيق؟ أعتقد أن شخصاً آخر يعرفها."],
        ["كلمة المرور الجديدة غير مقبولة", "عند إدخال كلمة مرور جديدة تظهر رسالة أنها لا تستوفي الشروط رغم أنها تحتوي على أرقام ورموز."],
      ],
    },
  },

  compliance: {
    regulatory_inquiry: {
      en: [
        ["Which authority regulates you", "Are you licensed and regulated by the SCA or the DFSA? I need the license number for my records."],
        ["Investor protection rules", "What investor protection rules apply to my account if the company goes bankrupt?"],
        ["New regulation on crypto", "Does the new central bank regulation affect my ability to hold crypto-linked products through you?"],
        ["Complaint to the regulator", "How do I escalate a complaint to the regulator if I'm not satisfied with your response?"],
        ["Suitability assessment requirement", "Why am I required to complete a suitability and appropriateness assessment? Is this a regulatory requirement?"],
      ],
      ar: [
        ["الجهة الرقابية", "هل شركتكم مرخصة من هيئة الأوراق المالية والسلع؟ أحتاج رقم الترخيص."],
        ["حماية المستثمر", "ما هي قواعد حماية المستثمرين التي تنطبق على حسابي في حال إفلاس الشركة؟"],
        ["تقديم شكوى للجهة التنظيمية", "كيف يمكنني تصعيد شكوى إلى الجهة التنظيمية إذا لم أكن راضياً عن ردكم؟"],
        ["متطلبات تقييم الملاءمة", "لماذا يجب علي إكمال تقييم الملاءمة؟ هل هذا متطلب تنظيمي من المصرف المركزي؟"],
      ],
    },
    document_request: {
      en: [
        ["Stamped statement for embassy", "I need an official stamped account statement for the last six months for my visa application at the embassy."],
        ["Certificate of holdings", "Please issue a certificate of holdings or balance confirmation letter addressed to my bank."],
        ["Audit confirmation letter", "Our auditors require a confirmation letter of the balances held in our corporate account as of 31 December."],
        ["Copy of signed agreement", "Can you send me a copy of the client agreement and terms I signed when opening the account?"],
        ["Trade confirmations for my lawyer", "My lawyer needs copies of all trade confirmations for 2025. How can I request these documents?"],
      ],
      ar: [
        ["طلب كشف حساب مختوم", "أحتاج كشف حساب رسمي مختوم لآخر ستة أشهر لتقديمه إلى السفارة من أجل التأشيرة."],
        ["شهادة رصيد", "أرجو إصدار شهادة رصيد أو خطاب تأكيد الأرصدة موجه إلى البنك."],
        ["نسخة من العقد", "أرجو إرسال نسخة من اتفاقية العميل والشروط التي وقعتها عند فتح الحساب."],
        ["خطاب تأكيد للمدقق", "يطلب المدقق الخارجي خطاب تأكيد بأرصدة حساب الشركة كما في ٣١ ديسمبر."],
      ],
    },
    aml_review: {
      en: [
        ["Account frozen for review", "My account was frozen and a notice says it is under AML review. What information do you need from me?"],
        ["Source of funds request", "I received an email asking for proof of source of funds for a large deposit. What documents are acceptable?"],
        ["Transaction blocked for compliance", "My transfer was blocked pending a compliance check. How long will the anti-money laundering review take?"],
        ["Enhanced due diligence questionnaire", "I was asked to fill in an enhanced due diligence questionnaire about my income and wealth. Why?"],
        ["Suspicious activity flag", "Why was my account flagged for suspicious activity? I only received a salary transfer from my employer abroad."],
      ],
      ar: [
        ["تجميد الحساب للمراجعة", "تم تجميد حسابي وظهرت رسالة بأنه قيد مراجعة مكافحة غسل الأموال، ما المطلوب مني؟"],
        ["إثبات مصدر الأموال", "وصلني بريد يطلب إثبات مصدر الأموال لإيداع كبير، ما هي المستندات المقبولة؟"],
        ["تحويل موقوف لفحص الامتثال", "تم إيقاف التحويل الخاص بي بانتظار فحص الامتثال، كم تستغرق المراجعة؟"],
        ["استبيان العناية الواجبة", "طلب مني تعبئة استبيان العناية الواجبة المعززة عن دخلي وثروتي، لماذا؟"],
      ],
    },
    tax_reporting: {
      en: [
        ["Annual tax statement", "Where can I download my annual tax statement for investment income and capital gains?"],
        ["FATCA form question", "I'm a US citizen living in Dubai. Do I need to fill in a W-9 for FATCA reporting?"],
        ["CRS self-certification", "I received a request to complete the CRS tax residency self-certification. Which countries should I list?"],
        ["Withholding tax on US dividends", "Why is 30% withholding tax deducted on my US dividends? I submitted a W-8BEN form."],
        ["Tax residency change", "I became a tax resident of the UK this year. How do I update my tax residency information for reporting?"],
      ],
      ar: [
        ["كشف ضريبي سنوي", "من أين يمكنني تحميل الكشف الضريبي السنوي لدخل الاستثمار والأرباح الرأسمالية؟"],
        ["نموذج فاتكا", "أنا مواطن أمريكي مقيم في دبي، هل يجب علي تعبئة نموذج W-9 لأغراض فاتكا؟"],
        ["الإقرار الذاتي للإقامة الضريبية", "وصلني طلب لإكمال نموذج الإقرار الذاتي للإقامة الضريبية CRS، ما الدول التي يجب ذكرها؟"],
        ["ضريبة الاستقطاع", "لماذا يتم خصم ضريبة استقطاع بنسبة ٣٠٪ من توزيعات الأسهم الأمريكية؟"],
      ],
    },
    sanctions_screening: {
      en: [
        ["Transfer held for sanctions screening", "My outgoing transfer is on hold for sanctions screening. The beneficiary is a family member. When will it be released?"],
        ["Name match with sanctions list", "I was told my name partially matches a sanctions list entry. How can I prove it is not me?"],
        ["Can I send money to this country", "Are payments to beneficiaries in sanctioned countries allowed, or are they restricted?"],
        ["Watchlist screening hit", "My request is delayed because of a watchlist screening hit. What documents clear a false positive?"],
        ["Sanctioned bank question", "The receiving bank was rejected as sanctioned. Which banks can I use instead?"],
      ],
      ar: [
        ["تحويل معلق بسبب فحص العقوبات", "التحويل الصادر معلق لفحص العقوبات، والمستفيد أحد أفراد عائلتي. متى سيتم الإفراج عنه؟"],
        ["تطابق الاسم مع قائمة العقوبات", "أخبروني أن اسمي يتطابق جزئياً مع اسم في قائمة العقوبات، كيف أثبت أنه ليس أنا؟"],
        ["التحويل إلى دول خاضعة للعقوبات", "هل يسمح بالتحويل إلى مستفيدين في دول خاضعة للعقوبات الدولية؟"],
        ["بنك مدرج في قائمة العقوبات", "تم رفض البنك المستقبل لأنه مدرج في قوائم العقوبات، ما البنوك البديلة؟"],
      ],
    },
  },

  billing_support: {
    payment_failed: {
      en: [
        ["Card payment declined", "My card payment for the premium plan was declined even though I have enough balance."],
        ["Payment failed but money deducted", "The payment failed in the app but the amount of 250 AED was deducted from my bank account."],
        ["Unable to pay with Apple Pay", "Apple Pay payment fails at the last step with 'transaction could not be completed'."],
        ["Auto-debit failed", "My monthly auto-debit failed and now my subscription shows overdue. Please retry the payment."],
        ["Card payment not going through", "I'm trying to pay with my Visa card but the payment gateway keeps giving an error."],
      ],
      ar: [
        ["رفض الدفع بالبطاقة", "تم رفض الدفع ببطاقتي للاشتراك المميز رغم وجود رصيد كافٍ."],
        ["فشل الدفع وتم خصم المبلغ", "فشلت عملية الدفع في التطبيق لكن تم خصم مبلغ ٢٥٠ درهم من حسابي البنكي."],
        ["فشل الخصم التلقائي", "فشل الخصم الشهري التلقائي والآن يظهر اشتراكي متأخر السداد، أرجو إعادة محاولة الدفع."],
        ["بوابة الدفع لا تعمل", "أحاول الدفع بالبطاقة لكن بوابة الدفع ترفض العملية في كل مرة."],
      ],
    },
    refund_request: {
      en: [
        ["Refund for duplicate charge", "I was charged twice for the same subscription this month. Please refund the duplicate charge."],
        ["Refund after cancellation", "I cancelled my premium plan within the 14-day period and would like a full refund."],
        ["Refund not received", "You promised a refund 10 days ago (TXN-88231) but it hasn't appeared on my credit card statement."],
        ["Charged after cancelling", "I cancelled my subscription but I was still charged this month. I want my money back."],
        ["Partial refund request", "I downgraded mid-month; can I get a partial refund for the unused days?"],
      ],
      ar: [
        ["استرداد مبلغ مخصوم مرتين", "تم خصم رسوم الاشتراك مرتين هذا الشهر، أرجو استرداد المبلغ المكرر."],
        ["طلب استرجاع المبلغ بعد الإلغاء", "ألغيت الاشتراك خلال فترة ١٤ يوماً وأرغب في استرجاع كامل المبلغ."],
        ["لم يصلني المبلغ المسترد", "وعدتموني باسترداد المبلغ منذ عشرة أيام ولم يظهر في كشف بطاقتي الائتمانية."],
        ["خصم بعد إلغاء الاشتراك", "ألغيت اشتراكي ومع ذلك تم خصم المبلغ هذا الشهر، أريد استرجاع أموالي."],
      ],
    },
    fee_inquiry: {
      en: [
        ["What is this fee", "There's a 15 USD fee on my statement labelled 'platform fee'. What is it for?"],
        ["Management fee too high", "The management fee charged this quarter is higher than the 1% I was told. Please explain the calculation."],
        ["Transfer fees", "Do you charge any fees for international transfers or currency conversion?"],
        ["Hidden charges", "I noticed small charges every month that I didn't agree to. What are these charges?"],
        ["Fee schedule", "Where can I find the full fee schedule and pricing for each plan?"],
      ],
      ar: [
        ["رسوم غير معروفة", "ظهرت رسوم بقيمة ١٥ دولار في كشف حسابي باسم رسوم المنصة، ما هي هذه الرسوم؟"],
        ["رسوم الإدارة مرتفعة", "رسوم الإدارة لهذا الربع أعلى من نسبة ١٪ المتفق عليها، أرجو توضيح طريقة الحساب."],
        ["رسوم التحويل الدولي", "هل توجد رسوم على التحويلات الدولية أو تحويل العملات؟"],
        ["جدول الرسوم", "أين يمكنني الاطلاع على جدول الرسوم والأسعار الكامل لكل باقة؟"],
      ],
    },
    invoice_request: {
      en: [
        ["Need a VAT invoice", "Please send me a VAT invoice for my subscription payments so I can claim them for my business."],
        ["Invoice for last month", "I can't find the invoice for last month's payment in the billing section. Can you email it?"],
        ["Company name on invoice", "The invoices should be issued to my company name and TRN, not my personal name. Please reissue them."],
        ["Download all invoices", "Is there a way to download all my invoices for the year as PDF at once?"],
        ["Receipt for payment", "I need a receipt for the payment I made on 3 March for my expense report."],
      ],
      ar: [
        ["فاتورة ضريبية", "أرجو إرسال فاتورة ضريبية لمدفوعات الاشتراك لاستخدامها في حسابات شركتي."],
        ["فاتورة الشهر الماضي", "لا أجد فاتورة دفعة الشهر الماضي في قسم الفواتير، هل يمكن إرسالها بالبريد؟"],
        ["اسم الشركة على الفاتورة", "يجب إصدار الفواتير باسم شركتي ورقمها الضريبي وليس باسمي الشخصي، أرجو إعادة إصدارها."],
        ["إيصال الدفع", "أحتاج إيصالاً بالدفعة التي قمت بها في ٣ مارس لتقديمه لجهة العمل."],
      ],
    },
    subscription_change: {
      en: [
        ["Upgrade to premium plan", "I want to upgrade my subscription from Basic to Premium. Will I be charged the difference?"],
        ["Downgrade my plan", "Please downgrade my plan to the free tier starting next billing cycle."],
        ["Cancel subscription", "How do I cancel my monthly subscription? I don't see the option in the app."],
        ["Switch to annual billing", "Can I switch from monthly to annual billing to get the discount?"],
        ["Pause my subscription", "I'd like to pause my subscription for two months while I'm travelling."],
      ],
      ar: [
        ["الترقية إلى الباقة المميزة", "أرغب في ترقية اشتراكي من الباقة الأساسية إلى الباقة المميزة، هل سأدفع الفرق؟"],
        ["تخفيض الباقة", "أرجو تخفيض باقتي إلى الباقة المجانية بدءاً من دورة الفوترة القادمة."],
        ["إلغاء الاشتراك الشهري", "كيف يمكنني إلغاء اشتراكي الشهري؟ لا أجد الخيار في التطبيق."],
        ["التحويل إلى الاشتراك السنوي", "هل يمكنني التحويل من الدفع الشهري إلى الاشتراك السنوي للحصول على الخصم؟"],
      ],
    },
  },
};

export const TRAINING_TICKETS: readonly LabelledTicket[] = flattenTicketCorpus(CORPUS);
