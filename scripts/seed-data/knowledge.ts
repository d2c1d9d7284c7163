import type { KnowledgeArticle, KnowledgeCategory } from "./types.js";

/*
 * The knowledge base of the specification (knowledgeBase.articleCategories): its four categories
 * with their names and descriptions, and its twenty articles under their keys (each article's
 * key is its slug in English and Arabic). NexVestXR V2: tokenised real-estate investing with the
 * XERA and PROPX dual tokens, wallets, staking, trading and liquidity pools.
 *
 * Facts used consistently across articles, macros and customer context:
 * - Support (UTC+4): weekdays 08:00–20:00, weekends 10:00–18:00; the in-app assistant answers 24/7.
 * - KYC: Emirates ID or passport, a selfie check and proof of address; reviewed within 24–48 hours.
 *   Verified: invest up to AED 100,000 a month; Enhanced (source of funds): up to AED 1,000,000.
 * - XERA: the platform token, a diversified basket of income-producing properties across UAE city
 *   pools; from AED 100; staking, 25% trading-fee discount, governance votes.
 *   PROPX: one token series per premium property; from AED 500; rental income paid quarterly.
 * - Deposits: bank transfer free (1 business day); card 2.5% (up to AED 20,000 a day).
 *   Withdrawals to a UAE bank free, international AED 25, 1–3 business days.
 * - Trading: maker 0.10%, taker 0.25%, minimum order AED 50; liquidity-pool swaps 0.30%
 *   (0.25% to liquidity providers). External wallet transfers pay the network fee.
 * - Failed card payments: the hold is released by the bank within 5–10 business days;
 *   refunds of unused card deposits can be requested within 30 days.
 */

export const KNOWLEDGE_CATEGORIES: KnowledgeCategory[] = [
  {
    key: "getting_started",
    name: "Getting Started",
    nameAr: "البدء",
    description: "Basic platform orientation and first steps",
  },
  {
    key: "investment_guide",
    name: "Investment Guide",
    nameAr: "دليل الاستثمار",
    description: "Investment processes and strategies",
  },
  { key: "trading_help", name: "Trading Help", nameAr: "مساعدة التداول", description: "Trading platform and features" },
  {
    key: "troubleshooting",
    name: "Troubleshooting",
    nameAr: "حل المشكلات",
    description: "Common issues and solutions",
  },
];

