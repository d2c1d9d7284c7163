import type { KnowledgeArticle, KnowledgeCategory } from "./types.js";

/*
 * Knowledge base seed content.
 *
 * Facts used consistently across articles, macros and customer context:
 * - Support hours (UTC+4): weekdays 08:00–20:00, weekends 10:00–18:00; in-app assistant 24/7.
 * - First response: live chat ≤ 2 min; investments & compliance ≤ 2 h; technical, account & billing ≤ 4 h.
 * - KYC review: most within 24 h, up to 3 business days for manual review.
 * - Minimum first deposit USD 100; card deposits 1.5% fee, max USD 5,000/day; FX 0.5%.
 * - Withdrawals: 1–3 business days; cut-off 14:00 UTC+4; local free, international USD 10.
 * - Plans: Standard (free, 0.50%/yr), Premium (USD 15/mo, 0.35%/yr), VIP (USD 45/mo, 0.25%/yr).
 * - Refunds: request within 30 days; card refunds 5–10 business days.
 */

export const KNOWLEDGE_CATEGORIES: KnowledgeCategory[] = [
  {
    key: "getting_started",
    name: "Getting started",
    nameAr: "البدء",
    description:
      "Opening an account, verifying your identity, funding your account and getting help from support.",
  },
  {
    key: "investments",
    name: "Investments",
    nameAr: "الاستثمارات",
    description:
      "Your portfolio, investment statuses, withdrawals, dividends and the products we offer.",
  },
  {
    key: "account_security",
    name: "Account security",
    nameAr: "أمان الحساب",
    description:
      "Two-factor authentication, passwords, trusted devices and protecting yourself from fraud.",
  },
  {
    key: "payments_billing",
    name: "Payments & billing",
    nameAr: "المدفوعات والفواتير",
    description: "Fees, failed payments, refunds, invoices, tax statements and subscription plans.",
  },
];

