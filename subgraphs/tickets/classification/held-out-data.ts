/**
 * Tickets kept out of training, used only to measure the classifier. Written
 * separately from training-data.ts, in different words and situations — not
 * paraphrases of training lines.
 */
import { flattenTicketCorpus, type LabelledTicket, type TicketCorpus } from "./ticket-corpus.js";

const CORPUS: TicketCorpus = {
  investment_support: {
    property_investment_help: {
      en: [["New to property tokens", "I'm a first-time investor. Could you walk me through picking a property on the marketplace and what I need before I can invest?"]],
      ar: [["الاستثمار في عقار تجاري", "هل يمكنني الاستثمار في المستودع التجاري في جبل علي بمبلغ صغير؟ وما مدة الاستثمار المتوقعة لهذا العقار؟"]],
    },
    token_purchase_issues: {
      en: [["XERA order shows failed", "Tried to purchase 3,000 XERA this morning, checkout said success but my token history shows the buy as failed."]],
      ar: [["مشكلة في شراء الرموز", "حاولت شراء رموز XERA عدة مرات اليوم والطلب يعلق ثم يختفي دون أن أحصل على الرموز."]],
    },
    portfolio_questions: {
      en: [["Unrealised gain looks wrong", "My portfolio says unrealised gain of 9,000 AED but my tokens were bought at almost today's price. Can you check the calculation?"]],
      ar: [["استفسار عن محفظتي", "أريد ملخصاً لمحفظتي يوضح قيمة كل عقار أملك فيه رموزاً والعائد منذ الشراء."]],
    },
    dividend_inquiries: {
      en: [["Rental payout skipped", "Everyone in the investor group got the quarterly rental distribution for the Sharjah building except me."]],
      ar: [["أرباح الإيجار", "متى سيتم صرف توزيعات الإيجار لهذا الربع لعقار الشارقة؟ لم يصلني شيء."]],
    },
    staking_support: {
      en: [["Staking pool rewards question", "How often are staking rewards compounded in the XERA 365-day pool, and can I add more tokens to an existing stake?"]],
      ar: [["مكافآت الستاكينغ", "أضفت رموز XERA إلى التخزين ولم أفهم متى تصرف المكافآت وكيف أسحب رموزي بعد انتهاء المدة."]],
    },
  },
  technical_support: {
    app_not_working: {
      en: [["App freezes on the property page", "Whenever I open any property details the app freezes and then closes itself. Using a Pixel 7."]],
      ar: [["التطبيق لا يعمل", "التطبيق لا يفتح منذ الصباح ويظهر رسالة خطأ في الاتصال بالخادم ثم يغلق."]],
    },
    login_issues: {
      en: [["Stuck on the sign-in screen", "I can't sign in from my laptop — after entering my password the page says 'invalid credentials' though it's right."]],
      ar: [["مشكلة في الدخول", "لا أستطيع الدخول إلى حسابي منذ أمس، تظهر رسالة بيانات الدخول غير صحيحة مع أنها صحيحة."]],
    },
    payment_failures: {
      en: [["Mastercard declined at deposit", "My Mastercard gets declined on the NexVestXR deposit screen with a gateway error, the same card works everywhere else."]],
      ar: [["لم تنجح عملية الدفع", "عند الدفع لإضافة رصيد تظهر رسالة خطأ من بوابة الدفع ولا تكتمل العملية."]],
    },
    wallet_connection_problems: {
      en: [["Ledger wallet not detected", "I'm trying to link my Ledger through MetaMask but the platform never detects the wallet connection."]],
      ar: [["مشكلة في ربط المحفظة", "لا أستطيع ربط محفظتي الرقمية بالمنصة، تظهر رسالة فشل الاتصال بالمحفظة كل مرة."]],
    },
    trading_platform_issues: {
      en: [["Market order filled at a strange price", "My market buy for XERA on the exchange filled far above the last traded price shown on the order book."]],
      ar: [["مشكلة في منصة التداول", "شاشة التداول لا تعرض أوامر البيع والشراء ودفتر الأوامر فارغ منذ ساعة."]],
    },
  },
  account_support: {
    kyc_verification: {
      en: [["Verification status unclear", "My identity check says 'additional information required' but doesn't say what. I uploaded my passport and visa."]],
      ar: [["حالة التحقق من الهوية", "متى ستتم الموافقة على التحقق من هويتي؟ أرسلت جواز السفر والهوية منذ أيام."]],
    },
    account_security: {
      en: [["Someone changed my password", "I got an alert that my password was changed but I didn't do it. Please secure my account, I'm worried about my tokens."]],
      ar: [["أمان الحساب", "وصلني تنبيه بتغيير كلمة المرور دون علمي، أخشى أن أحداً دخل حسابي وأرجو حمايته."]],
    },
    profile_updates: {
      en: [["Update date of birth", "My date of birth on the profile is wrong by one year. How can I edit it?"]],
      ar: [["تعديل بياناتي الشخصية", "أريد تعديل تاريخ الميلاد والجنسية في ملفي الشخصي لأنها غير صحيحة."]],
    },
    document_upload_help: {
      en: [["File too large error", "Trying to attach my tenancy contract as proof of address gives 'file too large'. What's the size limit?"]],
      ar: [["مشكلة في رفع الملفات", "لا أستطيع رفع صورة الهوية من الهاتف، تظهر رسالة خطأ في الملف."]],
    },
    "2fa_assistance": {
      en: [["New phone, authenticator codes gone", "I switched to a new iPhone and my authenticator app didn't transfer, so I can't pass the two-factor step."]],
      ar: [["مشكلة في المصادقة الثنائية", "غيرت هاتفي ولم أعد أستطيع استلام رموز المصادقة الثنائية لتسجيل الدخول."]],
    },
  },
  compliance_support: {
    regulatory_questions: {
      en: [["Licensing in Saudi Arabia", "I live in Riyadh. Is the platform permitted by the CMA to offer property tokens to Saudi residents?"]],
      ar: [["الترخيص والتنظيم", "ما الجهة التنظيمية التي تشرف على المنصة وهل هي مرخصة لتقديم الاستثمار العقاري المرمز للمقيمين في السعودية؟"]],
    },
    tax_documentation: {
      en: [["Documents for my accountant's tax filing", "My accountant needs a tax summary of rental income and withholding for the last financial year."]],
      ar: [["مستندات ضريبية", "أحتاج مستنداً رسمياً يوضح الضرائب المقتطعة من أرباحي للسنة الماضية."]],
    },
    aml_inquiries: {
      en: [["Compliance hold on my deposit", "My large deposit is on hold and the team wants bank statements proving where the money came from. How long is this review?"]],
      ar: [["تعليق الإيداع لمراجعة الامتثال", "إيداعي الكبير معلق ويطلب فريق الامتثال إثبات مصدر الأموال، كم تستغرق المراجعة؟"]],
    },
    reporting_help: {
      en: [["Need a yearly summary report", "Could you generate a yearly summary report of my investments and transactions for my records?"]],
      ar: [["تقرير المعاملات", "أحتاج تقريراً بجميع معاملاتي للسنة الماضية لتقديمه للمدقق."]],
    },
    legal_clarifications: {
      en: [["Legal status of my ownership", "What legal rights do token holders have if the property developer goes bankrupt? I'd like the contract position clarified."]],
      ar: [["استفسار قانوني", "ما هي حقوقي القانونية كحامل رموز إذا أفلس المطور؟ أرجو توضيح موقف العقد."]],
    },
  },
  billing_support: {
    payment_issues: {
      en: [["Deposit received by bank but not by you", "My bank confirms the wire of 20,000 AED reached your account on Monday, but my NexVestXR balance hasn't changed."]],
      ar: [["الدفعة لم تظهر في حسابي", "البنك أكد وصول الحوالة إلى حسابكم لكن رصيدي في المنصة لم يتغير."]],
    },
    refund_requests: {
      en: [["Money back for failed investment", "The property I invested in never reached its funding goal. Please return my money to my bank account."]],
      ar: [["أريد استرجاع أموالي", "العقار الذي استثمرت فيه لم يكتمل تمويله، أرجو إعادة المبلغ إلى حسابي البنكي."]],
    },
    billing_disputes: {
      en: [["Wrong amount on my bill", "I'm challenging the service charge on this month's bill — it's double what my plan says."]],
      ar: [["خطأ في الفاتورة", "المبلغ في فاتورة هذا الشهر ضعف قيمة باقتي وأعترض على هذه الرسوم."]],
    },
    subscription_help: {
      en: [["Downgrade my plan", "How do I move from the premium plan back to basic at the end of this billing cycle?"]],
      ar: [["تغيير الباقة", "أريد الانتقال من الباقة المميزة إلى الأساسية عند نهاية دورة الاشتراك الحالية."]],
    },
    fee_clarifications: {
      en: [["Breakdown of charges on a purchase", "When I bought tokens there was a platform fee and a processing fee. What is each fee for?"]],
      ar: [["استفسار عن الرسوم", "ما الفرق بين رسوم المنصة ورسوم المعالجة عند شراء الرموز؟"]],
    },
  },
};

export const HELD_OUT_TICKETS: readonly LabelledTicket[] = flattenTicketCorpus(CORPUS);