const GETTING_STARTED_ARTICLES: KnowledgeArticle[] = [
  {
    key: "how_to_register_account",
    categoryKey: "getting_started",
    tags: ["registration", "sign-up", "account", "onboarding"],
    keywords: {
      en: ["register", "create account", "open account", "sign up", "verification code", "otp"],
      ar: ["تسجيل", "إنشاء حساب", "فتح حساب", "رمز التحقق"],
    },
    en: {
      title: "How to register an account",
      body: `# How to register an account

Registering with NexVestXR takes about five minutes in the mobile app or on the website. Your account gives you a NexVestXR Wallet for AED and tokens, access to XERA and PROPX investments, and the trading platform once your identity is verified.

## Before you start

- You must be at least 18 years old.
- Use an email address and a mobile number that only you can access.
- Have your Emirates ID or passport ready for the verification step that follows.

## Steps

1. Open the NexVestXR app or website and select **Create account**.
2. Enter your email address and mobile number. We send a six-digit code to each; enter both codes to confirm them. Codes expire after 10 minutes.
3. Choose a password of at least 12 characters with a number and a symbol.
4. Enter your full name exactly as it appears on your ID, your date of birth and your country of residence.
5. Choose your preferred language (English or Arabic). Support replies to you in this language.
6. Accept the terms of use and the risk disclosure, then select **Register**.
7. Turn on two-factor authentication when the app offers it. It protects your wallet and is required before your first withdrawal.

## After registering

You can browse properties and the market straight away. To deposit, invest or trade, complete KYC verification; most applications are reviewed within 24–48 hours.

## Common questions

**The code never arrived.** Check your spam folder, wait one minute and select **Resend code**.

**Can I register a company?** Corporate accounts are opened by our onboarding team: contact support from the app.
`,
    },
    ar: {
      title: "كيفية تسجيل حساب",
      body: `# كيفية تسجيل حساب

يستغرق التسجيل في NexVestXR نحو خمس دقائق عبر تطبيق الهاتف أو الموقع الإلكتروني. يمنحك حسابك محفظة NexVestXR للدرهم والرموز، وإمكانية الاستثمار في XERA و PROPX، والوصول إلى منصة التداول بعد التحقق من هويتك.

## قبل أن تبدأ

- يجب ألا يقل عمرك عن 18 عامًا.
- استخدم بريدًا إلكترونيًا ورقم هاتف لا يستطيع أحد غيرك الوصول إليهما.
- جهّز بطاقة الهوية الإماراتية أو جواز السفر لخطوة التحقق التي تلي التسجيل.

## الخطوات

1. افتح تطبيق NexVestXR أو الموقع الإلكتروني واختر **إنشاء حساب**.
2. أدخل بريدك الإلكتروني ورقم هاتفك. نرسل رمزًا من ستة أرقام إلى كلٍّ منهما؛ أدخل الرمزين لتأكيدهما. تنتهي صلاحية الرموز بعد 10 دقائق.
3. اختر كلمة مرور لا تقل عن 12 حرفًا وتتضمن رقمًا ورمزًا.
4. أدخل اسمك الكامل كما يظهر في وثيقة هويتك، وتاريخ ميلادك، وبلد إقامتك.
5. اختر لغتك المفضلة (العربية أو الإنجليزية). يرد عليك فريق الدعم بهذه اللغة.
6. وافق على شروط الاستخدام وبيان المخاطر، ثم اختر **تسجيل**.
7. فعّل المصادقة الثنائية عندما يعرضها التطبيق؛ فهي تحمي محفظتك وهي مطلوبة قبل أول عملية سحب.

## بعد التسجيل

يمكنك تصفح العقارات والسوق فورًا. أما الإيداع والاستثمار والتداول فتتطلب إكمال التحقق من الهوية (اعرف عميلك)، وتتم مراجعة معظم الطلبات خلال 24 إلى 48 ساعة.

## أسئلة شائعة

**لم يصلني الرمز.** تحقق من مجلد الرسائل غير المرغوب فيها، وانتظر دقيقة ثم اختر **إعادة إرسال الرمز**.

**هل يمكنني تسجيل شركة؟** يفتح فريق التسجيل لدينا حسابات الشركات؛ تواصل مع الدعم من داخل التطبيق.
`,
    },
  },
  {
    key: "completing_kyc_verification",
    categoryKey: "getting_started",
    tags: ["kyc", "verification", "identity", "documents"],
    keywords: {
      en: ["verify identity", "emirates id", "passport", "selfie", "proof of address", "know your customer"],
      ar: ["التحقق من الهوية", "الهوية الإماراتية", "جواز السفر", "إثبات العنوان", "اعرف عميلك"],
    },
    en: {
      title: "Completing KYC verification",
      body: `# Completing KYC verification

Know Your Customer (KYC) verification confirms who you are. It is required by UAE anti-money-laundering rules before you can deposit, invest in XERA or PROPX, trade or withdraw. We typically process applications within 24–48 hours.

## What you need

- Your Emirates ID (both sides) or a passport valid for at least three more months.
- A phone with a front camera for the selfie check.
- Proof of address dated within the last three months: a utility bill, bank statement or tenancy contract (Ejari).

## Steps

1. In the app, go to **Profile → Verification** and select **Start verification**.
2. Choose your document type and photograph it on a flat, well-lit surface. All four corners must be visible and the text sharp, with no glare.
3. Take the selfie: keep your face inside the oval and follow the on-screen prompts (blink, turn your head).
4. Upload your proof of address as a photo or PDF of up to 10 MB.
5. Answer the short questions about your occupation, source of funds and investment experience.
6. Review your answers and select **Submit**.

## Verification levels

- **Verified**: invest up to AED 100,000 a month.
- **Enhanced**: after you add proof of income or source of funds, up to AED 1,000,000 a month.

## If something is rejected

The app tells you which document failed and why (blurred photo, expired ID, name mismatch). Upload a new one from the same screen; you do not have to start again. If the review takes longer than 48 hours, contact support and quote your verification reference.
`,
    },
    ar: {
      title: "إكمال التحقق من الهوية (اعرف عميلك)",
      body: `# إكمال التحقق من الهوية (اعرف عميلك)

يؤكد التحقق من الهوية (اعرف عميلك) من أنت، وهو مطلوب بموجب قواعد مكافحة غسل الأموال في دولة الإمارات قبل أن تتمكن من الإيداع أو الاستثمار في XERA أو PROPX أو التداول أو السحب. نعالج الطلبات عادةً خلال 24 إلى 48 ساعة.

## ما تحتاج إليه

- بطاقة الهوية الإماراتية (الوجهان) أو جواز سفر صالح لثلاثة أشهر على الأقل.
- هاتف بكاميرا أمامية لالتقاط الصورة الذاتية.
- إثبات عنوان لا يزيد عمره على ثلاثة أشهر: فاتورة خدمات أو كشف حساب بنكي أو عقد إيجار (إيجاري).

## الخطوات

1. في التطبيق، انتقل إلى **الملف الشخصي ← التحقق** واختر **بدء التحقق**.
2. اختر نوع الوثيقة وصوّرها على سطح مستوٍ وفي إضاءة جيدة. يجب أن تظهر الزوايا الأربع وأن يكون النص واضحًا دون انعكاس.
3. التقط الصورة الذاتية: أبقِ وجهك داخل الإطار البيضاوي واتبع التعليمات على الشاشة (رمش العينين، إدارة الرأس).
4. حمّل إثبات العنوان كصورة أو ملف PDF لا يتجاوز 10 ميغابايت.
5. أجب عن الأسئلة القصيرة حول مهنتك ومصدر أموالك وخبرتك الاستثمارية.
6. راجع إجاباتك واختر **إرسال**.

## مستويات التحقق

- **موثّق**: استثمار حتى 100,000 درهم شهريًا.
- **معزّز**: بعد إضافة إثبات الدخل أو مصدر الأموال، حتى 1,000,000 درهم شهريًا.

## إذا رُفض مستند

يوضح التطبيق المستند المرفوض وسبب الرفض (صورة غير واضحة، هوية منتهية، عدم تطابق الاسم). حمّل مستندًا جديدًا من الشاشة نفسها دون الحاجة إلى البدء من جديد. إذا تجاوزت المراجعة 48 ساعة، تواصل مع الدعم واذكر رقم مرجع التحقق.
`,
    },
  },
  {
    key: "making_first_investment",
    categoryKey: "getting_started",
    tags: ["first-investment", "deposit", "xera", "propx"],
    keywords: {
      en: ["invest", "buy tokens", "fund account", "add funds", "minimum investment", "bank transfer"],
      ar: ["استثمار", "شراء الرموز", "إيداع", "الحد الأدنى للاستثمار", "تحويل بنكي"],
    },
    en: {
      title: "Making your first investment",
      body: `# Making your first investment

Once your KYC verification is approved you can fund your NexVestXR Wallet and buy your first tokens. You can start with XERA from AED 100, or with a single property's PROPX tokens from AED 500 (the minimum is shown on each listing).

## Fund your wallet

1. Go to **Wallet → Add funds**.
2. Choose a method: bank transfer (free, usually credited within one business day) or debit/credit card (2.5% fee, up to AED 20,000 a day, credited instantly).
3. For a bank transfer, copy the IBAN and your personal reference exactly. Without the reference we cannot match the transfer to your account.

## Buy XERA or PROPX

1. Open **Invest** and choose **XERA** for a diversified basket of properties, or open a property to buy its **PROPX** tokens.
2. Read the property or pool fact sheet: projected rental yield, occupancy, fees and the documents of the property's holding company.
3. Enter the amount in AED. The app shows how many tokens you will receive and the fees.
4. Select **Review**, check the summary and confirm with your PIN or biometrics.

Your tokens appear under **Portfolio** within a few seconds. PROPX holders receive their share of rental income every quarter; XERA holders can also stake their tokens for rewards.

## Tips for a first investment

- Start small and spread your money across more than one property or pool.
- Investments are not guaranteed: property values and rents can go down as well as up.
- Keep some AED in your wallet if you plan to trade, so you can act quickly.
`,
    },
    ar: {
      title: "القيام بأول استثمار لك",
      body: `# القيام بأول استثمار لك

بعد اعتماد التحقق من هويتك يمكنك تمويل محفظة NexVestXR وشراء أول رموزك. يمكنك البدء بـ XERA من 100 درهم، أو برموز PROPX لعقار واحد بدءًا من 500 درهم (يظهر الحد الأدنى في صفحة كل عقار).

## موّل محفظتك

1. انتقل إلى **المحفظة ← إضافة أموال**.
2. اختر طريقة الدفع: التحويل البنكي (مجاني ويُضاف عادةً خلال يوم عمل واحد) أو بطاقة الخصم أو الائتمان (رسوم 2.5%، حتى 20,000 درهم يوميًا، وتُضاف فورًا).
3. في حالة التحويل البنكي، انسخ رقم الآيبان ورقمك المرجعي الشخصي كما هما تمامًا؛ فمن دون المرجع لا يمكننا ربط التحويل بحسابك.

## اشترِ XERA أو PROPX

1. افتح **استثمر** واختر **XERA** للحصول على سلة متنوعة من العقارات، أو افتح عقارًا لشراء رموز **PROPX** الخاصة به.
2. اقرأ صحيفة بيانات العقار أو المجمّع: العائد الإيجاري المتوقع ونسبة الإشغال والرسوم ووثائق الشركة المالكة للعقار.
3. أدخل المبلغ بالدرهم. يعرض التطبيق عدد الرموز التي ستحصل عليها والرسوم.
4. اختر **مراجعة**، وتحقق من الملخص، ثم أكّد برمزك السري أو بالبصمة.

تظهر رموزك في **المحفظة الاستثمارية** خلال ثوانٍ. يحصل حاملو PROPX على حصتهم من دخل الإيجار كل ربع سنة، ويمكن لحاملي XERA أيضًا تخزين رموزهم للحصول على مكافآت.

## نصائح لأول استثمار

- ابدأ بمبلغ صغير ووزّع أموالك على أكثر من عقار أو مجمّع.
- الاستثمارات غير مضمونة: قد تنخفض قيم العقارات والإيجارات كما قد ترتفع.
- احتفظ ببعض الدراهم في محفظتك إذا كنت تنوي التداول، لتتمكن من التصرف بسرعة.
`,
    },
  },
  {
    key: "understanding_dual_tokens",
    categoryKey: "getting_started",
    tags: ["xera", "propx", "dual-tokens", "tokenisation"],
    keywords: {
      en: ["dual token", "what is xera", "what is propx", "token model", "fractional ownership"],
      ar: ["الرموز المزدوجة", "ما هو XERA", "ما هو PROPX", "الملكية الجزئية"],
    },
    en: {
      title: "Understanding the dual tokens: XERA and PROPX",
      body: `# Understanding the dual tokens: XERA and PROPX

NexVestXR uses two kinds of token so that you can choose between broad exposure to UAE real estate and ownership of specific buildings. Both are recorded on a public blockchain and held in your NexVestXR Wallet or a connected external wallet.

## XERA: the platform token

- Represents a share of a diversified basket of income-producing properties across UAE city pools (Dubai, Abu Dhabi, Sharjah and others).
- Available from AED 100 and tradable around the clock.
- Can be staked for rewards and used in liquidity pools.
- Paying trading fees in XERA gives a 25% discount.
- Holders vote on platform proposals, such as which city pools are added next.

## PROPX: one token per property

- Each premium property is issued as its own PROPX series (for example PROPX-DXB-MARINA01), backed by the company that owns that property.
- Minimum investment from AED 500, set per property.
- Rental income, after property costs, is paid to holders every quarter in AED.
- The supply is fixed when the property is listed, so the price follows demand and the property's valuation.

## Which should I choose?

XERA suits investors who want diversification with one purchase. PROPX suits investors who have studied a particular property and want its income directly. Many investors hold both: a core of XERA with a few PROPX positions. Neither is guaranteed, and both can lose value.

To see both side by side in the app:

1. Open **Invest** and select **Compare tokens**.
2. Choose XERA and up to three PROPX properties.
3. Compare minimums, projected income, fees and trading volume, then select **Invest** on the one you prefer.
`,
    },
    ar: {
      title: "فهم الرمزين المزدوجين: XERA و PROPX",
      body: `# فهم الرمزين المزدوجين: XERA و PROPX

تستخدم NexVestXR نوعين من الرموز لتختار بين التعرض الواسع لسوق العقارات في الإمارات وامتلاك حصص في مبانٍ محددة. يُسجَّل كلاهما على سلسلة كتل عامة ويُحفظ في محفظة NexVestXR أو في محفظة خارجية مرتبطة.

## XERA: رمز المنصة

- يمثل حصة في سلة متنوعة من العقارات المدرّة للدخل في مجمّعات المدن الإماراتية (دبي وأبوظبي والشارقة وغيرها).
- متاح بدءًا من 100 درهم وقابل للتداول على مدار الساعة.
- يمكن تخزينه للحصول على مكافآت واستخدامه في مجمّعات السيولة.
- دفع رسوم التداول بـ XERA يمنحك خصمًا بنسبة 25%.
- يصوّت حاملوه على مقترحات المنصة، مثل مجمّعات المدن التي تُضاف لاحقًا.

## PROPX: رمز لكل عقار

- يُصدر كل عقار متميز كسلسلة PROPX خاصة به (مثل PROPX-DXB-MARINA01)، مدعومة بالشركة التي تملك ذلك العقار.
- الحد الأدنى للاستثمار يبدأ من 500 درهم ويُحدَّد لكل عقار.
- يُوزَّع دخل الإيجار بعد خصم تكاليف العقار على الحاملين كل ربع سنة بالدرهم.
- يُحدَّد العرض عند إدراج العقار، لذا يتبع السعر الطلب وتقييم العقار.

## أيهما أختار؟

يناسب XERA المستثمرين الذين يريدون التنويع بعملية شراء واحدة. ويناسب PROPX المستثمرين الذين درسوا عقارًا بعينه ويريدون دخله مباشرة. يحتفظ كثير من المستثمرين بالاثنين: قاعدة من XERA مع بعض مراكز PROPX. لا يوجد ضمان لأي منهما، وقد تنخفض قيمة كليهما.

لمقارنتهما جنبًا إلى جنب في التطبيق:

1. افتح **استثمر** واختر **مقارنة الرموز**.
2. اختر XERA وما يصل إلى ثلاثة عقارات PROPX.
3. قارن الحدود الدنيا والدخل المتوقع والرسوم وحجم التداول، ثم اختر **استثمر** على الخيار الذي تفضله.
`,
    },
  },
  {
    key: "mobile_app_setup",
    categoryKey: "getting_started",
    tags: ["mobile-app", "setup", "biometrics", "notifications"],
    keywords: {
      en: ["install app", "download app", "face id", "fingerprint", "push notifications", "ios", "android"],
      ar: ["تثبيت التطبيق", "تنزيل التطبيق", "بصمة الوجه", "بصمة الإصبع", "الإشعارات"],
    },
    en: {
      title: "Setting up the mobile app",
      body: `# Setting up the mobile app

The NexVestXR app for iOS and Android gives you your portfolio, wallet, trading and support in one place. Setting it up properly takes a few minutes and keeps your account secure.

## Install and sign in

1. Download **NexVestXR** from the App Store or Google Play. Check that the publisher is NexVestXR before installing; we never send download links by SMS.
2. Open the app and sign in with your email and password, or select **Create account** if you are new.
3. Enter the six-digit code we send to your phone.

## Secure the app

1. Create a six-digit app PIN. It is asked for when you open the app and when you confirm payments.
2. Turn on Face ID, Touch ID or fingerprint unlock under **Settings → Security**.
3. Turn on two-factor authentication with an authenticator app; it is stronger than SMS codes.

## Choose your notifications

Under **Settings → Notifications** choose alerts for deposits and withdrawals, filled orders, rental income payouts, staking rewards and replies from support. Price alerts can be set per token from its market page.

## Keep the app up to date

Turn on automatic updates. Older versions can lose access to trading and wallet features after a security update. The app supports iOS 15 and Android 9 or later.

## Language and display

Switch between English and Arabic under **Settings → Language**; the layout changes to right-to-left for Arabic. Your support conversations follow the same language.
`,
    },
    ar: {
      title: "إعداد تطبيق الهاتف",
      body: `# إعداد تطبيق الهاتف

يجمع تطبيق NexVestXR لأنظمة iOS و Android محفظتك الاستثمارية ومحفظتك الرقمية والتداول والدعم في مكان واحد. يستغرق إعداده بشكل صحيح دقائق قليلة ويحافظ على أمان حسابك.

## التثبيت وتسجيل الدخول

1. نزّل **NexVestXR** من App Store أو Google Play. تأكد من أن الناشر هو NexVestXR قبل التثبيت؛ فنحن لا نرسل روابط التنزيل عبر الرسائل النصية.
2. افتح التطبيق وسجّل الدخول ببريدك الإلكتروني وكلمة المرور، أو اختر **إنشاء حساب** إذا كنت مستخدمًا جديدًا.
3. أدخل الرمز المكوّن من ستة أرقام الذي نرسله إلى هاتفك.

## تأمين التطبيق

1. أنشئ رمزًا سريًا للتطبيق من ستة أرقام؛ يُطلب عند فتح التطبيق وعند تأكيد المدفوعات.
2. فعّل فتح القفل ببصمة الوجه أو بصمة الإصبع من **الإعدادات ← الأمان**.
3. فعّل المصادقة الثنائية باستخدام تطبيق مصادقة؛ فهو أقوى من رموز الرسائل النصية.

## اختر إشعاراتك

من **الإعدادات ← الإشعارات** اختر التنبيهات الخاصة بالإيداعات والسحوبات والأوامر المنفذة ومدفوعات دخل الإيجار ومكافآت التخزين وردود فريق الدعم. ويمكن ضبط تنبيهات الأسعار لكل رمز من صفحة السوق الخاصة به.

## حافظ على تحديث التطبيق

فعّل التحديثات التلقائية؛ فقد تفقد الإصدارات القديمة الوصول إلى ميزات التداول والمحفظة بعد أي تحديث أمني. يدعم التطبيق iOS 15 و Android 9 أو أحدث.

## اللغة والعرض

بدّل بين العربية والإنجليزية من **الإعدادات ← اللغة**؛ ويتحول التصميم من اليمين إلى اليسار عند اختيار العربية. وتتبع محادثات الدعم اللغة نفسها.
`,
    },
  },
];