const GETTING_STARTED_ARTICLES: KnowledgeArticle[] = [
  {
    key: "how-to-open-an-account",
    categoryKey: "getting_started",
    tags: ["account", "onboarding", "sign-up", "kyc"],
    en: {
      title: "How to open an account",
      slug: "how-to-open-an-account",
      body: `# How to open an account

Opening an account takes about 10 minutes. You can do it in the mobile app or on the website, and you only need a few documents to hand.

## Before you start

- You must be at least 18 years old.
- Have a valid passport or national ID card ready.
- Use a mobile number and email address that only you can access.

## Steps

1. Download the app from the App Store or Google Play, or open the website and select **Open an account**.
2. Enter your email address and mobile number. We send a six-digit code to each to confirm they are yours.
3. Create a password of at least 12 characters.
4. Fill in your personal details exactly as they appear on your ID document.
5. Answer the risk profile questionnaire so we can suggest suitable products.
6. Complete identity verification (KYC) by uploading your ID and a selfie.
7. Review and accept the terms and conditions, then select **Submit**.

You can explore the app straight away, but you can only deposit and invest after your identity has been verified. Most applications are reviewed within 24 hours.

## FAQ

**Can I open a joint or corporate account?**
Not in the app yet. Please contact support and a specialist will guide you.

**I did not receive the verification code.**
Check your spam folder, wait two minutes and select **Resend code**. Codes expire after 10 minutes.

**Can I have more than one account?**
Each person may hold one personal account, but you can create several portfolios inside it.
`,
    },
    ar: {
      title: "كيفية فتح حساب",
      slug: "kayfiyyat-fath-hisab",
      body: `# كيفية فتح حساب

يستغرق فتح الحساب نحو 10 دقائق. يمكنك القيام بذلك عبر تطبيق الهاتف المحمول أو من خلال الموقع الإلكتروني، ولا تحتاج إلا إلى بضع وثائق في متناول يدك.

## قبل أن تبدأ

- يجب ألا يقل عمرك عن 18 عامًا.
- جهّز جواز سفر أو بطاقة هوية وطنية سارية المفعول.
- استخدم رقم هاتف محمول وعنوان بريد إلكتروني لا يستطيع أحد غيرك الوصول إليهما.

## الخطوات

1. نزّل التطبيق من App Store أو Google Play، أو افتح الموقع الإلكتروني واختر **فتح حساب**.
2. أدخل عنوان بريدك الإلكتروني ورقم هاتفك المحمول. سنرسل رمزًا مكوّنًا من ستة أرقام إلى كلٍّ منهما للتأكد من أنهما يخصّانك.
3. أنشئ كلمة مرور لا تقل عن 12 حرفًا.
4. املأ بياناتك الشخصية تمامًا كما تظهر في وثيقة هويتك.
5. أجب عن استبيان تحديد مستوى المخاطر حتى نتمكن من اقتراح المنتجات المناسبة لك.
6. أكمل التحقق من الهوية (اعرف عميلك) بتحميل وثيقة هويتك وصورة ذاتية (سيلفي).
7. راجع الشروط والأحكام ووافق عليها، ثم اختر **إرسال**.

يمكنك استكشاف التطبيق فورًا، لكن لا يمكنك الإيداع أو الاستثمار إلا بعد التحقق من هويتك. تتم مراجعة معظم الطلبات خلال 24 ساعة.

## الأسئلة الشائعة

**هل يمكنني فتح حساب مشترك أو حساب لشركة؟**
ليس عبر التطبيق حاليًا. يُرجى التواصل مع فريق الدعم وسيرشدك أحد المختصين.

**لم يصلني رمز التحقق.**
تحقّق من مجلد الرسائل غير المرغوب فيها، وانتظر دقيقتين ثم اختر **إعادة إرسال الرمز**. تنتهي صلاحية الرموز بعد 10 دقائق.

**هل يمكنني امتلاك أكثر من حساب؟**
يحق لكل شخص امتلاك حساب شخصي واحد، لكن يمكنك إنشاء عدة محافظ استثمارية داخله.
`,
    },
  },
  {
    key: "completing-identity-verification-kyc",
    categoryKey: "getting_started",
    tags: ["kyc", "identity", "verification", "documents", "onboarding"],
    en: {
      title: "Completing identity verification (KYC)",
      slug: "completing-identity-verification-kyc",
      body: `# Completing identity verification (KYC)

As a regulated investment firm, we must verify the identity of every customer before they can deposit or invest. This process is called Know Your Customer (KYC).

## What you need

- A valid passport or national ID card, for example an Emirates ID, Saudi national ID, Aadhaar card or CNIC. It must not be expired.
- Proof of address dated within the last three months, such as a utility bill or bank statement, if your ID does not show your address.
- A device with a camera for a short selfie check.

## Steps

1. In the app, go to **Profile > Identity verification**.
2. Choose your document type and country of issue.
3. Photograph the front and back of the document. Make sure all four corners are visible and there is no glare.
4. Take a selfie when prompted. Remove sunglasses or anything covering your face, and face a light source.
5. Upload your proof of address if requested, then select **Submit**.

## What happens next

Most checks are completed within 24 hours. Some need up to 3 business days if a manual review is required. We will notify you by email and in the app. Your status will show as **Verified**, **Pending** or **Rejected**, together with the reason.

## Tips for a quick approval

- Enter your name exactly as printed on your document, including middle names.
- Do not upload screenshots or photocopies.
- If your document was rejected, read the reason in the app and upload a new one. You do not need to start again.
`,
    },
    ar: {
      title: "إكمال التحقق من الهوية (اعرف عميلك)",
      slug: "ikmal-al-tahaqquq-min-al-hawiyya",
      body: `# إكمال التحقق من الهوية (اعرف عميلك)

بصفتنا شركة استثمار خاضعة للرقابة، يتعيّن علينا التحقق من هوية كل عميل قبل أن يتمكن من الإيداع أو الاستثمار. وتُعرف هذه العملية باسم "اعرف عميلك" (KYC).

## ما تحتاج إليه

- جواز سفر أو بطاقة هوية وطنية سارية المفعول، مثل بطاقة الهوية الإماراتية أو الهوية الوطنية السعودية أو بطاقة آدهار أو بطاقة الهوية الوطنية الباكستانية (CNIC)، على ألا تكون منتهية الصلاحية.
- إثبات عنوان صادر خلال الأشهر الثلاثة الأخيرة، مثل فاتورة خدمات أو كشف حساب بنكي، إذا كانت وثيقة هويتك لا تتضمن عنوانك.
- جهاز مزوّد بكاميرا لالتقاط صورة ذاتية قصيرة.

## الخطوات

1. في التطبيق، انتقل إلى **الملف الشخصي > التحقق من الهوية**.
2. اختر نوع الوثيقة وبلد الإصدار.
3. صوّر الوجهين الأمامي والخلفي للوثيقة، وتأكد من ظهور الزوايا الأربع بوضوح ومن عدم وجود انعكاس للضوء.
4. التقط صورة ذاتية عند الطلب. انزع النظارات الشمسية أو أي شيء يغطي وجهك، واجعل وجهك مقابلًا لمصدر الضوء.
5. حمّل إثبات العنوان إذا طُلب منك ذلك، ثم اختر **إرسال**.

## ماذا يحدث بعد ذلك؟

تكتمل معظم عمليات التحقق خلال 24 ساعة، وقد يستغرق بعضها ما يصل إلى 3 أيام عمل إذا تطلّب الأمر مراجعة يدوية. سنُخطرك عبر البريد الإلكتروني وداخل التطبيق. وستظهر حالتك على أنها **تم التحقق** أو **قيد المراجعة** أو **مرفوض**، مع ذكر السبب.

## نصائح للحصول على موافقة سريعة

- أدخل اسمك تمامًا كما هو مطبوع في وثيقتك، بما في ذلك الأسماء الوسطى.
- لا تحمّل لقطات شاشة أو نسخًا مصوّرة.
- إذا رُفضت وثيقتك، فاقرأ السبب في التطبيق وحمّل وثيقة جديدة، ولا داعي للبدء من جديد.
`,
    },
  },
  {
    key: "funding-your-account",
    categoryKey: "getting_started",
    tags: ["deposit", "funding", "bank-transfer", "card", "payments"],
    en: {
      title: "Funding your account",
      slug: "funding-your-account",
      body: `# Funding your account

Once your identity is verified, you can add money to your account and start investing. The minimum first deposit is USD 100 or the equivalent in your local currency.

## Ways to deposit

| Method | Arrival time | Fee |
|---|---|---|
| Local bank transfer | Same day to 1 business day | Free |
| International wire (SWIFT) | 1–3 business days | Free from us; your bank may charge |
| Debit card | Instant | 1.5% |

## Depositing by bank transfer

1. Go to **Wallet > Deposit > Bank transfer**.
2. Copy the account details shown, including your personal reference code.
3. Make the transfer from a bank account in **your own name**. Always include the reference code so we can match the payment.
4. We will notify you when the funds arrive.

## Depositing by card

1. Go to **Wallet > Deposit > Card**.
2. Enter the amount and your card details.
3. Confirm the payment with your bank (3-D Secure) when prompted.

Card deposits are limited to USD 5,000 per day.

## Important

- We do not accept payments from third parties. Transfers from an account in someone else's name are returned within 5 business days.
- Deposits in a currency other than your account's base currency are converted at the live rate plus a 0.5% conversion fee.

## Tips

- Keep your transfer receipt until the deposit appears in your wallet.
- If a transfer has not arrived after 3 business days, contact support and attach the receipt.
`,
    },
    ar: {
      title: "تمويل حسابك",
      slug: "tamwil-hisabik",
      body: `# تمويل حسابك

بعد التحقق من هويتك، يمكنك إضافة الأموال إلى حسابك والبدء في الاستثمار. الحد الأدنى للإيداع الأول هو 100 دولار أمريكي أو ما يعادلها بعملتك المحلية.

## طرق الإيداع

| الطريقة | مدة الوصول | الرسوم |
|---|---|---|
| تحويل بنكي محلي | في اليوم نفسه حتى يوم عمل واحد | مجانًا |
| حوالة دولية (SWIFT) | من يوم إلى 3 أيام عمل | مجانًا من جهتنا، وقد يفرض بنكك رسومًا |
| بطاقة خصم مباشر | فوري | 1.5% |

## الإيداع عبر التحويل البنكي

1. انتقل إلى **المحفظة > إيداع > تحويل بنكي**.
2. انسخ بيانات الحساب المعروضة، بما في ذلك الرقم المرجعي الخاص بك.
3. أجرِ التحويل من حساب بنكي **باسمك أنت**. أدرج الرقم المرجعي دائمًا حتى نتمكن من مطابقة الدفعة.
4. سنُخطرك عند وصول الأموال.

## الإيداع بالبطاقة

1. انتقل إلى **المحفظة > إيداع > بطاقة**.
2. أدخل المبلغ وبيانات بطاقتك.
3. أكّد الدفع مع بنكك (خدمة التحقق الآمن 3-D Secure) عند الطلب.

الحد الأقصى للإيداع بالبطاقة هو 5,000 دولار أمريكي يوميًا.

## معلومات مهمة

- لا نقبل المدفوعات من أطراف ثالثة، وتُعاد التحويلات الواردة من حساب باسم شخص آخر خلال 5 أيام عمل.
- تُحوَّل الإيداعات بعملة غير العملة الأساسية لحسابك وفق سعر الصرف الفوري مضافًا إليه رسوم تحويل بنسبة 0.5%.

## نصائح

- احتفظ بإيصال التحويل إلى أن يظهر الإيداع في محفظتك.
- إذا لم يصل التحويل بعد 3 أيام عمل، فتواصل مع فريق الدعم وأرفق الإيصال.
`,
    },
  },
  {
    key: "risk-profile-questionnaire",
    categoryKey: "getting_started",
    tags: ["risk-profile", "suitability", "questionnaire", "onboarding"],
    en: {
      title: "Risk profile questionnaire",
      slug: "risk-profile-questionnaire",
      body: `# Risk profile questionnaire

Before you invest, we ask you to complete a short risk profile questionnaire. It helps us understand how much risk you are comfortable with, so we only recommend products that suit you. Regulators require us to do this.

## What it asks

The questionnaire has 12 questions about:

- your investment goals and time horizon;
- your income, savings and financial commitments;
- your previous investment experience;
- how you would react if your investments fell in value.

## Your result

Based on your answers, you are placed in one of five profiles:

1. **Conservative** – protecting your capital is the priority.
2. **Moderately conservative** – small, steady growth with limited ups and downs.
3. **Balanced** – a mix of growth and stability.
4. **Growth** – higher long-term returns, accepting larger swings in value.
5. **Aggressive** – maximum growth, accepting significant short-term losses.

You can still choose products outside your profile, but we will show a warning and ask you to confirm.

## Updating your profile

1. Go to **Profile > Risk profile**.
2. Select **Retake questionnaire**.
3. Answer all the questions and select **Save**.

We ask you to review your answers every 12 months, or sooner if your circumstances change, for example a new job, retirement or a large purchase.

## Tips

- Answer honestly. There are no right or wrong answers.
- Think about your whole financial situation, not just this account.
- If you are unsure what a question means, contact support before submitting.
`,
    },
    ar: {
      title: "استبيان تحديد مستوى المخاطر",
      slug: "istibyan-mustawa-al-mukhatar",
      body: `# استبيان تحديد مستوى المخاطر

قبل أن تبدأ الاستثمار، نطلب منك إكمال استبيان قصير لتحديد مستوى المخاطر. يساعدنا ذلك على فهم مقدار المخاطر الذي تشعر بالارتياح تجاهه، حتى لا نوصي إلا بالمنتجات التي تناسبك. وتُلزمنا الجهات التنظيمية بذلك.

## محتوى الاستبيان

يتضمن الاستبيان 12 سؤالًا حول:

- أهدافك الاستثمارية والمدة الزمنية التي تنوي الاستثمار خلالها؛
- دخلك ومدخراتك والتزاماتك المالية؛
- خبرتك السابقة في الاستثمار؛
- ردّة فعلك إذا انخفضت قيمة استثماراتك.

## النتيجة

بناءً على إجاباتك، يتم تصنيفك ضمن أحد الملفات الخمسة التالية:

1. **متحفظ** – الحفاظ على رأس المال هو الأولوية.
2. **متحفظ باعتدال** – نمو بسيط ومستقر مع تقلبات محدودة.
3. **متوازن** – مزيج من النمو والاستقرار.
4. **نمو** – عوائد أعلى على المدى الطويل مع تقبّل تقلبات أكبر في القيمة.
5. **جريء** – أقصى نمو ممكن مع تقبّل خسائر كبيرة على المدى القصير.

لا يزال بإمكانك اختيار منتجات خارج ملفك، لكننا سنعرض لك تحذيرًا ونطلب منك التأكيد.

## تحديث ملفك

1. انتقل إلى **الملف الشخصي > مستوى المخاطر**.
2. اختر **إعادة الاستبيان**.
3. أجب عن جميع الأسئلة ثم اختر **حفظ**.

نطلب منك مراجعة إجاباتك كل 12 شهرًا، أو قبل ذلك إذا تغيّرت ظروفك، كالانتقال إلى وظيفة جديدة أو التقاعد أو إجراء عملية شراء كبيرة.

## نصائح

- أجب بصدق، فلا توجد إجابات صحيحة وأخرى خاطئة.
- فكّر في وضعك المالي ككل، وليس في هذا الحساب فقط.
- إذا لم تكن متأكدًا من معنى أحد الأسئلة، فتواصل مع فريق الدعم قبل الإرسال.
`,
    },
  },
  {
    key: "contacting-support-and-response-times",
    categoryKey: "getting_started",
    tags: ["support", "contact", "response-times", "live-chat", "hours"],
    en: {
      title: "Contacting support and response times",
      slug: "contacting-support-and-response-times",
      body: `# Contacting support and response times

Our support team is here to help in English, Arabic, Hindi and Urdu.

## Support hours (UTC+4)

- **Weekdays:** 08:00–20:00
- **Weekends:** 10:00–18:00

Outside these hours you can still send a message or create a ticket, and we will reply when the team is back. The virtual assistant in the app is available 24/7 for common questions.

## How to reach us

1. **Live chat** – tap **Help > Chat with us** in the app or on the website. This is the fastest option.
2. **Support ticket** – go to **Help > My tickets > New ticket**. Attach screenshots or documents if they are relevant.
3. **Email** – write to us from the email address registered on your account so we can verify you.

## Target response times

| Topic | First response |
|---|---|
| Live chat | Within 2 minutes |
| Investments and compliance | Within 2 hours |
| Technical, account and billing | Within 4 hours |

Response times are measured during support hours.

## Urgent security issues

If you think someone else has accessed your account, lock it immediately in **Settings > Security > Lock my account**, then contact us. Security issues are always handled first.

## Tips for a faster answer

- Quote your ticket number (for example, **#10482**) when you follow up.
- Describe what you expected to happen and what happened instead.
- Never share your password or verification codes. Our agents will never ask for them.
`,
    },
    ar: {
      title: "التواصل مع الدعم وأوقات الاستجابة",
      slug: "al-tawasul-maa-al-daam-wa-awqat-al-istijaba",
      body: `# التواصل مع الدعم وأوقات الاستجابة

فريق الدعم لدينا جاهز لمساعدتك باللغات العربية والإنجليزية والهندية والأردية.

## ساعات عمل الدعم (بتوقيت UTC+4)

- **أيام الأسبوع:** من 08:00 إلى 20:00
- **عطلة نهاية الأسبوع:** من 10:00 إلى 18:00

خارج هذه الساعات، لا يزال بإمكانك إرسال رسالة أو إنشاء تذكرة، وسنرد عليك عند عودة الفريق. ويتوفر المساعد الافتراضي في التطبيق على مدار الساعة طوال أيام الأسبوع للإجابة عن الأسئلة الشائعة.

## طرق التواصل معنا

1. **المحادثة المباشرة** – اضغط على **المساعدة > تحدّث معنا** في التطبيق أو على الموقع الإلكتروني. وهي الطريقة الأسرع.
2. **تذكرة دعم** – انتقل إلى **المساعدة > تذاكري > تذكرة جديدة**. أرفق لقطات الشاشة أو المستندات إن كانت ذات صلة.
3. **البريد الإلكتروني** – راسلنا من عنوان البريد الإلكتروني المسجّل في حسابك حتى نتمكن من التحقق من هويتك.

## أوقات الاستجابة المستهدفة

| الموضوع | الرد الأول |
|---|---|
| المحادثة المباشرة | خلال دقيقتين |
| الاستثمارات والامتثال | خلال ساعتين |
| المسائل الفنية والحساب والفواتير | خلال 4 ساعات |

تُحتسب أوقات الاستجابة خلال ساعات عمل الدعم.

## المشكلات الأمنية العاجلة

إذا كنت تعتقد أن شخصًا آخر قد وصل إلى حسابك، فاقفله فورًا من **الإعدادات > الأمان > قفل حسابي**، ثم تواصل معنا. نتعامل دائمًا مع المشكلات الأمنية أولًا.

## نصائح للحصول على رد أسرع

- اذكر رقم تذكرتك (مثل **#10482**) عند المتابعة.
- صِف ما كنت تتوقع حدوثه وما حدث فعلًا.
- لا تشارك أبدًا كلمة المرور أو رموز التحقق، فلن يطلبها منك موظفونا أبدًا.
`,
    },
  },
];

const INVESTMENT_ARTICLES: KnowledgeArticle[] = [
  {
    key: "understanding-your-portfolio-dashboard",
    categoryKey: "investments",
    tags: ["portfolio", "dashboard", "performance", "returns"],
    en: {
      title: "Understanding your portfolio dashboard",
      slug: "understanding-your-portfolio-dashboard",
      body: `# Understanding your portfolio dashboard

The portfolio dashboard is the first screen you see after signing in. It gives you an overview of everything you hold with us.

## The main sections

1. **Total value** – the current market value of all your investments plus your available cash. Prices are updated every 15 minutes during market hours.
2. **Performance** – your gain or loss over the selected period (1 week, 1 month, 1 year or since you started), shown both as an amount and as a percentage.
3. **Allocation** – a chart showing how your money is split between asset types such as equities, sukuk and bonds, gold and cash.
4. **Holdings** – each investment you own, with its current value, status and return. Tap any holding to see its details and history.
5. **Available cash** – money you can invest or withdraw right now. Cash reserved for pending orders or withdrawals is shown separately.

## Understanding returns

- **Unrealised gain or loss** is the change in value of investments you still hold.
- **Realised gain or loss** comes from investments you have sold or that have matured.
- Dividends you receive are included in your total return.

## FAQ

**Why does my total value differ from yesterday's statement?**
Statements use closing prices, while the dashboard shows the latest available prices.

**Why is part of my cash not available?**
It is reserved for a pending order or withdrawal. It becomes available again if the order is cancelled.

**Can I change the display currency?**
Yes. Go to **Settings > Preferences > Display currency**. This changes how values are shown; it does not convert your actual holdings.
`,
    },
    ar: {
      title: "فهم لوحة معلومات محفظتك",
      slug: "fahm-lawhat-maalumat-mihfazatik",
      body: `# فهم لوحة معلومات محفظتك

لوحة معلومات المحفظة هي أول شاشة تراها بعد تسجيل الدخول، وتمنحك نظرة عامة على كل ما تملكه لدينا.

## الأقسام الرئيسية

1. **القيمة الإجمالية** – القيمة السوقية الحالية لجميع استثماراتك مضافًا إليها رصيدك النقدي المتاح. تُحدَّث الأسعار كل 15 دقيقة خلال ساعات التداول.
2. **الأداء** – ربحك أو خسارتك خلال الفترة المحددة (أسبوع أو شهر أو سنة أو منذ بدايتك)، ويُعرض كمبلغ وكنسبة مئوية.
3. **توزيع الأصول** – رسم بياني يوضح كيفية توزيع أموالك بين فئات الأصول مثل الأسهم والصكوك والسندات والذهب والنقد.
4. **الممتلكات** – كل استثمار تملكه مع قيمته الحالية وحالته وعائده. اضغط على أي استثمار لعرض تفاصيله وسجله.
5. **الرصيد النقدي المتاح** – الأموال التي يمكنك استثمارها أو سحبها الآن. ويُعرض النقد المحجوز للأوامر أو عمليات السحب قيد التنفيذ بشكل منفصل.

## فهم العوائد

- **الربح أو الخسارة غير المحققة** هي التغير في قيمة الاستثمارات التي لا تزال تملكها.
- **الربح أو الخسارة المحققة** تنتج عن الاستثمارات التي بعتها أو التي بلغت تاريخ استحقاقها.
- تُحتسب توزيعات الأرباح التي تتلقاها ضمن عائدك الإجمالي.

## الأسئلة الشائعة

**لماذا تختلف قيمتي الإجمالية عن كشف الحساب الصادر أمس؟**
تعتمد كشوف الحساب على أسعار الإغلاق، بينما تعرض لوحة المعلومات أحدث الأسعار المتاحة.

**لماذا لا يتوفر جزء من رصيدي النقدي؟**
لأنه محجوز لأمر أو عملية سحب قيد التنفيذ، ويعود متاحًا مجددًا إذا أُلغي الأمر.

**هل يمكنني تغيير عملة العرض؟**
نعم. انتقل إلى **الإعدادات > التفضيلات > عملة العرض**. يغيّر ذلك طريقة عرض القيم فقط، ولا يحوّل استثماراتك الفعلية.
`,
    },
  },
  {
    key: "checking-the-status-of-an-investment",
    categoryKey: "investments",
    tags: ["investment-status", "orders", "settlement", "pending"],
    en: {
      title: "Checking the status of an investment",
      slug: "checking-the-status-of-an-investment",
      body: `# Checking the status of an investment

Every investment in your account has a status that tells you where it is in its life cycle.

## How to check

1. Open the app and go to **Portfolio**.
2. Tap the investment you want to check.
3. The status is shown under the product name, together with the date it last changed. Tap **History** to see every step.

## What each status means

- **Pending** – your order has been received and is waiting to be executed or settled. Stock and ETF orders usually settle within 2 business days; managed portfolios are invested on the next business day.
- **Active** – the investment is live and its value moves with the market.
- **Matured** – a fixed-term product, such as a sukuk, has reached its end date. The proceeds are paid into your available cash within 2 business days.
- **Cancelled** – the order was cancelled by you or could not be completed, for example because of insufficient funds. Any reserved money is returned to your available cash.

## FAQ

**My investment has been pending for more than 3 business days.**
This is unusual. Please contact support and quote the investment ID shown on the details screen (for example, **INV-10231**).

**Can I cancel a pending order?**
Yes, as long as it has not been executed yet. Tap the investment and select **Cancel order**.

**Why was my order cancelled?**
The reason is shown in the investment history. The most common reasons are insufficient available cash and orders placed outside market hours that expired before the market opened.
`,
    },
    ar: {
      title: "التحقق من حالة الاستثمار",
      slug: "al-tahaqquq-min-halat-al-istithmar",
      body: `# التحقق من حالة الاستثمار

لكل استثمار في حسابك حالة توضح المرحلة التي بلغها في دورة حياته.

## طريقة التحقق

1. افتح التطبيق وانتقل إلى **المحفظة**.
2. اضغط على الاستثمار الذي تريد التحقق منه.
3. تظهر الحالة أسفل اسم المنتج، إلى جانب تاريخ آخر تغيير لها. اضغط على **السجل** لعرض جميع المراحل.

## معنى كل حالة

- **قيد الانتظار** – استلمنا أمرك وهو بانتظار التنفيذ أو التسوية. تُسوّى أوامر الأسهم وصناديق المؤشرات المتداولة عادةً خلال يومي عمل، أما المحافظ المُدارة فتُستثمر في يوم العمل التالي.
- **نشط** – الاستثمار قائم وتتغير قيمته مع حركة السوق.
- **مستحق** – بلغ منتج محدد المدة، مثل الصكوك، تاريخ انتهائه. وتُودَع العائدات في رصيدك النقدي المتاح خلال يومي عمل.
- **ملغى** – ألغيتَ الأمر بنفسك أو تعذّر إتمامه، على سبيل المثال بسبب عدم كفاية الرصيد. وتُعاد أي أموال محجوزة إلى رصيدك النقدي المتاح.

## الأسئلة الشائعة

**استثماري قيد الانتظار منذ أكثر من 3 أيام عمل.**
هذا أمر غير معتاد. يُرجى التواصل مع فريق الدعم وذكر رقم الاستثمار الظاهر في شاشة التفاصيل (مثل **INV-10231**).

**هل يمكنني إلغاء أمر قيد الانتظار؟**
نعم، ما دام لم يُنفَّذ بعد. اضغط على الاستثمار ثم اختر **إلغاء الأمر**.

**لماذا أُلغي أمري؟**
يظهر السبب في سجل الاستثمار. وأكثر الأسباب شيوعًا هي عدم كفاية الرصيد النقدي المتاح، والأوامر المقدَّمة خارج ساعات التداول التي انتهت صلاحيتها قبل افتتاح السوق.
`,
    },
  },
  {
    key: "how-withdrawals-work",
    categoryKey: "investments",
    tags: ["withdrawal", "payout", "bank-transfer", "processing-time"],
    en: {
      title: "How withdrawals work and how long they take",
      slug: "how-withdrawals-work-and-how-long-they-take",
      body: `# How withdrawals work and how long they take

You can withdraw your available cash to a bank account in your name at any time.

## How to request a withdrawal

1. Go to **Wallet > Withdraw**.
2. Enter the amount. You can withdraw up to your **available cash** balance.
3. Choose a saved bank account, or add a new one in your name.
4. Confirm with your two-factor authentication code.

If your money is invested, sell or redeem the investment first. Sale proceeds become available cash once the trade has settled, usually within 2 business days.

## How long it takes

- Requests made before 14:00 (UTC+4) on a business day are processed the same day.
- The money normally reaches your bank within **1–3 business days**, depending on your bank and country.
- International transfers may take longer if an intermediary bank is involved.

## Fees

Withdrawals to a local bank account are free. International transfers cost USD 10 per withdrawal, and your bank may charge a receiving fee.

## Why a withdrawal might be delayed

- The bank account name does not match the name on your profile.
- You added the bank account less than 24 hours ago. For your security, new bank accounts can only be used after 24 hours.
- Additional compliance checks are needed for large amounts.

## FAQ

**Can I cancel a withdrawal?**
Yes, while its status is **Pending**. Once it is **Processing**, it can no longer be cancelled.

**My withdrawal shows as completed, but I haven't received it.**
Allow one more business day, then contact support with the transaction ID (for example, **TXN-88412345**).
`,
    },
    ar: {
      title: "كيف تتم عمليات السحب وكم تستغرق",
      slug: "kayfa-tatimm-amaliyyat-al-sahb",
      body: `# كيف تتم عمليات السحب وكم تستغرق

يمكنك سحب رصيدك النقدي المتاح إلى حساب بنكي باسمك في أي وقت.

## طريقة طلب السحب

1. انتقل إلى **المحفظة > سحب**.
2. أدخل المبلغ. يمكنك سحب ما يصل إلى قيمة **رصيدك النقدي المتاح**.
3. اختر حسابًا بنكيًا محفوظًا، أو أضف حسابًا جديدًا باسمك.
4. أكّد العملية باستخدام رمز المصادقة الثنائية.

إذا كانت أموالك مستثمرة، فقم ببيع الاستثمار أو استرداده أولًا. تصبح عائدات البيع رصيدًا نقديًا متاحًا بعد تسوية الصفقة، وعادةً ما يتم ذلك خلال يومي عمل.

## المدة المستغرقة

- تُعالَج الطلبات المقدَّمة قبل الساعة 14:00 (بتوقيت UTC+4) في يوم عمل في اليوم نفسه.
- تصل الأموال عادةً إلى بنكك خلال **يوم إلى 3 أيام عمل**، بحسب بنكك وبلدك.
- قد تستغرق التحويلات الدولية وقتًا أطول إذا تدخّل فيها بنك وسيط.

## الرسوم

السحب إلى حساب بنكي محلي مجاني. أما التحويلات الدولية فتبلغ رسومها 10 دولارات أمريكية لكل عملية سحب، وقد يفرض بنكك رسومًا على استلام الحوالة.

## أسباب تأخر السحب

- عدم تطابق اسم صاحب الحساب البنكي مع الاسم المسجّل في ملفك الشخصي.
- إضافة الحساب البنكي منذ أقل من 24 ساعة؛ فحرصًا على أمانك، لا يمكن استخدام الحسابات البنكية الجديدة إلا بعد مرور 24 ساعة.
- الحاجة إلى عمليات تحقق إضافية تتعلق بالامتثال عند سحب مبالغ كبيرة.

## الأسئلة الشائعة

**هل يمكنني إلغاء عملية السحب؟**
نعم، ما دامت حالتها **قيد الانتظار**. أما بعد انتقالها إلى **قيد المعالجة** فلا يمكن إلغاؤها.

**تظهر عملية السحب على أنها مكتملة، لكنني لم أستلم المبلغ.**
انتظر يوم عمل إضافيًا، ثم تواصل مع فريق الدعم مع ذكر رقم المعاملة (مثل **TXN-88412345**).
`,
    },
  },
  {
    key: "dividends-explained",
    categoryKey: "investments",
    tags: ["dividends", "income", "withholding-tax", "reinvestment"],
    en: {
      title: "Dividends explained",
      slug: "dividends-explained",
      body: `# Dividends explained

A dividend is a share of a company's profit that it pays to its shareholders. If you hold shares, ETFs or funds that pay dividends, you receive your portion automatically. Sukuk pay periodic profit distributions, which are handled in the same way.

## Key dates

- **Ex-dividend date** – you must own the investment before this date to receive the next dividend.
- **Record date** – the date on which the company checks who its shareholders are.
- **Payment date** – the date the dividend is paid. It is credited to your account within 2 business days of this date.

## How dividends are paid

1. The dividend is credited to your available cash in the investment's currency.
2. Any withholding tax deducted by the issuer's country is shown on the transaction.
3. If you have turned on **Automatic reinvestment**, the dividend is used to buy more of the same investment on the next business day.

To change this setting, go to **Portfolio > Settings > Dividend reinvestment**.

## Withholding tax

Some countries deduct tax from dividends before they are paid. The rate depends on the issuer's country and your tax residency. For US securities, completing the W-8BEN form in **Profile > Tax information** may reduce the rate if your country has a tax treaty with the US.

## FAQ

**Why is my dividend lower than expected?**
Usually because of withholding tax or currency conversion.

**I sold my shares but still received a dividend. Why?**
If you sold on or after the ex-dividend date, you are still entitled to that dividend.

**Where can I see all my dividends?**
In **Wallet > Transactions**, filter by **Dividend**. They are also listed in your annual tax statement.
`,
    },
    ar: {
      title: "شرح توزيعات الأرباح",
      slug: "sharh-tawziaat-al-arbah",
      body: `# شرح توزيعات الأرباح

توزيعات الأرباح هي حصة من أرباح الشركة تدفعها لمساهميها. فإذا كنت تملك أسهمًا أو صناديق مؤشرات متداولة أو صناديق استثمارية توزّع أرباحًا، فستحصل على حصتك تلقائيًا. كما تدفع الصكوك توزيعات أرباح دورية تُعامَل بالطريقة نفسها.

## التواريخ الرئيسية

- **تاريخ الاستحقاق السابق للتوزيع** – يجب أن تملك الاستثمار قبل هذا التاريخ لتحصل على التوزيع التالي.
- **تاريخ التسجيل** – التاريخ الذي تتحقق فيه الشركة من هوية مساهميها.
- **تاريخ الدفع** – التاريخ الذي تُصرف فيه التوزيعات، وتُضاف إلى حسابك خلال يومي عمل من هذا التاريخ.

## كيفية صرف التوزيعات

1. تُضاف التوزيعات إلى رصيدك النقدي المتاح بعملة الاستثمار.
2. تظهر في المعاملة أي ضريبة مقتطعة من المنبع تفرضها دولة الجهة المُصدِرة.
3. إذا فعّلت خيار **إعادة الاستثمار التلقائي**، فستُستخدم التوزيعات لشراء المزيد من الاستثمار نفسه في يوم العمل التالي.

لتغيير هذا الإعداد، انتقل إلى **المحفظة > الإعدادات > إعادة استثمار التوزيعات**.

## الضريبة المقتطعة من المنبع

تقتطع بعض الدول ضريبة من التوزيعات قبل صرفها. ويعتمد معدلها على دولة الجهة المُصدِرة وعلى إقامتك الضريبية. وبالنسبة إلى الأوراق المالية الأمريكية، قد يؤدي تعبئة نموذج W-8BEN في **الملف الشخصي > المعلومات الضريبية** إلى خفض المعدل إذا كانت بين بلدك والولايات المتحدة اتفاقية ضريبية.

## الأسئلة الشائعة

**لماذا جاءت توزيعاتي أقل من المتوقع؟**
يرجع ذلك عادةً إلى الضريبة المقتطعة من المنبع أو إلى تحويل العملة.

**بعتُ أسهمي لكنني ما زلت أتلقى توزيعات. لماذا؟**
إذا بعتَ في تاريخ الاستحقاق السابق للتوزيع أو بعده، فإنك تظل مستحقًا لذلك التوزيع.

**أين يمكنني الاطلاع على جميع توزيعاتي؟**
من **المحفظة > المعاملات**، مع التصفية حسب **توزيعات الأرباح**. كما تُدرج في كشفك الضريبي السنوي.
`,
    },
  },
  {
    key: "investment-products-overview",
    categoryKey: "investments",
    tags: ["products", "managed-portfolios", "sukuk", "etf", "sharia", "gold"],
    en: {
      title: "Investment products overview",
      slug: "investment-products-overview",
      body: `# Investment products overview

We offer a range of products for different goals and risk levels. The products available to you depend on your country of residence and your risk profile.

## Managed portfolios

Our investment team builds and rebalances a diversified portfolio for you. Choose **Conservative**, **Balanced** or **Growth**. Minimum investment: USD 500.

## Sharia-compliant portfolios

Diversified portfolios screened by an independent Sharia supervisory board. They exclude interest-based instruments and non-compliant sectors. Available as **Sharia Balanced** and **Sharia Growth**, from USD 500.

## Fixed-term sukuk

Sukuk held for a fixed term of 6, 12 or 24 months, with an expected profit rate shown before you invest. Your money is committed until maturity; early exit is possible only in limited cases and may reduce your return.

## Stocks and ETFs

Buy individual shares and exchange-traded funds listed on major US, UK and Gulf exchanges. Thanks to fractional shares, you can invest from USD 10.

## Gold savings plan

Buy physically backed gold in small amounts, from USD 50 per month.

## Choosing a product

1. Check your risk profile under **Profile > Risk profile**.
2. Open **Invest > Explore products** and compare the key facts for each product.
3. Read the product's key information document before you invest.

## Important

- The value of investments can go down as well as up, and you may get back less than you invested.
- Past performance is not a reliable indicator of future results.
- We do not provide personal tax or legal advice.
`,
    },
    ar: {
      title: "نظرة عامة على المنتجات الاستثمارية",
      slug: "nazra-amma-ala-al-muntajat-al-istithmariyya",
      body: `# نظرة عامة على المنتجات الاستثمارية

نقدّم مجموعة من المنتجات التي تناسب أهدافًا ومستويات مخاطر مختلفة. وتعتمد المنتجات المتاحة لك على بلد إقامتك وعلى مستوى المخاطر الخاص بك.

## المحافظ المُدارة

يتولى فريقنا الاستثماري بناء محفظة متنوعة لك وإعادة موازنتها. اختر بين **المتحفظة** أو **المتوازنة** أو **النمو**. الحد الأدنى للاستثمار: 500 دولار أمريكي.

## المحافظ المتوافقة مع أحكام الشريعة

محافظ متنوعة تخضع لفحص هيئة رقابة شرعية مستقلة، وتستبعد الأدوات القائمة على الفائدة والقطاعات غير المتوافقة مع الشريعة. وتتوفر بخياري **المتوازنة الشرعية** و**النمو الشرعية**، بدءًا من 500 دولار أمريكي.

## الصكوك محددة المدة

صكوك تُحتفظ بها لمدة محددة تبلغ 6 أو 12 أو 24 شهرًا، مع عرض معدل الربح المتوقع قبل أن تستثمر. تبقى أموالك مرتبطة حتى تاريخ الاستحقاق، ولا يُسمح بالخروج المبكر إلا في حالات محدودة، وقد يؤدي ذلك إلى خفض عائدك.

## الأسهم وصناديق المؤشرات المتداولة

اشترِ أسهمًا فردية وصناديق مؤشرات متداولة مدرجة في كبرى البورصات الأمريكية والبريطانية والخليجية. وبفضل الأسهم الجزئية، يمكنك البدء بالاستثمار من 10 دولارات أمريكية.

## خطة ادخار الذهب

اشترِ ذهبًا مدعومًا بذهب فعلي بمبالغ صغيرة، بدءًا من 50 دولارًا أمريكيًا شهريًا.

## اختيار المنتج المناسب

1. اطّلع على مستوى المخاطر الخاص بك من **الملف الشخصي > مستوى المخاطر**.
2. افتح **استثمر > استكشف المنتجات** وقارن بين المعلومات الأساسية لكل منتج.
3. اقرأ وثيقة المعلومات الأساسية للمنتج قبل أن تستثمر.

## معلومات مهمة

- قد ترتفع قيمة الاستثمارات وقد تنخفض، وقد تسترد مبلغًا أقل مما استثمرته.
- الأداء السابق ليس مؤشرًا موثوقًا على النتائج المستقبلية.
- لا نقدّم استشارات ضريبية أو قانونية شخصية.
`,
    },
  },
];