const INVESTMENT_GUIDE_ARTICLES: KnowledgeArticle[] = [
  {
    key: "xera_vs_propx_tokens",
    categoryKey: "investment_guide",
    tags: ["xera", "propx", "comparison", "strategy"],
    keywords: {
      en: ["xera or propx", "difference", "compare tokens", "which token"],
      ar: ["الفرق بين XERA و PROPX", "مقارنة الرموز", "أي رمز"],
    },
    en: {
      title: "XERA vs PROPX tokens: which fits your goals",
      body: `# XERA vs PROPX tokens: which fits your goals

Both tokens give you exposure to UAE real estate, but they behave differently. This guide compares them side by side so you can decide how to split your investment.

## At a glance

| | XERA | PROPX |
|---|---|---|
| What you own | A share of a basket of properties in city pools | A share of one specific property |
| Minimum | AED 100 | From AED 500, set per property |
| Income | Reflected in the token value; staking rewards | Quarterly rental income in AED |
| Liquidity | Deep market, trades 24/7 | Depends on interest in that property |
| Extras | Staking, 25% fee discount, governance votes | Property documents and valuation reports |

## When XERA makes sense

- You want diversification across many buildings with one purchase.
- You want to stake tokens or provide liquidity.
- You expect to trade more often and want tighter prices.

## When PROPX makes sense

- You have studied a property's location, tenants and valuation.
- You want a regular cash income paid to your wallet.
- You are comfortable holding for several years, as a single property can take longer to sell.

## A simple approach

1. Decide how much you want in real estate overall.
2. Put the core, for example 60–80%, in XERA for diversification.
3. Use the rest for two or three PROPX properties you know well.
4. Review once a quarter, when rental income is paid.

Past performance and projected yields are not guaranteed.
`,
    },
    ar: {
      title: "رموز XERA مقابل PROPX: أيهما يناسب أهدافك",
      body: `# رموز XERA مقابل PROPX: أيهما يناسب أهدافك

يمنحك كلا الرمزين تعرضًا لسوق العقارات في الإمارات، لكنهما يختلفان في طريقة عملهما. يقارن هذا الدليل بينهما جنبًا إلى جنب لتقرر كيف توزع استثمارك.

## نظرة سريعة

| | XERA | PROPX |
|---|---|---|
| ما تملكه | حصة في سلة عقارات ضمن مجمّعات المدن | حصة في عقار واحد محدد |
| الحد الأدنى | 100 درهم | من 500 درهم، يُحدد لكل عقار |
| الدخل | ينعكس في قيمة الرمز؛ مكافآت التخزين | دخل إيجار ربع سنوي بالدرهم |
| السيولة | سوق عميق، تداول على مدار الساعة | تعتمد على الاهتمام بذلك العقار |
| مزايا إضافية | التخزين، خصم 25% على الرسوم، التصويت | وثائق العقار وتقارير التقييم |

## متى يكون XERA مناسبًا

- عندما تريد التنويع عبر مبانٍ كثيرة بعملية شراء واحدة.
- عندما تريد تخزين الرموز أو توفير السيولة.
- عندما تتوقع التداول بشكل متكرر وتريد أسعارًا أضيق.

## متى يكون PROPX مناسبًا

- عندما تكون قد درست موقع العقار ومستأجريه وتقييمه.
- عندما تريد دخلًا نقديًا منتظمًا يُدفع إلى محفظتك.
- عندما تكون مستعدًا للاحتفاظ لعدة سنوات، إذ قد يستغرق بيع عقار واحد وقتًا أطول.

## طريقة بسيطة

1. حدد المبلغ الإجمالي الذي تريد استثماره في العقارات.
2. ضع الجزء الأساسي، مثل 60 إلى 80%، في XERA للتنويع.
3. استخدم الباقي لعقارين أو ثلاثة من عقارات PROPX التي تعرفها جيدًا.
4. راجع محفظتك مرة كل ربع سنة عند صرف دخل الإيجار.

الأداء السابق والعوائد المتوقعة غير مضمونة.
`,
    },
  },
  {
    key: "property_selection_guide",
    categoryKey: "investment_guide",
    tags: ["property-selection", "propx", "due-diligence", "valuation"],
    keywords: {
      en: ["choose property", "select property", "property listing", "occupancy", "rental yield", "fact sheet"],
      ar: ["اختيار العقار", "صحيفة بيانات العقار", "نسبة الإشغال", "العائد الإيجاري"],
    },
    en: {
      title: "How to choose a property",
      body: `# How to choose a property

Every PROPX property comes with a listing page and a fact sheet. Reading them carefully is the most important step before you invest. This guide explains what to look at and in which order.

## Steps

1. **Location.** Check the area, transport links and nearby developments. Established districts usually have steadier rents; new areas can grow faster but carry more risk.
2. **Tenants and occupancy.** Look at the current occupancy rate and the length of the leases. A building that is 95% let on long leases produces more predictable income than one that is half empty.
3. **Rental yield.** The listing shows the projected net yield after service charges, maintenance and the 1% annual management fee. Compare it with similar properties on the platform.
4. **Valuation.** Read the independent valuation report and its date. Properties are revalued every six months; a large gap between the token price and the valuation deserves a closer look.
5. **Documents.** Open the title deed summary, the holding company's documents and the offering terms in the **Documents** tab.
6. **Liquidity.** Check the trading volume of the property's PROPX token. Lower volume means it may take longer to sell.

## Warning signs

- A projected yield far above similar properties without an explanation.
- An old valuation report or missing documents.
- Very few holders and almost no trading.

## Still unsure?

Start with XERA, which spreads your money across many properties, and add PROPX positions as you gain experience. Our investment specialists can explain a listing but cannot give personal advice.
`,
    },
    ar: {
      title: "كيف تختار عقارًا",
      body: `# كيف تختار عقارًا

يأتي كل عقار من عقارات PROPX مع صفحة إدراج وصحيفة بيانات. قراءتهما بعناية هي أهم خطوة قبل أن تستثمر. يشرح هذا الدليل ما يجب النظر إليه وبأي ترتيب.

## الخطوات

1. **الموقع.** تحقق من المنطقة ووسائل النقل والمشاريع القريبة. تتمتع الأحياء الراسخة عادةً بإيجارات أكثر استقرارًا، بينما قد تنمو المناطق الجديدة أسرع لكنها تحمل مخاطر أكبر.
2. **المستأجرون ونسبة الإشغال.** انظر إلى نسبة الإشغال الحالية ومدة عقود الإيجار. المبنى المؤجر بنسبة 95% بعقود طويلة يحقق دخلًا أكثر قابلية للتوقع من مبنى نصفه شاغر.
3. **العائد الإيجاري.** تعرض صفحة الإدراج صافي العائد المتوقع بعد رسوم الخدمات والصيانة ورسوم الإدارة السنوية البالغة 1%. قارنه بعقارات مماثلة على المنصة.
4. **التقييم.** اقرأ تقرير التقييم المستقل وتاريخه. يُعاد تقييم العقارات كل ستة أشهر، والفجوة الكبيرة بين سعر الرمز والتقييم تستحق نظرة أدق.
5. **الوثائق.** افتح ملخص سند الملكية ووثائق الشركة المالكة وشروط الطرح من تبويب **الوثائق**.
6. **السيولة.** تحقق من حجم تداول رمز PROPX الخاص بالعقار. فالحجم المنخفض يعني أن البيع قد يستغرق وقتًا أطول.

## علامات تحذيرية

- عائد متوقع أعلى بكثير من العقارات المماثلة دون تفسير.
- تقرير تقييم قديم أو وثائق ناقصة.
- عدد قليل جدًا من الحاملين وشبه انعدام للتداول.

## ما زلت مترددًا؟

ابدأ بـ XERA الذي يوزع أموالك على عقارات كثيرة، ثم أضف مراكز PROPX مع اكتسابك الخبرة. يمكن لمختصي الاستثمار لدينا شرح أي إدراج، لكنهم لا يقدمون نصيحة شخصية.
`,
    },
  },
  {
    key: "risk_assessment",
    categoryKey: "investment_guide",
    tags: ["risk", "risk-profile", "suitability", "volatility"],
    keywords: {
      en: ["risk questionnaire", "risk level", "can i lose money", "investment risk", "suitability test"],
      ar: ["استبيان المخاطر", "مستوى المخاطر", "هل يمكن أن أخسر", "مخاطر الاستثمار"],
    },
    en: {
      title: "Assessing investment risk",
      body: `# Assessing investment risk

Tokenised real estate is an investment, not a savings account. The value of XERA and PROPX tokens can fall, rental income can be lower than projected, and you may not always be able to sell quickly. Understanding these risks helps you invest an amount you are comfortable with.

## The main risks

- **Market risk.** Property prices and rents in the UAE move with the economy, interest rates and new supply.
- **Property risk.** A single PROPX property can lose a major tenant or need costly repairs.
- **Liquidity risk.** Tokens are sold to other investors; in a quiet market you may need to lower your price or wait.
- **Technology risk.** If you connect an external wallet, you are responsible for its security and recovery phrase.
- **Staking and pool risk.** Staked XERA may be locked for a period, and liquidity pools can suffer impermanent loss.

## Your risk profile

When you register you answer a short risk questionnaire. It places you in one of three profiles (Conservative, Balanced or Growth) and sets warnings in the app. To update it:

1. Go to **Profile → Risk profile**.
2. Select **Retake questionnaire** and answer each question honestly.
3. Review the new profile and the investment limits it suggests.

## Reducing risk

- Diversify: hold XERA and several PROPX properties rather than one.
- Invest only money you will not need in the next three to five years.
- Read each property's fact sheet and valuation report.
- Keep your account protected with two-factor authentication.
`,
    },
    ar: {
      title: "تقييم مخاطر الاستثمار",
      body: `# تقييم مخاطر الاستثمار

العقارات المرمّزة استثمار وليست حساب ادخار. قد تنخفض قيمة رموز XERA و PROPX، وقد يكون دخل الإيجار أقل من المتوقع، وقد لا تتمكن دائمًا من البيع بسرعة. فهم هذه المخاطر يساعدك على استثمار مبلغ تشعر بالارتياح تجاهه.

## المخاطر الرئيسية

- **مخاطر السوق.** تتحرك أسعار العقارات والإيجارات في الإمارات مع الاقتصاد وأسعار الفائدة والمعروض الجديد.
- **مخاطر العقار.** قد يفقد عقار PROPX واحد مستأجرًا رئيسيًا أو يحتاج إلى إصلاحات مكلفة.
- **مخاطر السيولة.** تُباع الرموز لمستثمرين آخرين؛ وفي السوق الهادئة قد تحتاج إلى خفض سعرك أو الانتظار.
- **المخاطر التقنية.** إذا ربطت محفظة خارجية فأنت مسؤول عن أمانها وعبارة الاسترداد الخاصة بها.
- **مخاطر التخزين والمجمّعات.** قد يُقفل XERA المخزّن لفترة، وقد تتعرض مجمّعات السيولة لخسارة غير دائمة.

## ملف المخاطر الخاص بك

عند التسجيل تجيب عن استبيان قصير للمخاطر يضعك في أحد ثلاثة ملفات (متحفظ أو متوازن أو نمو) ويضبط التحذيرات في التطبيق. لتحديثه:

1. انتقل إلى **الملف الشخصي ← ملف المخاطر**.
2. اختر **إعادة الاستبيان** وأجب عن كل سؤال بصدق.
3. راجع الملف الجديد وحدود الاستثمار التي يقترحها.

## تقليل المخاطر

- نوّع: احتفظ بـ XERA وبعدة عقارات PROPX بدلًا من عقار واحد.
- استثمر فقط أموالًا لن تحتاج إليها خلال ثلاث إلى خمس سنوات.
- اقرأ صحيفة بيانات كل عقار وتقرير تقييمه.
- احمِ حسابك بالمصادقة الثنائية.
`,
    },
  },
  {
    key: "portfolio_diversification",
    categoryKey: "investment_guide",
    tags: ["portfolio", "diversification", "rebalancing", "allocation"],
    keywords: {
      en: ["diversify", "spread investments", "rebalance portfolio", "asset allocation", "city pools"],
      ar: ["التنويع", "توزيع الاستثمارات", "إعادة التوازن", "مجمّعات المدن"],
    },
    en: {
      title: "Diversifying your portfolio",
      body: `# Diversifying your portfolio

Diversification means spreading your money so that one disappointing property does not decide your results. NexVestXR makes this possible with small minimums: XERA from AED 100 and PROPX from AED 500.

## Ways to diversify

- **Across tokens.** XERA already holds a basket of properties; PROPX adds specific buildings you choose.
- **Across cities.** Combine properties in Dubai, Abu Dhabi and other emirates; each city pool behaves differently.
- **Across property types.** Residential apartments, offices and retail units respond differently to the economy.
- **Across time.** Investing a fixed amount every month smooths out the price you pay.

## Build a diversified portfolio

1. Open **Portfolio → Allocation** to see your holdings by token, city and property type.
2. Set a target, for example 70% XERA and 30% PROPX spread over at least three properties.
3. Use **Recurring investment** to buy XERA automatically each month from your wallet balance.
4. Add PROPX positions in cities or property types where you have little exposure.

## Rebalancing

Once a quarter, compare your allocation with your target. If one property has grown to more than 20% of your portfolio, consider selling part of it on the market or investing new money elsewhere. Remember that each sale pays a trading fee.

## What diversification cannot do

It reduces the effect of a single property, but it does not protect you from a fall in the whole UAE property market. Keep an emergency fund outside your investments.
`,
    },
    ar: {
      title: "تنويع محفظتك الاستثمارية",
      body: `# تنويع محفظتك الاستثمارية

يعني التنويع توزيع أموالك بحيث لا يحدد عقار واحد مخيّب للآمال نتائجك. تتيح NexVestXR ذلك بحدود دنيا صغيرة: XERA من 100 درهم و PROPX من 500 درهم.

## طرق التنويع

- **عبر الرموز.** يضم XERA بالفعل سلة من العقارات، ويضيف PROPX مباني محددة تختارها بنفسك.
- **عبر المدن.** اجمع بين عقارات في دبي وأبوظبي وإمارات أخرى؛ فلكل مجمّع مدينة سلوك مختلف.
- **عبر أنواع العقارات.** تستجيب الشقق السكنية والمكاتب ومحلات التجزئة للاقتصاد بشكل مختلف.
- **عبر الزمن.** استثمار مبلغ ثابت كل شهر يوازن السعر الذي تدفعه.

## ابنِ محفظة متنوعة

1. افتح **المحفظة الاستثمارية ← التوزيع** لترى ممتلكاتك حسب الرمز والمدينة ونوع العقار.
2. حدد هدفًا، مثل 70% في XERA و 30% في PROPX موزعة على ثلاثة عقارات على الأقل.
3. استخدم **الاستثمار المتكرر** لشراء XERA تلقائيًا كل شهر من رصيد محفظتك.
4. أضف مراكز PROPX في مدن أو أنواع عقارات لديك فيها تعرض قليل.

## إعادة التوازن

مرة كل ربع سنة، قارن توزيعك بهدفك. إذا نما عقار واحد ليتجاوز 20% من محفظتك، ففكر في بيع جزء منه في السوق أو استثمار أموال جديدة في مكان آخر. وتذكر أن كل عملية بيع تخضع لرسوم تداول.

## ما لا يستطيع التنويع فعله

يقلل التنويع من أثر عقار واحد، لكنه لا يحميك من انخفاض سوق العقارات في الإمارات بأكمله. احتفظ بصندوق للطوارئ خارج استثماراتك.
`,
    },
  },
  {
    key: "expected_returns",
    categoryKey: "investment_guide",
    tags: ["returns", "rental-income", "dividends", "staking-rewards"],
    keywords: {
      en: ["yield", "profit", "income", "payout", "dividend", "apy", "how much can i earn"],
      ar: ["العائد", "الأرباح", "الدخل", "توزيعات الأرباح", "كم سأربح"],
    },
    en: {
      title: "Expected returns and how they are paid",
      body: `# Expected returns and how they are paid

Returns on NexVestXR come from three sources: rental income, changes in token value, and rewards for staking XERA or providing liquidity. None of them is guaranteed; the figures in the app are projections based on current leases and valuations.

## Rental income (PROPX)

- Each property's net rent, after service charges, maintenance and the 1% annual management fee, is shared among PROPX holders in proportion to their tokens.
- Income is paid to your NexVestXR Wallet in AED every quarter, in the first ten days of January, April, July and October.
- Projected net yields on current listings range from about 5% to 8% a year.

## Token value (XERA and PROPX)

Token prices follow property valuations, which are updated every six months, and demand on the market. You realise a gain or loss only when you sell.

## Staking and liquidity rewards (XERA)

- Flexible XERA staking currently pays a variable reward of around 4% a year; locked staking for 90, 180 or 365 days pays more.
- Liquidity providers earn 0.25% of every swap in their pool, shared by pool share.

## Where to see your returns

1. Open **Portfolio → Returns** for income received, unrealised gains and rewards, per token.
2. Select a quarter to see each payout and the property statement behind it.
3. Download the annual statement from **Documents** for your records and tax filing.

## Why a payout can differ

Vacancies, repairs or a late-paying tenant reduce the quarter's income. The property statement explains every deduction.
`,
    },
    ar: {
      title: "العوائد المتوقعة وطريقة صرفها",
      body: `# العوائد المتوقعة وطريقة صرفها

تأتي العوائد في NexVestXR من ثلاثة مصادر: دخل الإيجار، وتغير قيمة الرموز، ومكافآت تخزين XERA أو توفير السيولة. لا يوجد ضمان لأي منها؛ فالأرقام المعروضة في التطبيق توقعات مبنية على عقود الإيجار والتقييمات الحالية.

## دخل الإيجار (PROPX)

- يُوزَّع صافي إيجار كل عقار، بعد رسوم الخدمات والصيانة ورسوم الإدارة السنوية البالغة 1%، على حاملي PROPX بنسبة ما يملكونه من رموز.
- يُصرف الدخل إلى محفظة NexVestXR بالدرهم كل ربع سنة، خلال الأيام العشرة الأولى من يناير وأبريل ويوليو وأكتوبر.
- يتراوح صافي العائد المتوقع للعقارات المدرجة حاليًا بين 5% و 8% سنويًا تقريبًا.

## قيمة الرمز (XERA و PROPX)

تتبع أسعار الرموز تقييمات العقارات التي تُحدَّث كل ستة أشهر، والطلب في السوق. ولا تتحقق الأرباح أو الخسائر إلا عند البيع.

## مكافآت التخزين والسيولة (XERA)

- يمنح التخزين المرن لـ XERA حاليًا مكافأة متغيرة تقارب 4% سنويًا، ويمنح التخزين المقفل لمدة 90 أو 180 أو 365 يومًا أكثر من ذلك.
- يحصل مزودو السيولة على 0.25% من كل عملية مبادلة في مجمّعهم، مقسّمة حسب حصصهم.

## أين ترى عوائدك

1. افتح **المحفظة الاستثمارية ← العوائد** لترى الدخل المستلم والأرباح غير المحققة والمكافآت لكل رمز.
2. اختر ربع سنة لترى كل دفعة وكشف العقار الخاص بها.
3. نزّل الكشف السنوي من **الوثائق** لسجلاتك وإقرارك الضريبي.

## لماذا قد تختلف الدفعة

تؤدي الوحدات الشاغرة أو الإصلاحات أو تأخر أحد المستأجرين في الدفع إلى خفض دخل الربع. ويشرح كشف العقار كل خصم.
`,
    },
  },
];

const TRADING_HELP_ARTICLES: KnowledgeArticle[] = [
  {
    key: "placing_buy_sell_orders",
    categoryKey: "trading_help",
    tags: ["trading", "orders", "buy", "sell"],
    keywords: {
      en: ["place order", "buy tokens", "sell tokens", "cancel order", "order book", "open orders"],
      ar: ["وضع أمر", "شراء الرموز", "بيع الرموز", "إلغاء الأمر", "دفتر الأوامر"],
    },
    en: {
      title: "Placing buy and sell orders",
      body: `# Placing buy and sell orders

The NexVestXR market lets you buy and sell XERA and PROPX tokens with other investors at any time. Orders are matched in an order book; the price you pay depends on the order type you choose and on the offers available.

## Place a buy order

1. Open **Trade** and search for the token, for example XERA/AED or a property's PROPX token.
2. Select **Buy**.
3. Choose the order type: **Market** to buy now at the best available prices, or **Limit** to set the highest price you will pay.
4. Enter the amount in AED or the number of tokens. The minimum order is AED 50.
5. Check the estimated total, including the trading fee, and select **Review order**.
6. Confirm with your PIN or biometrics.

## Place a sell order

1. Open the token in **Portfolio** or **Trade** and select **Sell**.
2. Choose Market or Limit and enter how many tokens to sell.
3. Review the estimated proceeds after fees and confirm.

Proceeds are credited to your NexVestXR Wallet in AED as soon as the order is filled.

## Track and cancel orders

Open orders are listed under **Trade → Open orders**. A limit order stays open until it is filled, you cancel it, or it reaches the expiry you chose (up to 90 days). To cancel, select the order and then **Cancel**; any part already filled stays filled.

## Why was my order not filled?

A limit order fills only when another investor accepts your price. If nothing happens, compare your price with the order book and consider adjusting it. Orders are also rejected when your wallet balance cannot cover the amount plus fees.
`,
    },
    ar: {
      title: "وضع أوامر الشراء والبيع",
      body: `# وضع أوامر الشراء والبيع

يتيح لك سوق NexVestXR شراء رموز XERA و PROPX وبيعها مع مستثمرين آخرين في أي وقت. تُطابَق الأوامر في دفتر أوامر، ويعتمد السعر الذي تدفعه على نوع الأمر الذي تختاره وعلى العروض المتاحة.

## ضع أمر شراء

1. افتح **التداول** وابحث عن الرمز، مثل XERA/AED أو رمز PROPX لعقار ما.
2. اختر **شراء**.
3. اختر نوع الأمر: **سوق** للشراء الآن بأفضل الأسعار المتاحة، أو **محدد** لتحديد أعلى سعر ستدفعه.
4. أدخل المبلغ بالدرهم أو عدد الرموز. الحد الأدنى للأمر 50 درهمًا.
5. تحقق من الإجمالي التقديري شاملًا رسوم التداول، واختر **مراجعة الأمر**.
6. أكّد برمزك السري أو بالبصمة.

## ضع أمر بيع

1. افتح الرمز من **المحفظة الاستثمارية** أو **التداول** واختر **بيع**.
2. اختر أمر سوق أو أمرًا محددًا وأدخل عدد الرموز التي تريد بيعها.
3. راجع العائد التقديري بعد الرسوم ثم أكّد.

تُضاف العائدات إلى محفظة NexVestXR بالدرهم فور تنفيذ الأمر.

## تتبع الأوامر وإلغاؤها

تظهر الأوامر المفتوحة في **التداول ← الأوامر المفتوحة**. يبقى الأمر المحدد مفتوحًا حتى يُنفَّذ أو تلغيه أو يصل إلى تاريخ الانتهاء الذي اخترته (حتى 90 يومًا). للإلغاء، اختر الأمر ثم **إلغاء**؛ ويبقى أي جزء نُفّذ منفذًا.

## لماذا لم يُنفَّذ أمري؟

لا يُنفَّذ الأمر المحدد إلا عندما يقبل مستثمر آخر سعرك. إذا لم يحدث شيء، فقارن سعرك بدفتر الأوامر وفكر في تعديله. كما تُرفض الأوامر عندما لا يغطي رصيد محفظتك المبلغ مع الرسوم.
`,
    },
  },
  {
    key: "understanding_order_types",
    categoryKey: "trading_help",
    tags: ["order-types", "market-order", "limit-order", "stop-limit"],
    keywords: {
      en: ["market order", "limit order", "stop limit", "stop loss", "slippage", "good till cancelled"],
      ar: ["أمر السوق", "الأمر المحدد", "أمر وقف الخسارة", "الانزلاق السعري"],
    },
    en: {
      title: "Understanding order types",
      body: `# Understanding order types

The order type decides how and when your trade is executed. Choosing the right one protects you from paying more, or selling for less, than you intended.

## Market order

- Executes immediately at the best prices in the order book.
- Best for XERA and busy PROPX markets when you want certainty of execution.
- In a thin market, a large market order can fill at several prices (slippage). The app warns you when the expected slippage is above 1%.

## Limit order

- Executes only at your price or better: a buy limit at or below it, a sell limit at or above it.
- Stays in the order book until filled, cancelled or expired (1 day to 90 days).
- Best for PROPX tokens with lower trading volume, and whenever price matters more than speed.
- A limit order that waits in the book adds liquidity and pays the lower maker fee.

## Stop-limit order

- Waits until the market reaches your stop price, then places a limit order at your limit price.
- Used to limit losses (sell if the price falls to a level) or to buy when a price breaks upward.
- If the price moves past your limit too quickly, the order may not fill.

## Choosing an order type

1. Need to trade now? Use a market order and check the slippage warning.
2. Have a target price? Use a limit order and set an expiry.
3. Want protection while you are away? Add a stop-limit order below the current price.

All order types pay the same fee rates: 0.10% when your order adds liquidity (maker) and 0.25% when it takes liquidity (taker).
`,
    },
    ar: {
      title: "فهم أنواع الأوامر",
      body: `# فهم أنواع الأوامر

يحدد نوع الأمر كيف ومتى تُنفَّذ صفقتك. واختيار النوع الصحيح يحميك من دفع أكثر، أو البيع بأقل، مما كنت تنوي.

## أمر السوق

- يُنفَّذ فورًا بأفضل الأسعار في دفتر الأوامر.
- الأنسب لـ XERA ولأسواق PROPX النشطة عندما تريد ضمان التنفيذ.
- في السوق قليلة السيولة، قد يُنفَّذ أمر السوق الكبير بعدة أسعار (انزلاق سعري). ينبهك التطبيق عندما يتجاوز الانزلاق المتوقع 1%.

## الأمر المحدد

- يُنفَّذ فقط بسعرك أو بسعر أفضل: أمر الشراء المحدد بسعرك أو أقل، وأمر البيع المحدد بسعرك أو أعلى.
- يبقى في دفتر الأوامر حتى يُنفَّذ أو يُلغى أو تنتهي صلاحيته (من يوم واحد إلى 90 يومًا).
- الأنسب لرموز PROPX ذات حجم التداول المنخفض، وكلما كان السعر أهم من السرعة.
- الأمر المحدد الذي ينتظر في الدفتر يضيف سيولة ويدفع رسوم الصانع الأقل.

## أمر الإيقاف المحدد

- ينتظر حتى يصل السوق إلى سعر الإيقاف، ثم يضع أمرًا محددًا بسعرك المحدد.
- يُستخدم للحد من الخسائر (البيع إذا هبط السعر إلى مستوى معين) أو للشراء عند اختراق السعر صعودًا.
- إذا تجاوز السعر حدك بسرعة كبيرة فقد لا يُنفَّذ الأمر.

## اختيار نوع الأمر

1. تحتاج إلى التداول الآن؟ استخدم أمر السوق وتحقق من تحذير الانزلاق.
2. لديك سعر مستهدف؟ استخدم أمرًا محددًا وحدد تاريخ انتهاء.
3. تريد الحماية أثناء غيابك؟ أضف أمر إيقاف محدد أسفل السعر الحالي.

تدفع جميع أنواع الأوامر نسب الرسوم نفسها: 0.10% عندما يضيف أمرك سيولة (صانع) و 0.25% عندما يأخذ السيولة (آخذ).
`,
    },
  },
  {
    key: "trading_fees_structure",
    categoryKey: "trading_help",
    tags: ["fees", "trading-fees", "charges", "pricing"],
    keywords: {
      en: ["trading fees", "fee", "commission", "maker fee", "taker fee", "withdrawal fee", "deposit fee", "cost"],
      ar: ["رسوم التداول", "الرسوم", "العمولة", "رسوم السحب", "رسوم الإيداع", "التكلفة"],
    },
    en: {
      title: "Trading fees structure",
      body: `# Trading fees structure

NexVestXR charges clear, published fees. The exact fee for each trade is shown on the review screen before you confirm, and every charge appears in **Wallet → Transactions**.

## Trading fees

| Fee | Rate |
|---|---|
| Maker (your order waits in the book) | 0.10% of the trade value |
| Taker (your order fills immediately) | 0.25% of the trade value |
| Liquidity-pool swap | 0.30%, of which 0.25% goes to liquidity providers |
| Paying fees in XERA | 25% discount on trading fees |

The minimum order is AED 50. There is no fee to cancel an order.

## Deposit and withdrawal fees

- Bank transfer deposit: free.
- Card deposit: 2.5% of the amount.
- Withdrawal to a UAE bank account: free; international transfer: AED 25.
- Transfer of tokens to an external wallet: the blockchain network fee only, shown before you confirm.

## Investment fees

- PROPX properties: a 1% annual management fee, deducted from rental income before it is paid, never charged to your wallet separately.
- XERA: no management fee; the costs of the underlying properties are reflected in the token value.
- Staking: no fee to stake or unstake.

## How to see what you paid

1. Open **Wallet → Transactions**.
2. Filter by **Fees** to list every fee with its trade.
3. Download the monthly statement for a summary of fees paid.

If a fee looks wrong, open the trade and select **Report a problem**; billing specialists answer within three hours.
`,
    },
    ar: {
      title: "هيكل رسوم التداول",
      body: `# هيكل رسوم التداول

تفرض NexVestXR رسومًا واضحة ومعلنة. تظهر الرسوم الدقيقة لكل صفقة في شاشة المراجعة قبل التأكيد، ويظهر كل خصم في **المحفظة ← المعاملات**.

## رسوم التداول

| الرسوم | النسبة |
|---|---|
| صانع (أمرك ينتظر في الدفتر) | 0.10% من قيمة الصفقة |
| آخذ (أمرك يُنفَّذ فورًا) | 0.25% من قيمة الصفقة |
| المبادلة في مجمّع السيولة | 0.30%، منها 0.25% لمزودي السيولة |
| دفع الرسوم بـ XERA | خصم 25% على رسوم التداول |

الحد الأدنى للأمر 50 درهمًا، ولا توجد رسوم لإلغاء الأمر.

## رسوم الإيداع والسحب

- الإيداع بالتحويل البنكي: مجاني.
- الإيداع بالبطاقة: 2.5% من المبلغ.
- السحب إلى حساب بنكي في الإمارات: مجاني؛ والتحويل الدولي: 25 درهمًا.
- تحويل الرموز إلى محفظة خارجية: رسوم شبكة سلسلة الكتل فقط، وتظهر قبل التأكيد.

## رسوم الاستثمار

- عقارات PROPX: رسوم إدارة سنوية بنسبة 1% تُخصم من دخل الإيجار قبل صرفه، ولا تُخصم من محفظتك بشكل منفصل.
- XERA: لا توجد رسوم إدارة؛ تنعكس تكاليف العقارات في قيمة الرمز.
- التخزين: لا رسوم على التخزين أو إلغائه.

## كيف ترى ما دفعته

1. افتح **المحفظة ← المعاملات**.
2. صفِّ حسب **الرسوم** لعرض كل رسم مع صفقته.
3. نزّل الكشف الشهري لملخص الرسوم المدفوعة.

إذا بدت لك رسوم غير صحيحة، افتح الصفقة واختر **الإبلاغ عن مشكلة**؛ ويرد مختصو الفوترة خلال ثلاث ساعات.
`,
    },
  },
  {
    key: "market_data_interpretation",
    categoryKey: "trading_help",
    tags: ["market-data", "charts", "order-book", "price"],
    keywords: {
      en: ["price chart", "candlestick", "volume", "bid ask spread", "nav", "valuation premium"],
      ar: ["الرسم البياني للسعر", "حجم التداول", "فارق العرض والطلب", "صافي قيمة الأصول"],
    },
    en: {
      title: "Reading market data",
      body: `# Reading market data

Each token's market page shows its price, chart, order book and property data. Knowing what each figure means helps you judge whether a price is reasonable before you trade.

## The key figures

- **Last price**: the price of the most recent trade.
- **Bid and ask**: the best price a buyer is offering and the best price a seller is asking. The difference is the spread; a wide spread means fewer active traders.
- **24h volume**: the value traded in the last 24 hours. Higher volume usually means you can buy or sell more easily.
- **NAV per token**: the net asset value from the latest independent valuation, divided by the number of tokens.
- **Premium or discount**: how far the last price is above or below NAV.

## Reading the chart

1. Choose a period (1 day, 1 week, 1 month, 1 year) above the chart.
2. Switch between the line chart and candlesticks. Each candle shows the open, high, low and close price for one interval.
3. Look at the volume bars under the chart: a price move on high volume is more meaningful than one on low volume.
4. Tap a point to see the exact price and time.

## Reading the order book

The order book lists waiting buy orders (bids, in green) and sell orders (asks, in red) with the number of tokens at each price. Large orders near the current price act as support or resistance.

## Property data

For PROPX tokens, the market page also shows occupancy, the next payout date and the last quarterly income per token. Remember that NAV is updated every six months, so a token can trade at a premium or discount between valuations.
`,
    },
    ar: {
      title: "قراءة بيانات السوق",
      body: `# قراءة بيانات السوق

تعرض صفحة السوق لكل رمز سعره ورسمه البياني ودفتر أوامره وبيانات العقار. معرفة معنى كل رقم تساعدك على الحكم على معقولية السعر قبل التداول.

## الأرقام الرئيسية

- **آخر سعر**: سعر أحدث صفقة.
- **العرض والطلب**: أفضل سعر يعرضه مشترٍ وأفضل سعر يطلبه بائع. والفرق بينهما هو الفارق؛ والفارق الواسع يعني عددًا أقل من المتداولين النشطين.
- **حجم 24 ساعة**: قيمة ما تم تداوله خلال آخر 24 ساعة. الحجم الأعلى يعني عادةً سهولة أكبر في الشراء أو البيع.
- **صافي قيمة الأصول لكل رمز**: صافي قيمة الأصول من آخر تقييم مستقل مقسومًا على عدد الرموز.
- **العلاوة أو الخصم**: مقدار ارتفاع آخر سعر أو انخفاضه عن صافي قيمة الأصول.

## قراءة الرسم البياني

1. اختر فترة (يوم، أسبوع، شهر، سنة) أعلى الرسم البياني.
2. بدّل بين الرسم الخطي والشموع اليابانية. تُظهر كل شمعة سعر الافتتاح والأعلى والأدنى والإغلاق لفترة واحدة.
3. انظر إلى أعمدة الحجم أسفل الرسم: تحرك السعر مع حجم مرتفع أكثر دلالة من تحركه مع حجم منخفض.
4. انقر على نقطة لترى السعر والوقت بالضبط.

## قراءة دفتر الأوامر

يسرد دفتر الأوامر أوامر الشراء المنتظرة (العروض، بالأخضر) وأوامر البيع (الطلبات، بالأحمر) مع عدد الرموز عند كل سعر. تعمل الأوامر الكبيرة القريبة من السعر الحالي كمستويات دعم أو مقاومة.

## بيانات العقار

بالنسبة لرموز PROPX، تعرض صفحة السوق أيضًا نسبة الإشغال وموعد الدفعة التالية وآخر دخل ربع سنوي لكل رمز. وتذكر أن صافي قيمة الأصول يُحدَّث كل ستة أشهر، لذا قد يُتداول الرمز بعلاوة أو خصم بين التقييمات.
`,
    },
  },
  {
    key: "liquidity_pools",
    categoryKey: "trading_help",
    tags: ["liquidity-pools", "staking", "xera", "impermanent-loss"],
    keywords: {
      en: ["liquidity pool", "provide liquidity", "lp tokens", "swap", "pool rewards", "staking xera", "unstake"],
      ar: ["مجمع السيولة", "توفير السيولة", "رموز المجمع", "المبادلة", "تخزين XERA"],
    },
    en: {
      title: "Liquidity pools and staking",
      body: `# Liquidity pools and staking

Liquidity pools let investors swap tokens instantly without waiting for a matching order. When you add your tokens to a pool you become a liquidity provider and earn a share of every swap's fee.

## How a pool works

- Each pool holds two tokens, for example XERA/AED or PROPX-DXB-MARINA01/XERA.
- Swaps pay a 0.30% fee; 0.25% is shared among liquidity providers by pool share.
- When you deposit, you receive LP tokens that represent your share of the pool.

## Add liquidity

1. Open **Earn → Liquidity pools** and choose a pool.
2. Enter the amount of one token; the app calculates the equal value needed of the other.
3. Review the pool share, current rewards and risk notice, then confirm.
4. Your LP tokens appear under **Portfolio → Pools**.

## Remove liquidity

Select the pool under **Portfolio → Pools**, choose how much to withdraw and confirm. You receive both tokens at the pool's current ratio, plus the fees earned.

## Impermanent loss

If the price of one token moves sharply against the other, you may get back less value than if you had simply held both tokens. The loss becomes permanent only when you withdraw. Pools of tokens that move together carry less of this risk.

## Staking XERA instead

If you prefer a simpler way to earn, stake XERA under **Earn → Staking**:

1. Choose flexible staking (withdraw at any time, about 4% a year, variable) or lock for 90, 180 or 365 days for a higher rate.
2. Enter the amount and confirm.

Rewards are paid in XERA every day. Locked stakes cannot be withdrawn before the end of their term.
`,
    },
    ar: {
      title: "مجمعات السيولة والتخزين",
      body: `# مجمعات السيولة والتخزين

تتيح مجمعات السيولة للمستثمرين مبادلة الرموز فورًا دون انتظار أمر مطابق. عندما تضيف رموزك إلى مجمع تصبح مزودًا للسيولة وتحصل على حصة من رسوم كل عملية مبادلة.

## كيف يعمل المجمع

- يحتوي كل مجمع على رمزين، مثل XERA/AED أو PROPX-DXB-MARINA01/XERA.
- تدفع المبادلات رسومًا بنسبة 0.30%؛ تُوزَّع 0.25% منها على مزودي السيولة حسب حصصهم في المجمع.
- عند الإيداع تحصل على رموز المجمع التي تمثل حصتك فيه.

## أضف السيولة

1. افتح **اكسب ← مجمعات السيولة** واختر مجمعًا.
2. أدخل كمية أحد الرمزين؛ ويحسب التطبيق القيمة المساوية المطلوبة من الرمز الآخر.
3. راجع حصتك في المجمع والمكافآت الحالية وإشعار المخاطر، ثم أكّد.
4. تظهر رموز المجمع الخاصة بك في **المحفظة الاستثمارية ← المجمعات**.

## اسحب السيولة

اختر المجمع من **المحفظة الاستثمارية ← المجمعات**، وحدد المقدار الذي تريد سحبه ثم أكّد. تستلم الرمزين بالنسبة الحالية في المجمع، إضافة إلى الرسوم المكتسبة.

## الخسارة غير الدائمة

إذا تحرك سعر أحد الرمزين بحدة مقابل الآخر، فقد تسترد قيمة أقل مما لو احتفظت بالرمزين ببساطة. ولا تصبح الخسارة دائمة إلا عند السحب. والمجمعات التي تتحرك رموزها معًا تحمل قدرًا أقل من هذه المخاطر.

## تخزين XERA كبديل

إذا كنت تفضل طريقة أبسط للكسب، فخزّن XERA من **اكسب ← التخزين**:

1. اختر التخزين المرن (السحب في أي وقت، نحو 4% سنويًا ومتغير) أو القفل لمدة 90 أو 180 أو 365 يومًا بنسبة أعلى.
2. أدخل المبلغ ثم أكّد.

تُصرف المكافآت بـ XERA يوميًا. ولا يمكن سحب التخزين المقفل قبل نهاية مدته.
`,
    },
  },
];