const ACCOUNT_SECURITY_ARTICLES: KnowledgeArticle[] = [
  {
    key: "setting-up-two-factor-authentication",
    categoryKey: "account_security",
    tags: ["2fa", "security", "authenticator", "login"],
    en: {
      title: "Setting up two-factor authentication",
      slug: "setting-up-two-factor-authentication",
      body: `# Setting up two-factor authentication

Two-factor authentication (2FA) adds a second step when you sign in. Even if someone learns your password, they cannot access your account without the second factor. You must turn on 2FA before you can make a withdrawal.

## Option 1: Authenticator app (recommended)

1. Install an authenticator app such as Google Authenticator or Microsoft Authenticator.
2. In our app, go to **Settings > Security > Two-factor authentication** and select **Authenticator app**.
3. Scan the QR code with your authenticator app.
4. Enter the six-digit code shown in the authenticator to confirm.
5. Save your **10 backup codes** somewhere safe and offline. Each code can be used once if you lose your phone.

## Option 2: SMS

1. Go to **Settings > Security > Two-factor authentication** and select **SMS**.
2. Confirm your mobile number.
3. Enter the code we send you.

SMS is convenient but less secure than an authenticator app, because fraudsters can sometimes move a phone number to another SIM card.

## If you change or lose your phone

- **New phone:** before resetting your old phone, transfer your authenticator accounts to the new one, or turn 2FA off and on again from the new device.
- **Lost phone:** sign in with a backup code, then set up 2FA again. If you have no backup codes, contact support. We will verify your identity, which can take up to 24 hours.

## Tips

- Never share a 2FA code with anyone, including people who say they work for us.
- Codes change every 30 seconds. If a code is rejected, check that your phone sets its time automatically.
`,
    },
    ar: {
      title: "إعداد المصادقة الثنائية",
      slug: "iidad-al-musadaqa-al-thunaiyya",
      body: `# إعداد المصادقة الثنائية

تضيف المصادقة الثنائية خطوة ثانية عند تسجيل الدخول. فحتى لو عرف أحدهم كلمة مرورك، فلن يتمكن من الوصول إلى حسابك دون العامل الثاني. ويجب عليك تفعيل المصادقة الثنائية قبل أن تتمكن من إجراء أي عملية سحب.

## الخيار الأول: تطبيق المصادقة (موصى به)

1. ثبّت تطبيقًا للمصادقة مثل Google Authenticator أو Microsoft Authenticator.
2. في تطبيقنا، انتقل إلى **الإعدادات > الأمان > المصادقة الثنائية** واختر **تطبيق المصادقة**.
3. امسح رمز QR باستخدام تطبيق المصادقة.
4. أدخل الرمز المكوّن من ستة أرقام الظاهر في تطبيق المصادقة للتأكيد.
5. احفظ **رموز الاسترداد العشرة** في مكان آمن وغير متصل بالإنترنت. يمكن استخدام كل رمز مرة واحدة إذا فقدت هاتفك.

## الخيار الثاني: الرسائل النصية

1. انتقل إلى **الإعدادات > الأمان > المصادقة الثنائية** واختر **رسالة نصية**.
2. أكّد رقم هاتفك المحمول.
3. أدخل الرمز الذي نرسله إليك.

الرسائل النصية خيار مريح، لكنها أقل أمانًا من تطبيق المصادقة، لأن المحتالين قد يتمكنون أحيانًا من نقل رقم الهاتف إلى شريحة اتصال أخرى.

## إذا غيّرت هاتفك أو فقدته

- **هاتف جديد:** قبل إعادة ضبط هاتفك القديم، انقل حسابات تطبيق المصادقة إلى الهاتف الجديد، أو أوقف المصادقة الثنائية ثم فعّلها مجددًا من الجهاز الجديد.
- **هاتف مفقود:** سجّل الدخول باستخدام أحد رموز الاسترداد، ثم أعد إعداد المصادقة الثنائية. وإذا لم تكن لديك رموز استرداد، فتواصل مع فريق الدعم. سنتحقق من هويتك، وقد يستغرق ذلك ما يصل إلى 24 ساعة.

## نصائح

- لا تشارك رمز المصادقة الثنائية مع أي شخص أبدًا، بمن في ذلك من يدّعون أنهم يعملون لدينا.
- تتغير الرموز كل 30 ثانية. إذا رُفض أحد الرموز، فتأكد من ضبط الوقت في هاتفك تلقائيًا.
`,
    },
  },
  {
    key: "resetting-your-password",
    categoryKey: "account_security",
    tags: ["password", "login", "reset", "security"],
    en: {
      title: "Resetting your password",
      slug: "resetting-your-password",
      body: `# Resetting your password

If you have forgotten your password or want to change it, you can reset it in a few minutes.

## If you have forgotten your password

1. On the sign-in screen, select **Forgot password?**
2. Enter the email address registered on your account.
3. Open the email we send you and select **Reset password**. The link is valid for 30 minutes and can only be used once.
4. If two-factor authentication is turned on, enter the code from your authenticator app or SMS.
5. Choose a new password and confirm it.

After a reset, you are signed out of all other devices, and withdrawals are paused for 24 hours as a security precaution.

## If you know your current password

Go to **Settings > Security > Change password**, enter your current password and then your new one.

## Password requirements

- At least 12 characters.
- Different from your last 5 passwords.
- Avoid your name, date of birth or common words.

A passphrase made of three or four unrelated words is easy to remember and hard to guess.

## Troubleshooting

- **No email received?** Check your spam or junk folder and wait a few minutes. Make sure you entered the email address registered on your account.
- **Link expired?** Request a new one. Only the most recent link works.
- **Locked out after too many attempts?** After 5 failed sign-ins, your account is locked for 30 minutes. Wait, then reset your password.

If you did not request a password reset, someone may be trying to access your account. Do not click the link, and contact support.
`,
    },
    ar: {
      title: "إعادة تعيين كلمة المرور",
      slug: "iadat-tayin-kalimat-al-murur",
      body: `# إعادة تعيين كلمة المرور

إذا نسيت كلمة المرور أو أردت تغييرها، فيمكنك إعادة تعيينها في بضع دقائق.

## إذا نسيت كلمة المرور

1. في شاشة تسجيل الدخول، اختر **نسيت كلمة المرور؟**
2. أدخل عنوان البريد الإلكتروني المسجّل في حسابك.
3. افتح الرسالة التي نرسلها إليك واختر **إعادة تعيين كلمة المرور**. الرابط صالح لمدة 30 دقيقة ولا يمكن استخدامه إلا مرة واحدة.
4. إذا كانت المصادقة الثنائية مفعّلة، فأدخل الرمز من تطبيق المصادقة أو من الرسالة النصية.
5. اختر كلمة مرور جديدة وأكّدها.

بعد إعادة التعيين، يُسجَّل خروجك من جميع الأجهزة الأخرى، وتُعلَّق عمليات السحب لمدة 24 ساعة كإجراء احترازي للأمان.

## إذا كنت تعرف كلمة المرور الحالية

انتقل إلى **الإعدادات > الأمان > تغيير كلمة المرور**، وأدخل كلمة المرور الحالية ثم كلمة المرور الجديدة.

## متطلبات كلمة المرور

- 12 حرفًا على الأقل.
- أن تختلف عن آخر 5 كلمات مرور استخدمتها.
- تجنّب استخدام اسمك أو تاريخ ميلادك أو الكلمات الشائعة.

عبارة المرور المكوّنة من ثلاث أو أربع كلمات لا رابط بينها سهلة التذكّر وصعبة التخمين.

## حل المشكلات

- **لم تصلك الرسالة؟** تحقّق من مجلد الرسائل غير المرغوب فيها وانتظر بضع دقائق. وتأكد من إدخال عنوان البريد الإلكتروني المسجّل في حسابك.
- **انتهت صلاحية الرابط؟** اطلب رابطًا جديدًا، فالرابط الأحدث وحده هو الذي يعمل.
- **قُفل حسابك بعد محاولات كثيرة؟** بعد 5 محاولات فاشلة لتسجيل الدخول، يُقفل حسابك لمدة 30 دقيقة. انتظر ثم أعد تعيين كلمة المرور.

إذا لم تطلب إعادة تعيين كلمة المرور، فقد يكون هناك من يحاول الوصول إلى حسابك. لا تضغط على الرابط، وتواصل مع فريق الدعم.
`,
    },
  },
  {
    key: "recognising-phishing",
    categoryKey: "account_security",
    tags: ["phishing", "fraud", "scams", "security"],
    en: {
      title: "Recognising phishing",
      slug: "recognising-phishing",
      body: `# Recognising phishing

Phishing is when fraudsters pretend to be a trusted organisation to trick you into revealing passwords, codes or payment details. It can arrive by email, SMS, WhatsApp, social media or a phone call.

## We will never

- ask for your password, PIN or two-factor authentication codes;
- ask you to move money to a "safe account";
- ask you to install remote-access software such as AnyDesk or TeamViewer;
- promise guaranteed returns or pressure you to invest immediately.

## Warning signs

1. **Urgency or threats** – "Your account will be closed in 24 hours."
2. **Look-alike addresses** – a sender or link with a small spelling change, extra words or an unusual domain ending.
3. **Unexpected attachments or links** – especially ones that ask you to sign in.
4. **Offers that are too good to be true** – guaranteed profits, bonuses or prizes.
5. **Requests for secrecy** – "Don't tell your bank about this call."

## If you receive a suspicious message

1. Do not click links, open attachments or reply.
2. Open our app, or type our website address yourself, to check for any genuine notifications.
3. Report the message to support, then delete it.

## If you think you have been tricked

1. Lock your account immediately in **Settings > Security > Lock my account**.
2. Contact support, and we will help you secure your account.
3. If you shared card details, contact your card issuer as well.

Acting quickly gives us the best chance of stopping unauthorised transactions.
`,
    },
    ar: {
      title: "التعرّف على رسائل التصيّد الاحتيالي",
      slug: "al-taarruf-ala-al-tasayyud-al-ihtiyali",
      body: `# التعرّف على رسائل التصيّد الاحتيالي

التصيّد الاحتيالي هو انتحال المحتالين صفة جهة موثوقة لخداعك ودفعك إلى الكشف عن كلمات المرور أو الرموز أو بيانات الدفع. وقد يصلك عبر البريد الإلكتروني أو الرسائل النصية أو واتساب أو وسائل التواصل الاجتماعي أو المكالمات الهاتفية.

## لن نقوم أبدًا بما يلي

- طلب كلمة المرور أو الرقم السري أو رموز المصادقة الثنائية؛
- مطالبتك بنقل أموالك إلى "حساب آمن"؛
- مطالبتك بتثبيت برامج للتحكم عن بُعد مثل AnyDesk أو TeamViewer؛
- الوعد بعوائد مضمونة أو الضغط عليك للاستثمار فورًا.

## علامات التحذير

1. **الاستعجال أو التهديد** – "سيُغلق حسابك خلال 24 ساعة."
2. **عناوين مشابهة** – مُرسِل أو رابط يتضمن تغييرًا طفيفًا في الإملاء أو كلمات إضافية أو امتداد نطاق غير مألوف.
3. **مرفقات أو روابط غير متوقعة** – لا سيما تلك التي تطلب منك تسجيل الدخول.
4. **عروض أفضل من أن تكون حقيقية** – أرباح مضمونة أو مكافآت أو جوائز.
5. **طلب السرية** – "لا تُخبر بنكك بشأن هذه المكالمة."

## إذا تلقيت رسالة مريبة

1. لا تضغط على الروابط، ولا تفتح المرفقات، ولا ترد على الرسالة.
2. افتح تطبيقنا، أو اكتب عنوان موقعنا الإلكتروني بنفسك، للتحقق من وجود أي إشعارات حقيقية.
3. أبلغ فريق الدعم عن الرسالة، ثم احذفها.

## إذا كنت تعتقد أنك تعرضت للخداع

1. اقفل حسابك فورًا من **الإعدادات > الأمان > قفل حسابي**.
2. تواصل مع فريق الدعم، وسنساعدك على تأمين حسابك.
3. إذا شاركت بيانات بطاقتك، فتواصل أيضًا مع الجهة المُصدِرة للبطاقة.

التصرف السريع يمنحنا أفضل فرصة لإيقاف المعاملات غير المصرّح بها.
`,
    },
  },
  {
    key: "locking-a-compromised-account",
    categoryKey: "account_security",
    tags: ["account-lock", "compromised-account", "fraud", "security"],
    en: {
      title: "Locking a compromised account",
      slug: "locking-a-compromised-account",
      body: `# Locking a compromised account

If you think someone else has access to your account, lock it straight away. Locking is instant and stops anyone, including you, from signing in, trading or withdrawing until the account has been reviewed.

## Signs your account may be compromised

- You receive sign-in alerts or verification codes you did not request.
- Your email address, phone number or bank details changed without your knowledge.
- You see trades or withdrawals you did not make.

## How to lock your account

**In the app, if you can still sign in:**

1. Go to **Settings > Security > Lock my account**.
2. Select **Lock now** to confirm.

**If you cannot sign in:**

1. On the sign-in screen, select **Need help?** and choose **Lock my account**.
2. Enter your registered email address or mobile number and confirm with the code we send you.

Self-service locking works 24/7. During support hours you can also start a live chat and tell the agent your account is compromised; security reports are always handled first.

## What happens next

1. Our security team reviews recent activity, usually within 4 hours.
2. We verify your identity, which may include a short video call.
3. You set a new password and set up two-factor authentication again.
4. We unlock your account and explain anything we found.

Any unauthorised transactions are investigated, and we keep you updated through your support ticket.

## Tips

- Change the password of your email account too, as attackers often start there.
- Check your devices for unknown apps or remote-access software.
`,
    },
    ar: {
      title: "قفل حساب تعرّض للاختراق",
      slug: "qafl-hisab-taarrada-lil-ikhtiraq",
      body: `# قفل حساب تعرّض للاختراق

إذا كنت تعتقد أن شخصًا آخر يستطيع الوصول إلى حسابك، فاقفله على الفور. يتم القفل فورًا، ويمنع أي شخص، بمن فيهم أنت، من تسجيل الدخول أو التداول أو السحب إلى أن تتم مراجعة الحساب.

## علامات تدل على احتمال اختراق حسابك

- تلقّي تنبيهات تسجيل دخول أو رموز تحقق لم تطلبها.
- تغيّر عنوان بريدك الإلكتروني أو رقم هاتفك أو بياناتك البنكية دون علمك.
- ظهور صفقات أو عمليات سحب لم تُجرِها.

## طريقة قفل حسابك

**من التطبيق، إذا كنت لا تزال قادرًا على تسجيل الدخول:**

1. انتقل إلى **الإعدادات > الأمان > قفل حسابي**.
2. اختر **اقفل الآن** للتأكيد.

**إذا لم تتمكن من تسجيل الدخول:**

1. في شاشة تسجيل الدخول، اختر **هل تحتاج إلى مساعدة؟** ثم اختر **قفل حسابي**.
2. أدخل بريدك الإلكتروني أو رقم هاتفك المحمول المسجّل، وأكّد باستخدام الرمز الذي نرسله إليك.

تعمل خدمة القفل الذاتي على مدار الساعة طوال أيام الأسبوع. ويمكنك أيضًا خلال ساعات عمل الدعم بدء محادثة مباشرة وإبلاغ الموظف بأن حسابك مخترق، إذ نتعامل دائمًا مع البلاغات الأمنية أولًا.

## ماذا يحدث بعد ذلك؟

1. يراجع فريق الأمان لدينا النشاط الأخير على حسابك، وعادةً ما يتم ذلك خلال 4 ساعات.
2. نتحقق من هويتك، وقد يشمل ذلك مكالمة فيديو قصيرة.
3. تعيّن كلمة مرور جديدة وتعيد إعداد المصادقة الثنائية.
4. نفتح قفل حسابك ونوضح لك ما توصلنا إليه.

نحقق في أي معاملات غير مصرّح بها، ونبقيك على اطلاع من خلال تذكرة الدعم الخاصة بك.

## نصائح

- غيّر كذلك كلمة مرور بريدك الإلكتروني، فكثيرًا ما يبدأ المهاجمون من هناك.
- افحص أجهزتك بحثًا عن تطبيقات غير معروفة أو برامج للتحكم عن بُعد.
`,
    },
  },
  {
    key: "managing-trusted-devices",
    categoryKey: "account_security",
    tags: ["trusted-devices", "sessions", "login", "security"],
    en: {
      title: "Managing trusted devices",
      slug: "managing-trusted-devices",
      body: `# Managing trusted devices

When you sign in on a new phone, tablet or computer, you can mark it as trusted. A trusted device does not ask for a two-factor authentication code at every sign-in for 30 days.

## Viewing your devices

1. Go to **Settings > Security > Trusted devices**.
2. You will see each device's name, its approximate location and when it was last used.

You can have up to 5 trusted devices at a time.

## Removing a device

1. Tap the device you want to remove.
2. Select **Remove device** and confirm.

The device is signed out immediately, and the next sign-in on it will require your password and a two-factor code. To remove every device except the one you are using, select **Sign out all other devices**.

## When to remove a device

- You have sold, given away or lost the device.
- You signed in on a shared or public computer.
- You see a device or location you do not recognise.

If you see a device you do not recognise, remove it, change your password and review your recent transactions. If anything looks wrong, lock your account and contact support.

## Tips

- Only trust personal devices that are protected by a screen lock.
- Do not trust devices used by other people, even family members.
- Locations are estimated from the IP address and may show a nearby city rather than your exact location.
- Withdrawals always require a two-factor code, even on a trusted device.
`,
    },
    ar: {
      title: "إدارة الأجهزة الموثوقة",
      slug: "idarat-al-ajhiza-al-mawthuqa",
      body: `# إدارة الأجهزة الموثوقة

عند تسجيل الدخول من هاتف أو جهاز لوحي أو حاسوب جديد، يمكنك تحديده كجهاز موثوق. ولا يطلب الجهاز الموثوق رمز المصادقة الثنائية عند كل تسجيل دخول لمدة 30 يومًا.

## عرض أجهزتك

1. انتقل إلى **الإعدادات > الأمان > الأجهزة الموثوقة**.
2. سترى اسم كل جهاز وموقعه التقريبي وآخر مرة استُخدم فيها.

يمكنك الاحتفاظ بما يصل إلى 5 أجهزة موثوقة في الوقت نفسه.

## إزالة جهاز

1. اضغط على الجهاز الذي تريد إزالته.
2. اختر **إزالة الجهاز** ثم أكّد.

يُسجَّل خروج الجهاز فورًا، وسيتطلب تسجيل الدخول التالي منه إدخال كلمة المرور ورمز المصادقة الثنائية. ولإزالة جميع الأجهزة باستثناء الجهاز الذي تستخدمه، اختر **تسجيل الخروج من جميع الأجهزة الأخرى**.

## متى تزيل جهازًا؟

- إذا بعتَ الجهاز أو أهديته أو فقدته.
- إذا سجّلت الدخول من حاسوب مشترك أو عام.
- إذا رأيت جهازًا أو موقعًا لا تعرفه.

إذا رأيت جهازًا لا تعرفه، فأزِله وغيّر كلمة المرور وراجع معاملاتك الأخيرة. وإذا بدا لك أي شيء غير طبيعي، فاقفل حسابك وتواصل مع فريق الدعم.

## نصائح

- لا تمنح الثقة إلا للأجهزة الشخصية المحمية بقفل للشاشة.
- لا تمنح الثقة لأجهزة يستخدمها أشخاص آخرون، حتى لو كانوا من أفراد عائلتك.
- تُقدَّر المواقع بناءً على عنوان IP، وقد تُظهر مدينة قريبة بدلًا من موقعك الدقيق.
- تتطلب عمليات السحب دائمًا رمز المصادقة الثنائية، حتى على الجهاز الموثوق.
`,
    },
  },
];