const TROUBLESHOOTING_ARTICLES: KnowledgeArticle[] = [
  {
    key: "login_problems",
    categoryKey: "troubleshooting",
    tags: ["login", "password", "2fa", "account-locked"],
    keywords: {
      en: [
        "cannot log in",
        "forgot password",
        "reset password",
        "password reset",
        "locked out",
        "two-factor code",
        "sign in",
      ],
      ar: ["لا أستطيع تسجيل الدخول", "نسيت كلمة المرور", "إعادة تعيين كلمة المرور", "الحساب مقفل", "رمز المصادقة"],
    },
    en: {
      title: "Login problems",
      body: `# Login problems

Most sign-in problems come from a forgotten password, a two-factor code that does not work, or a temporary lock after too many attempts. Work through the section that matches what you see.

## Forgot your password

1. On the sign-in screen, select **Forgot password**.
2. Enter the email address of your account. We send a reset link that is valid for 30 minutes.
3. Open the link on the same device, choose a new password of at least 12 characters and confirm.
4. Sign in with the new password. For your security, withdrawals are paused for 24 hours after a password reset.

## Two-factor code rejected

- Check that your phone's date and time are set automatically; authenticator codes depend on the clock.
- Use the newest code and enter it before it changes.
- SMS codes can take up to two minutes. Do not request several codes in a row: only the latest one works.
- Lost your phone? Select **Use a backup code**, or contact support to reset two-factor authentication after an identity check.

## Account locked

After five wrong passwords the account is locked for 30 minutes. Wait, then reset your password if you are unsure of it. If you did not cause the lock, reset your password at once and contact support: we will review recent activity with you.

## Other checks

- Update the app to the latest version.
- Make sure you are using the NexVestXR app or website, not a link from an email or message.
- Clear the browser cache or try another browser.

If none of this helps, start a chat from the sign-in screen: our technical team answers login issues within two hours.
`,
    },
    ar: {
      title: "مشكلات تسجيل الدخول",
      body: `# مشكلات تسجيل الدخول

تنتج معظم مشكلات تسجيل الدخول عن نسيان كلمة المرور، أو رمز مصادقة ثنائية لا يعمل، أو قفل مؤقت بعد محاولات كثيرة. اتبع القسم الذي يطابق ما تراه.

## نسيت كلمة المرور

1. في شاشة تسجيل الدخول، اختر **نسيت كلمة المرور**.
2. أدخل البريد الإلكتروني لحسابك. نرسل رابطًا لإعادة التعيين صالحًا لمدة 30 دقيقة.
3. افتح الرابط على الجهاز نفسه، واختر كلمة مرور جديدة لا تقل عن 12 حرفًا ثم أكّدها.
4. سجّل الدخول بكلمة المرور الجديدة. حفاظًا على أمانك، تتوقف عمليات السحب لمدة 24 ساعة بعد إعادة تعيين كلمة المرور.

## رُفض رمز المصادقة الثنائية

- تأكد من ضبط تاريخ هاتفك ووقته تلقائيًا؛ فرموز تطبيق المصادقة تعتمد على الساعة.
- استخدم أحدث رمز وأدخله قبل أن يتغير.
- قد تستغرق الرموز النصية حتى دقيقتين. لا تطلب عدة رموز متتالية: فقط آخر رمز يعمل.
- فقدت هاتفك؟ اختر **استخدام رمز احتياطي**، أو تواصل مع الدعم لإعادة ضبط المصادقة الثنائية بعد التحقق من هويتك.

## الحساب مقفل

بعد خمس محاولات خاطئة لكلمة المرور يُقفل الحساب لمدة 30 دقيقة. انتظر، ثم أعد تعيين كلمة المرور إذا لم تكن متأكدًا منها. إذا لم تكن أنت سبب القفل، فأعد تعيين كلمة المرور فورًا وتواصل مع الدعم لنراجع النشاط الأخير معك.

## فحوصات أخرى

- حدّث التطبيق إلى أحدث إصدار.
- تأكد من أنك تستخدم تطبيق NexVestXR أو موقعه، لا رابطًا من بريد أو رسالة.
- امسح ذاكرة التخزين المؤقت للمتصفح أو جرّب متصفحًا آخر.

إذا لم يُجدِ ذلك، فابدأ محادثة من شاشة تسجيل الدخول: يرد فريقنا التقني على مشكلات تسجيل الدخول خلال ساعتين.
`,
    },
  },
  {
    key: "payment_failures",
    categoryKey: "troubleshooting",
    tags: ["payment-failed", "deposit", "refund", "card"],
    keywords: {
      en: [
        "payment failed",
        "card declined",
        "deposit failed",
        "refund",
        "money deducted",
        "charged twice",
        "pending deposit",
      ],
      ar: ["فشل الدفع", "رفض البطاقة", "فشل الإيداع", "استرداد المبلغ", "خصم المبلغ", "خصم مرتين"],
    },
    en: {
      title: "Payment failures and refunds",
      body: `# Payment failures and refunds

A deposit to your NexVestXR Wallet can fail because of the card issuer, the bank or a limit on your account. In most cases no money leaves your account, or the amount is returned automatically. This article explains what to check and how refunds work.

## Common causes

- Insufficient funds or the card's daily online limit.
- The bank blocked the payment as unusual: approve it in your banking app and try again.
- 3-D Secure verification was not completed or timed out.
- The card is not in your own name; we accept only cards in the account holder's name.
- The daily card deposit limit of AED 20,000 was reached.

## What to do

1. Open **Wallet → Transactions** and select the failed payment to see the reason code.
2. Check your balance and limits with your bank, or approve the payment in your banking app.
3. Select **Retry payment**, or choose another method such as bank transfer, which has no fee and no daily limit.
4. If a bank transfer has not arrived after one business day, check that you used your personal reference.

## Money taken but the deposit failed

When a card payment fails, your bank may still show the amount as on hold. The hold is released by your bank, usually within 5–10 business days; we do not receive the money. A payment charged twice is refunded automatically within three business days.

## Requesting a refund

You can ask for a refund of a card deposit that has not been invested, within 30 days:

1. Go to **Wallet → Transactions** and select the deposit.
2. Select **Request refund** and give the reason.
3. We confirm by email; the refund reaches your card in 5–10 business days.

Amounts already invested are not refunded; sell the tokens and withdraw instead.
`,
    },
    ar: {
      title: "فشل المدفوعات واسترداد المبالغ",
      body: `# فشل المدفوعات واسترداد المبالغ

قد يفشل الإيداع في محفظة NexVestXR بسبب الجهة المصدرة للبطاقة أو البنك أو حدٍّ على حسابك. في معظم الحالات لا تخرج أي أموال من حسابك، أو يُعاد المبلغ تلقائيًا. يشرح هذا المقال ما يجب التحقق منه وكيف يتم استرداد المبالغ.

## الأسباب الشائعة

- عدم كفاية الرصيد أو بلوغ الحد اليومي للبطاقة للمدفوعات عبر الإنترنت.
- حظر البنك للدفعة باعتبارها غير معتادة: وافق عليها من تطبيقك البنكي وحاول مجددًا.
- عدم إكمال التحقق الآمن (3-D Secure) أو انتهاء مهلته.
- البطاقة ليست باسمك؛ فنحن نقبل فقط البطاقات باسم صاحب الحساب.
- بلوغ الحد اليومي لإيداعات البطاقة البالغ 20,000 درهم.

## ما الذي تفعله

1. افتح **المحفظة ← المعاملات** واختر الدفعة الفاشلة لترى رمز السبب.
2. تحقق من رصيدك وحدودك لدى البنك، أو وافق على الدفعة من تطبيقك البنكي.
3. اختر **إعادة محاولة الدفع**، أو اختر طريقة أخرى مثل التحويل البنكي الذي لا رسوم عليه ولا حد يومي له.
4. إذا لم يصل التحويل البنكي بعد يوم عمل واحد، فتحقق من أنك استخدمت مرجعك الشخصي.

## خُصم المبلغ لكن الإيداع فشل

عند فشل الدفع بالبطاقة، قد يظل البنك يعرض المبلغ كمبلغ محجوز. يفك البنك الحجز عادةً خلال 5 إلى 10 أيام عمل؛ ونحن لا نستلم المبلغ. والدفعة المخصومة مرتين تُسترد تلقائيًا خلال ثلاثة أيام عمل.

## طلب استرداد المبلغ

يمكنك طلب استرداد إيداع بالبطاقة لم يُستثمر خلال 30 يومًا:

1. انتقل إلى **المحفظة ← المعاملات** واختر الإيداع.
2. اختر **طلب استرداد** واذكر السبب.
3. نؤكد الطلب عبر البريد الإلكتروني، ويصل المبلغ المسترد إلى بطاقتك خلال 5 إلى 10 أيام عمل.

لا تُسترد المبالغ التي استُثمرت بالفعل؛ بدلًا من ذلك، بع الرموز ثم اسحب المبلغ.
`,
    },
  },
  {
    key: "app_crashes",
    categoryKey: "troubleshooting",
    tags: ["app-crash", "mobile-app", "performance", "bug-report"],
    keywords: {
      en: ["app crashes", "app closes", "app freezes", "not loading", "blank screen", "slow app", "app not working"],
      ar: ["التطبيق يتعطل", "التطبيق يغلق", "التطبيق لا يعمل", "شاشة فارغة", "بطء التطبيق"],
    },
    en: {
      title: "The app crashes or freezes",
      body: `# The app crashes or freezes

If the NexVestXR app closes by itself, freezes or shows a blank screen, the steps below fix most cases. Your investments and wallet are not affected by an app crash: they are held on our platform and the blockchain, not on your phone.

## Quick fixes

1. Close the app completely and open it again.
2. Update the app from the App Store or Google Play. Many crashes are fixed in the latest version.
3. Restart your phone.
4. Check your connection: switch between Wi-Fi and mobile data, and turn off any VPN.
5. Make sure your phone has at least 500 MB of free storage.
6. Check that your phone runs iOS 15 or Android 9 or later.

## If it still crashes

1. Android: go to **Settings → Apps → NexVestXR → Storage** and select **Clear cache**. iOS: delete the app and install it again.
2. Sign in again. You will need your password and a two-factor code.
3. If the crash happens on one screen only (for example the portfolio or a chart), note which screen and what you tapped.

## Report the problem

Open **Profile → Help → Report a problem**, or use the website if the app cannot open. Include:

- your phone model and operating system version;
- the app version, shown under **Profile → About**;
- the screen and the steps that cause the crash, and a screenshot if you can.

Our technical team answers within two hours. Meanwhile you can use the website, which offers the same portfolio, wallet and trading features.
`,
    },
    ar: {
      title: "التطبيق يتعطل أو يتجمد",
      body: `# التطبيق يتعطل أو يتجمد

إذا كان تطبيق NexVestXR يُغلق من تلقاء نفسه أو يتجمد أو يعرض شاشة فارغة، فإن الخطوات التالية تحل معظم الحالات. لا تتأثر استثماراتك ومحفظتك بتعطل التطبيق: فهي محفوظة على منصتنا وعلى سلسلة الكتل، لا على هاتفك.

## حلول سريعة

1. أغلق التطبيق تمامًا ثم افتحه مجددًا.
2. حدّث التطبيق من App Store أو Google Play؛ فكثير من الأعطال تُصلح في أحدث إصدار.
3. أعد تشغيل هاتفك.
4. تحقق من اتصالك: بدّل بين شبكة Wi-Fi وبيانات الهاتف، وأوقف أي شبكة افتراضية خاصة.
5. تأكد من توفر 500 ميغابايت على الأقل من المساحة الفارغة في هاتفك.
6. تأكد من أن هاتفك يعمل بنظام iOS 15 أو Android 9 أو أحدث.

## إذا استمر التعطل

1. في Android: انتقل إلى **الإعدادات ← التطبيقات ← NexVestXR ← التخزين** واختر **مسح ذاكرة التخزين المؤقت**. في iOS: احذف التطبيق ثم ثبّته مجددًا.
2. سجّل الدخول مرة أخرى؛ ستحتاج إلى كلمة المرور ورمز المصادقة الثنائية.
3. إذا كان التعطل يحدث في شاشة واحدة فقط (مثل المحفظة الاستثمارية أو رسم بياني)، فدوّن الشاشة وما نقرت عليه.

## أبلغ عن المشكلة

افتح **الملف الشخصي ← المساعدة ← الإبلاغ عن مشكلة**، أو استخدم الموقع الإلكتروني إذا تعذر فتح التطبيق. أرفق:

- طراز هاتفك وإصدار نظام التشغيل؛
- إصدار التطبيق الظاهر في **الملف الشخصي ← حول**؛
- الشاشة والخطوات التي تسبب التعطل، ولقطة شاشة إن أمكن.

يرد فريقنا التقني خلال ساعتين. وفي هذه الأثناء يمكنك استخدام الموقع الإلكتروني الذي يوفر ميزات المحفظة الاستثمارية والمحفظة الرقمية والتداول نفسها.
`,
    },
  },
  {
    key: "wallet_connection_issues",
    categoryKey: "troubleshooting",
    tags: ["wallet", "walletconnect", "external-wallet", "blockchain"],
    keywords: {
      en: [
        "connect wallet",
        "wallet not connecting",
        "metamask",
        "trust wallet",
        "xaman",
        "walletconnect",
        "withdraw tokens",
        "whitelist address",
      ],
      ar: ["ربط المحفظة", "المحفظة لا تتصل", "محفظة خارجية", "عنوان المحفظة"],
    },
    en: {
      title: "Wallet connection issues",
      body: `# Wallet connection issues

Your NexVestXR Wallet is built into your account and needs no setup. You can also connect an external wallet, such as MetaMask, Trust Wallet or Xaman, through WalletConnect to move XERA and PROPX tokens in and out. This article helps when that connection fails.

## Connect an external wallet

1. Go to **Wallet → External wallets → Connect**.
2. Scan the QR code with your wallet app, or select your wallet from the list on mobile.
3. Approve the connection request in your wallet app.
4. Sign the verification message. Signing proves the wallet is yours; it costs nothing and moves no funds.

## If the connection fails

- Update your wallet app to the latest version.
- Make sure the wallet is on the network shown in the NexVestXR app; switch networks in the wallet if needed.
- Close old WalletConnect sessions in your wallet app, then scan a new QR code. Codes expire after five minutes.
- Turn off VPNs and ad blockers, which can block the connection.
- Try on another device, or from the website instead of the app.

## Transfers to an external wallet

For your protection, a new withdrawal address must be whitelisted, and the first transfer to it is held for 24 hours. The network fee is shown before you confirm. Tokens sent to the wrong network or address cannot be recovered by NexVestXR.

## Transfer pending or missing

1. Open the transfer in **Wallet → Transactions** and copy the transaction hash.
2. Check it on the network's block explorer: pending transfers confirm once the network processes them.
3. If it shows as confirmed but your balance has not changed after 30 minutes, contact support with the hash.

Never share your recovery phrase: NexVestXR staff will never ask for it.
`,
    },
    ar: {
      title: "مشكلات ربط المحفظة",
      body: `# مشكلات ربط المحفظة

محفظة NexVestXR مدمجة في حسابك ولا تحتاج إلى أي إعداد. ويمكنك أيضًا ربط محفظة خارجية، مثل MetaMask أو Trust Wallet أو Xaman، عبر WalletConnect لنقل رموز XERA و PROPX منها وإليها. يساعدك هذا المقال عندما يفشل هذا الربط.

## اربط محفظة خارجية

1. انتقل إلى **المحفظة ← المحافظ الخارجية ← ربط**.
2. امسح رمز الاستجابة السريعة بتطبيق محفظتك، أو اختر محفظتك من القائمة على الهاتف.
3. وافق على طلب الربط في تطبيق محفظتك.
4. وقّع رسالة التحقق. يثبت التوقيع أن المحفظة ملكك؛ ولا يكلف شيئًا ولا ينقل أي أموال.

## إذا فشل الربط

- حدّث تطبيق محفظتك إلى أحدث إصدار.
- تأكد من أن المحفظة على الشبكة الظاهرة في تطبيق NexVestXR؛ وبدّل الشبكة في المحفظة عند الحاجة.
- أغلق جلسات WalletConnect القديمة في تطبيق محفظتك، ثم امسح رمزًا جديدًا. تنتهي صلاحية الرموز بعد خمس دقائق.
- أوقف الشبكات الافتراضية الخاصة وأدوات حظر الإعلانات، فقد تمنع الاتصال.
- جرّب من جهاز آخر، أو من الموقع الإلكتروني بدلًا من التطبيق.

## التحويل إلى محفظة خارجية

لحمايتك، يجب إضافة أي عنوان سحب جديد إلى القائمة الموثوقة، ويُحتجز أول تحويل إليه لمدة 24 ساعة. تظهر رسوم الشبكة قبل التأكيد. ولا تستطيع NexVestXR استرداد الرموز المرسلة إلى شبكة أو عنوان خاطئ.

## تحويل معلق أو مفقود

1. افتح التحويل في **المحفظة ← المعاملات** وانسخ معرّف المعاملة.
2. تحقق منه في مستكشف الكتل الخاص بالشبكة: تُؤكَّد التحويلات المعلقة بمجرد أن تعالجها الشبكة.
3. إذا ظهر مؤكدًا ولم يتغير رصيدك بعد 30 دقيقة، فتواصل مع الدعم وأرسل معرّف المعاملة.

لا تشارك عبارة الاسترداد أبدًا: لن يطلبها منك موظفو NexVestXR إطلاقًا.
`,
    },
  },
  {
    key: "verification_delays",
    categoryKey: "troubleshooting",
    tags: ["kyc", "verification", "delays", "documents"],
    keywords: {
      en: [
        "kyc pending",
        "verification taking long",
        "still under review",
        "kyc rejected",
        "documents rejected",
        "verification status",
      ],
      ar: ["التحقق معلق", "تأخر التحقق", "قيد المراجعة", "رفض المستندات", "حالة التحقق"],
    },
    en: {
      title: "Verification delays",
      body: `# Verification delays

We typically process NexVestXR KYC applications within 24–48 hours. Until yours is approved you cannot deposit, buy XERA or PROPX, or withdraw. Some take longer, usually because a document needs a second look or because more information is needed. This article explains why and what you can do.

## Check your status

Go to **Profile → Verification**. You will see one of these statuses:

- **Pending**: your application is in the queue for review.
- **In review**: a compliance officer is checking it.
- **Action needed**: something is missing or unclear; the app tells you what.
- **Approved** or **Rejected**, with the reason.

## Why verification can take longer

- The photo of your ID is blurred, cut off or has glare.
- The name on your proof of address does not match your ID.
- The proof of address is older than three months.
- Your answers about source of funds need supporting documents.
- A large number of applications after a new property launch.

## Speed it up

1. Open **Profile → Verification** and check for **Action needed**.
2. Re-upload any document marked as unclear, following the photo tips on screen.
3. If asked about source of funds, upload a recent payslip, bank statement or company document.
4. Make sure your email is confirmed, as questions from our team are sent there.

## Still waiting after 48 hours?

Contact support from **Profile → Help** and quote your verification reference. Our account team answers within six hours and can tell you exactly what the review is waiting for. For your security, support cannot approve an application; only the compliance team can.
`,
    },
    ar: {
      title: "تأخر التحقق من الهوية",
      body: `# تأخر التحقق من الهوية

نعالج طلبات التحقق من الهوية في NexVestXR عادةً خلال 24 إلى 48 ساعة، ولا يمكنك قبل اعتماد طلبك الإيداع أو شراء XERA أو PROPX أو السحب. يستغرق بعضها وقتًا أطول، غالبًا لأن أحد المستندات يحتاج إلى نظرة ثانية أو لأننا نحتاج إلى معلومات إضافية. يشرح هذا المقال السبب وما يمكنك فعله.

## تحقق من حالتك

انتقل إلى **الملف الشخصي ← التحقق**. سترى إحدى الحالات التالية:

- **معلق**: طلبك في قائمة الانتظار للمراجعة.
- **قيد المراجعة**: يتحقق منه أحد موظفي الامتثال.
- **إجراء مطلوب**: هناك شيء ناقص أو غير واضح؛ ويخبرك التطبيق بما هو.
- **مقبول** أو **مرفوض**، مع ذكر السبب.

## لماذا قد يستغرق التحقق وقتًا أطول

- صورة الهوية غير واضحة أو مقطوعة أو فيها انعكاس.
- الاسم في إثبات العنوان لا يطابق الهوية.
- إثبات العنوان أقدم من ثلاثة أشهر.
- إجاباتك عن مصدر الأموال تحتاج إلى مستندات داعمة.
- عدد كبير من الطلبات بعد إطلاق عقار جديد.

## سرّع العملية

1. افتح **الملف الشخصي ← التحقق** وتحقق من وجود **إجراء مطلوب**.
2. أعد تحميل أي مستند موصوف بأنه غير واضح، متبعًا نصائح التصوير على الشاشة.
3. إذا طُلب منك إثبات مصدر الأموال، فحمّل قسيمة راتب حديثة أو كشف حساب بنكي أو مستندًا للشركة.
4. تأكد من تأكيد بريدك الإلكتروني، إذ تُرسل إليه أسئلة فريقنا.

## ما زلت تنتظر بعد 48 ساعة؟

تواصل مع الدعم من **الملف الشخصي ← المساعدة** واذكر رقم مرجع التحقق. يرد فريق الحسابات خلال ست ساعات ويستطيع إخبارك بما تنتظره المراجعة بالضبط. حفاظًا على أمانك، لا يستطيع فريق الدعم اعتماد الطلب؛ فذلك من صلاحيات فريق الامتثال وحده.
`,
    },
  },
];

export const KNOWLEDGE_ARTICLES: KnowledgeArticle[] = [
  ...GETTING_STARTED_ARTICLES,
  ...INVESTMENT_GUIDE_ARTICLES,
  ...TRADING_HELP_ARTICLES,
  ...TROUBLESHOOTING_ARTICLES,
];