const PAYMENTS_BILLING_ARTICLES: KnowledgeArticle[] = [
  {
    key: "fees-and-charges",
    categoryKey: "payments_billing",
    tags: ["fees", "pricing", "subscription", "charges"],
    en: {
      title: "Fees and charges",
      slug: "fees-and-charges",
      body: `# Fees and charges

We keep our fees simple and transparent. You can always see the fees that apply to you in **Settings > Plan and fees**.

## Subscription plans

| Plan | Monthly fee | Annual management fee |
|---|---|---|
| Standard | Free | 0.50% |
| Premium | USD 15 | 0.35% |
| VIP | USD 45 | 0.25% |

The management fee applies to managed and Sharia-compliant portfolios. It is calculated daily on the portfolio value and charged monthly. VIP also includes a dedicated relationship manager.

## Other fees

- **Stock and ETF trades:** USD 1 per trade on Standard; free on Premium and VIP.
- **Card deposits:** 1.5% of the amount. Bank transfers are free.
- **Currency conversion:** 0.5% on top of the live exchange rate.
- **Withdrawals:** free to local bank accounts; USD 10 for international transfers.
- **Inactivity:** we do not charge an inactivity fee.

## How fees are collected

1. Fees are deducted from your available cash.
2. If there is not enough cash, the fee is deducted from your next deposit or dividend.
3. Every fee appears as a **Fee** transaction in **Wallet > Transactions** and on your monthly statement.

## FAQ

**Do I pay VAT?**
VAT or other taxes may be added depending on your country of residence. They are shown separately on your invoice.

**Are there any hidden fees?**
No. Product providers, such as ETF issuers, have their own ongoing charges. These are already reflected in the product's price and listed in its key information document.
`,
    },
    ar: {
      title: "الرسوم والمصاريف",
      slug: "al-rusum-wal-masarif",
      body: `# الرسوم والمصاريف

نحرص على أن تكون رسومنا بسيطة وشفافة. ويمكنك دائمًا الاطلاع على الرسوم المطبقة عليك من **الإعدادات > الخطة والرسوم**.

## خطط الاشتراك

| الخطة | الرسوم الشهرية | رسوم الإدارة السنوية |
|---|---|---|
| القياسية | مجانًا | 0.50% |
| المميزة (Premium) | 15 دولارًا أمريكيًا | 0.35% |
| كبار العملاء (VIP) | 45 دولارًا أمريكيًا | 0.25% |

تُطبَّق رسوم الإدارة على المحافظ المُدارة والمحافظ المتوافقة مع أحكام الشريعة، وتُحتسب يوميًا على قيمة المحفظة وتُخصم شهريًا. كما تشمل خطة كبار العملاء مدير علاقات مخصصًا لك.

## رسوم أخرى

- **صفقات الأسهم وصناديق المؤشرات المتداولة:** دولار أمريكي واحد لكل صفقة في الخطة القياسية، ومجانًا في الخطتين المميزة وكبار العملاء.
- **الإيداع بالبطاقة:** 1.5% من المبلغ، أما التحويلات البنكية فمجانية.
- **تحويل العملات:** 0.5% فوق سعر الصرف الفوري.
- **السحب:** مجاني إلى الحسابات البنكية المحلية، و10 دولارات أمريكية للتحويلات الدولية.
- **عدم النشاط:** لا نفرض أي رسوم على عدم النشاط.

## كيفية تحصيل الرسوم

1. تُخصم الرسوم من رصيدك النقدي المتاح.
2. إذا لم يكن الرصيد النقدي كافيًا، تُخصم الرسوم من إيداعك التالي أو من توزيعات الأرباح التالية.
3. تظهر كل رسوم كمعاملة من نوع **رسوم** في **المحفظة > المعاملات** وفي كشف حسابك الشهري.

## الأسئلة الشائعة

**هل أدفع ضريبة القيمة المضافة؟**
قد تُضاف ضريبة القيمة المضافة أو ضرائب أخرى بحسب بلد إقامتك، وتظهر بشكل منفصل في فاتورتك.

**هل توجد رسوم خفية؟**
لا. لدى مزوّدي المنتجات، مثل مُصدِري صناديق المؤشرات المتداولة، رسومهم الجارية الخاصة، وهي مُضمَّنة بالفعل في سعر المنتج ومذكورة في وثيقة معلوماته الأساسية.
`,
    },
  },
  {
    key: "why-a-payment-failed",
    categoryKey: "payments_billing",
    tags: ["payment-failed", "card", "deposit", "declined"],
    en: {
      title: "Why a payment failed and what to do",
      slug: "why-a-payment-failed-and-what-to-do",
      body: `# Why a payment failed and what to do

A failed payment can be frustrating, but in most cases the reason is simple and you can try again straight away. You can see the reason next to the transaction in **Wallet > Transactions**.

## Common reasons and fixes

1. **Insufficient funds** – check your bank balance and try again, or deposit a smaller amount.
2. **Card expired or details incorrect** – update your card in **Wallet > Payment methods**.
3. **3-D Secure not completed** – your bank asks you to confirm the payment with a code or in its app. If the confirmation timed out, start the payment again and complete it within 5 minutes.
4. **Declined by your bank** – some banks block payments to investment platforms or international merchants. Call your bank and ask them to allow the payment.
5. **Daily limit reached** – card deposits are limited to USD 5,000 per day. Try again tomorrow or use a bank transfer.
6. **Name mismatch** – payments must come from a card or account in your own name. Third-party payments are returned.

## Failed subscription payments

If your monthly plan fee fails, we retry automatically every 3 days, up to 3 times, and email you each time. If all attempts fail, your plan moves to Standard at the end of the billing period. Your investments are not affected.

## Was I charged?

A failed payment is not taken from your account. Your bank may show a temporary hold, which is released automatically, usually within 5–7 business days depending on your bank.

## Still stuck?

Contact support with the transaction ID (for example, **TXN-88412345**), the payment method and the error message you saw. We can check the exact response from the payment provider.
`,
    },
    ar: {
      title: "أسباب فشل الدفع وما يجب عليك فعله",
      slug: "asbab-fashal-al-dafa-wa-ma-yajib-fiiluh",
      body: `# أسباب فشل الدفع وما يجب عليك فعله

قد يكون فشل عملية الدفع أمرًا مزعجًا، لكن السبب في معظم الحالات بسيط ويمكنك إعادة المحاولة فورًا. ويظهر السبب بجانب المعاملة في **المحفظة > المعاملات**.

## الأسباب الشائعة وحلولها

1. **عدم كفاية الرصيد** – تحقّق من رصيدك البنكي ثم أعد المحاولة، أو أودِع مبلغًا أصغر.
2. **انتهاء صلاحية البطاقة أو عدم صحة بياناتها** – حدّث بطاقتك من **المحفظة > وسائل الدفع**.
3. **عدم إكمال التحقق الآمن (3-D Secure)** – يطلب منك بنكك تأكيد الدفع برمز أو من خلال تطبيقه. وإذا انتهت مهلة التأكيد، فابدأ عملية الدفع من جديد وأكملها خلال 5 دقائق.
4. **رفض البنك للعملية** – تحظر بعض البنوك المدفوعات إلى منصات الاستثمار أو إلى التجار الدوليين. اتصل ببنكك واطلب منه السماح بالدفعة.
5. **بلوغ الحد اليومي** – الحد الأقصى للإيداع بالبطاقة هو 5,000 دولار أمريكي يوميًا. أعد المحاولة غدًا أو استخدم التحويل البنكي.
6. **عدم تطابق الاسم** – يجب أن تصدر المدفوعات من بطاقة أو حساب باسمك أنت، وتُعاد مدفوعات الأطراف الثالثة.

## فشل دفع رسوم الاشتراك

إذا فشل دفع رسوم خطتك الشهرية، نعيد المحاولة تلقائيًا كل 3 أيام لمدة تصل إلى 3 مرات، ونرسل إليك رسالة بريد إلكتروني في كل مرة. وإذا فشلت جميع المحاولات، تنتقل خطتك إلى الخطة القياسية في نهاية فترة الفوترة، دون أن تتأثر استثماراتك.

## هل خُصم المبلغ مني؟

لا يُخصم مبلغ الدفعة الفاشلة من حسابك. وقد يُظهر بنكك حجزًا مؤقتًا للمبلغ يُلغى تلقائيًا، وعادةً ما يتم ذلك خلال 5 إلى 7 أيام عمل بحسب بنكك.

## هل ما زالت المشكلة قائمة؟

تواصل مع فريق الدعم وأرسل رقم المعاملة (مثل **TXN-88412345**) ووسيلة الدفع ورسالة الخطأ التي ظهرت لك، وسنتحقق من الرد الدقيق الوارد من مزوّد خدمة الدفع.
`,
    },
  },
  {
    key: "requesting-a-refund",
    categoryKey: "payments_billing",
    tags: ["refund", "billing", "subscription", "fees"],
    en: {
      title: "Requesting a refund",
      slug: "requesting-a-refund",
      body: `# Requesting a refund

You can request a refund for fees or charges that you believe were taken in error.

## What can be refunded

- Subscription fees charged after you cancelled or downgraded your plan.
- Duplicate charges for the same payment.
- Fees applied incorrectly, for example a trading fee on a Premium plan.
- Card deposits that were charged but never credited to your wallet.

Investment losses caused by market movements cannot be refunded.

## How to request a refund

1. Go to **Wallet > Transactions** and tap the charge.
2. Select **Report a problem > Request a refund**.
3. Choose a reason and add any details or screenshots.
4. Submit the request. A support ticket is created automatically, and you will receive the ticket number by email.

Please request refunds within 30 days of the charge.

## What happens next

- We review most requests within 2 business days.
- Approved refunds go back to the original payment method. Card refunds take 5–10 business days to appear on your statement; refunds to your wallet are instant.
- If we decline a request, we will explain why and how you can appeal.

## FAQ

**Can I get a refund if I downgrade in the middle of the month?**
When you downgrade, you keep your current plan's benefits until the end of the billing period, so that period is not refunded. Any charges after that date are refunded in full.

**My refund was approved, but I can't see it.**
Card refunds can take up to 10 business days. After that, contact your card issuer and give them the refund reference we sent you.
`,
    },
    ar: {
      title: "طلب استرداد مبلغ",
      slug: "talab-istirdad-mablagh",
      body: `# طلب استرداد مبلغ

يمكنك طلب استرداد الرسوم أو المبالغ التي تعتقد أنها خُصمت عن طريق الخطأ.

## ما الذي يمكن استرداده؟

- رسوم الاشتراك التي خُصمت بعد إلغاء خطتك أو تخفيضها.
- المبالغ المخصومة مرتين للدفعة نفسها.
- الرسوم المطبقة بشكل خاطئ، مثل رسوم التداول على الخطة المميزة.
- الإيداعات بالبطاقة التي خُصمت ولم تُضف إلى محفظتك.

لا يمكن استرداد خسائر الاستثمار الناتجة عن تحركات السوق.

## طريقة طلب الاسترداد

1. انتقل إلى **المحفظة > المعاملات** واضغط على المبلغ المخصوم.
2. اختر **الإبلاغ عن مشكلة > طلب استرداد**.
3. اختر السبب وأضف أي تفاصيل أو لقطات شاشة.
4. أرسل الطلب. ستُنشأ تذكرة دعم تلقائيًا، وسيصلك رقمها عبر البريد الإلكتروني.

يُرجى تقديم طلبات الاسترداد خلال 30 يومًا من تاريخ الخصم.

## ماذا يحدث بعد ذلك؟

- نراجع معظم الطلبات خلال يومي عمل.
- تُعاد المبالغ المعتمدة إلى وسيلة الدفع الأصلية. يستغرق ظهور المبالغ المستردة إلى البطاقة في كشف حسابك من 5 إلى 10 أيام عمل، أما المبالغ المستردة إلى محفظتك فتُضاف فورًا.
- إذا رفضنا الطلب، فسنوضح لك السبب وكيفية الاعتراض عليه.

## الأسئلة الشائعة

**هل يمكنني استرداد المبلغ إذا خفّضت خطتي في منتصف الشهر؟**
عند تخفيض خطتك، تحتفظ بمزايا خطتك الحالية حتى نهاية فترة الفوترة، لذلك لا تُسترد رسوم تلك الفترة. أما أي مبالغ تُخصم بعد ذلك التاريخ فتُسترد بالكامل.

**اعتُمد طلب الاسترداد، لكنني لا أرى المبلغ.**
قد يستغرق استرداد المبالغ إلى البطاقة ما يصل إلى 10 أيام عمل. وبعد ذلك، تواصل مع الجهة المُصدِرة لبطاقتك وزوّدها بالرقم المرجعي للاسترداد الذي أرسلناه إليك.
`,
    },
  },
  {
    key: "downloading-invoices-and-tax-statements",
    categoryKey: "payments_billing",
    tags: ["invoices", "tax", "statements", "documents"],
    en: {
      title: "Downloading invoices and tax statements",
      slug: "downloading-invoices-and-tax-statements",
      body: `# Downloading invoices and tax statements

All your account documents are available to download as PDF files at any time.

## Where to find your documents

1. Go to **Settings > Documents**.
2. Choose the document type:
   - **Invoices** – one for each subscription payment, including any VAT.
   - **Monthly statements** – your holdings, transactions and fees for each month.
   - **Annual tax statement** – dividends, profit distributions, realised gains and withholding tax for the calendar year.
   - **Trade confirmations** – issued for every buy or sell order.
3. Select the period and tap **Download**.

You can also choose **Email me a copy** to send the document to your registered email address.

## When documents become available

- Invoices: immediately after each payment.
- Monthly statements: by the 5th business day of the following month.
- Annual tax statements: by 15 February for the previous calendar year.

## Need a stamped letter?

Some banks and authorities require a stamped letter, such as a proof-of-holdings letter or a tax residency confirmation. Create a ticket under **Help > My tickets > New ticket** and choose **Compliance > Document request**. We prepare these letters within 3 business days.

## Tips

- Documents are kept for 7 years, or since you opened your account if that is more recent.
- If a figure on your statement looks wrong, contact support before you submit your tax return.
- We cannot give tax advice. Please consult a qualified tax adviser in your country.
`,
    },
    ar: {
      title: "تنزيل الفواتير والكشوف الضريبية",
      slug: "tanzil-al-fawatir-wal-kushuf-al-daribiyya",
      body: `# تنزيل الفواتير والكشوف الضريبية

جميع مستندات حسابك متاحة للتنزيل بصيغة PDF في أي وقت.

## أين تجد مستنداتك؟

1. انتقل إلى **الإعدادات > المستندات**.
2. اختر نوع المستند:
   - **الفواتير** – فاتورة لكل دفعة اشتراك، شاملة ضريبة القيمة المضافة إن وُجدت.
   - **كشوف الحساب الشهرية** – ممتلكاتك ومعاملاتك ورسومك لكل شهر.
   - **الكشف الضريبي السنوي** – توزيعات الأرباح والأرباح الموزعة على الصكوك والأرباح الرأسمالية المحققة والضرائب المقتطعة من المنبع خلال السنة الميلادية.
   - **تأكيدات الصفقات** – تصدر لكل أمر شراء أو بيع.
3. حدد الفترة واضغط على **تنزيل**.

يمكنك أيضًا اختيار **أرسل لي نسخة عبر البريد الإلكتروني** لإرسال المستند إلى عنوان بريدك الإلكتروني المسجّل.

## متى تتوفر المستندات؟

- الفواتير: فور إتمام كل دفعة.
- كشوف الحساب الشهرية: بحلول يوم العمل الخامس من الشهر التالي.
- الكشوف الضريبية السنوية: بحلول 15 فبراير عن السنة الميلادية السابقة.

## هل تحتاج إلى خطاب مختوم؟

تطلب بعض البنوك والجهات الرسمية خطابًا مختومًا، مثل خطاب إثبات ملكية الاستثمارات أو تأكيد الإقامة الضريبية. أنشئ تذكرة من **المساعدة > تذاكري > تذكرة جديدة** واختر **الامتثال > طلب مستندات**. نُعدّ هذه الخطابات خلال 3 أيام عمل.

## نصائح

- نحتفظ بالمستندات لمدة 7 سنوات، أو منذ فتح حسابك إن كان ذلك أحدث.
- إذا بدا لك أي رقم في كشف حسابك غير صحيح، فتواصل مع فريق الدعم قبل تقديم إقرارك الضريبي.
- لا نستطيع تقديم استشارات ضريبية، لذا يُرجى استشارة مستشار ضريبي مؤهل في بلدك.
`,
    },
  },
  {
    key: "changing-your-subscription-plan",
    categoryKey: "payments_billing",
    tags: ["subscription", "plans", "upgrade", "downgrade", "billing"],
    en: {
      title: "Changing your subscription plan",
      slug: "changing-your-subscription-plan",
      body: `# Changing your subscription plan

You can move between the Standard, Premium and VIP plans at any time in the app.

## How to change your plan

1. Go to **Settings > Plan and fees**.
2. Compare the plans and select **Change plan**.
3. Choose your new plan and review the price.
4. Select **Confirm**.

## Upgrading

Upgrades take effect immediately. You pay a pro-rated amount for the rest of the current billing period, then the full monthly fee from the next period. Lower management fees and free trades start on the same day.

## Downgrading

Downgrades take effect at the end of your current billing period, so you keep your current benefits until then. You can cancel a scheduled downgrade at any time before that date.

If you move from VIP to another plan, your relationship manager stays available to you until the change takes effect.

## What changes and what doesn't

- Your investments, cash and history are not affected by a plan change.
- Management fees are recalculated from the day the new plan starts.
- Benefits such as priority support and free trades follow your active plan.

## FAQ

**Can I pay annually?**
Yes. Annual billing on Premium and VIP gives you two months free. Choose **Billed annually** when you change plan.

**What happens if my plan payment fails?**
We retry every 3 days, up to 3 times. If all attempts fail, your account moves to Standard at the end of the billing period. See "Why a payment failed and what to do".
`,
    },
    ar: {
      title: "تغيير خطة الاشتراك",
      slug: "taghyir-khittat-al-ishtirak",
      body: `# تغيير خطة الاشتراك

يمكنك الانتقال بين الخطط القياسية والمميزة وكبار العملاء في أي وقت من خلال التطبيق.

## طريقة تغيير خطتك

1. انتقل إلى **الإعدادات > الخطة والرسوم**.
2. قارن بين الخطط واختر **تغيير الخطة**.
3. اختر خطتك الجديدة وراجع السعر.
4. اختر **تأكيد**.

## الترقية

تسري الترقية فورًا. تدفع مبلغًا تناسبيًا عن المدة المتبقية من فترة الفوترة الحالية، ثم الرسوم الشهرية كاملة بدءًا من الفترة التالية. وتبدأ رسوم الإدارة المخفضة والصفقات المجانية في اليوم نفسه.

## التخفيض

يسري تخفيض الخطة في نهاية فترة الفوترة الحالية، لذا تحتفظ بمزاياك الحالية حتى ذلك الحين. ويمكنك إلغاء التخفيض المجدول في أي وقت قبل ذلك التاريخ.

إذا انتقلت من خطة كبار العملاء إلى خطة أخرى، يظل مدير علاقاتك متاحًا لك حتى يسري التغيير.

## ما الذي يتغير وما الذي لا يتغير

- لا تتأثر استثماراتك ورصيدك النقدي وسجلك بتغيير الخطة.
- يُعاد احتساب رسوم الإدارة اعتبارًا من يوم بدء الخطة الجديدة.
- تتبع المزايا، مثل الدعم ذي الأولوية والصفقات المجانية، خطتك النشطة.

## الأسئلة الشائعة

**هل يمكنني الدفع سنويًا؟**
نعم. تمنحك الفوترة السنوية في الخطتين المميزة وكبار العملاء شهرين مجانًا. اختر **فوترة سنوية** عند تغيير الخطة.

**ماذا يحدث إذا فشل دفع رسوم خطتي؟**
نعيد المحاولة كل 3 أيام لمدة تصل إلى 3 مرات. وإذا فشلت جميع المحاولات، ينتقل حسابك إلى الخطة القياسية في نهاية فترة الفوترة. راجع مقال "أسباب فشل الدفع وما يجب عليك فعله".
`,
    },
  },
];

export const KNOWLEDGE_ARTICLES: KnowledgeArticle[] = [
  ...GETTING_STARTED_ARTICLES,
  ...INVESTMENT_ARTICLES,
  ...ACCOUNT_SECURITY_ARTICLES,
  ...PAYMENTS_BILLING_ARTICLES,
];
