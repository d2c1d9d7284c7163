/**
 * Tickets kept out of training, used only to measure the classifier:
 * 10 per category (one English and one Arabic per subcategory), phrased
 * differently from the training examples.
 */
import { flattenTicketCorpus, type LabelledTicket, type TicketCorpus } from "./ticket-corpus.js";

const CORPUS: TicketCorpus = {
  investment_support: {
    portfolio_inquiry: {
      en: [["Unrealized losses on bonds", "Can you explain why my portfolio shows unrealized losses on the bond holdings while the total value went up?"]],
      ar: [["استفسار عن محفظتي", "أرجو إرسال تقرير مفصل عن أداء محفظتي الاستثمارية والأصول التي أملكها حالياً."]],
    },
    investment_status: {
      en: [["My fund purchase hasn't completed", "I invested 2,000 USD in the income fund on Tuesday and the order is still not executed. What's the status?"]],
      ar: [["متى يتم تنفيذ استثماري", "قمت بالاستثمار في صندوق النمو ولم يتم تنفيذ الأمر بعد، والحالة ما زالت قيد المعالجة."]],
    },
    withdrawal_request: {
      en: [["Withdrawal taking too long", "How long does it take to withdraw money from my investment account to my bank? My request from Sunday is still not complete."]],
      ar: [["سحب الأموال", "أريد سحب جزء من أموالي من المحفظة وتحويلها إلى حسابي البنكي."]],
    },
    dividend_inquiry: {
      en: [["Missing dividend payment", "I held the shares on the record date but the dividend payout never reached my account."]],
      ar: [["توزيعات الأرباح", "لم أستلم توزيعات الأرباح الخاصة بالربع الأخير، متى سيتم صرفها؟"]],
    },
    product_information: {
      en: [["Which fund is lower risk", "I'm new to investing. Which of your funds has the lowest risk and what returns can I expect?"]],
      ar: [["معلومات عن صندوق الصكوك", "أريد معلومات عن صندوق الصكوك، ما هي العوائد المتوقعة ومدة الاستثمار؟"]],
    },
  },
  technical_support: {
    login_issues: {
      en: [["Unable to sign in", "I keep getting an error when I try to sign in to my account on the website, it says my credentials are invalid."]],
      ar: [["مشكلة في الدخول للحساب", "لا يمكنني الدخول إلى حسابي من التطبيق، تظهر رسالة خطأ في بيانات الدخول."]],
    },
    app_errors: {
      en: [["App keeps crashing", "The iOS app crashes whenever I open the transfers page."]],
      ar: [["خطأ في التطبيق", "التطبيق يتعطل ويغلق فجأة عند فتح صفحة التحويلات."]],
    },
    performance_issues: {
      en: [["Slow loading", "The dashboard is extremely slow and takes ages to load, sometimes it freezes completely."]],
      ar: [["بطء شديد", "التطبيق بطيء جداً ويتجمد عند فتح الصفحة الرئيسية."]],
    },
    two_factor_authentication: {
      en: [["Verification code not arriving", "The two-factor code never arrives by SMS so I'm stuck at the verification screen."]],
      ar: [["رمز التحقق لا يصل", "لا يصلني رمز المصادقة الثنائية على هاتفي عند محاولة الدخول."]],
    },
    data_sync: {
      en: [["Numbers don't match", "My balance on the web dashboard doesn't match the mobile app after the latest sync."]],
      ar: [["عدم تحديث البيانات", "بيانات العمليات في التطبيق غير محدثة ولا تتطابق مع الموقع."]],
    },
  },
  account_management: {
    account_opening: {
      en: [["Want to become a client", "How can I open an account with you? I'm a UAE resident with an Emirates ID."]],
      ar: [["رغبة في فتح حساب", "كيف أفتح حساباً جديداً لديكم وما هي الشروط المطلوبة؟"]],
    },
    profile_update: {
      en: [["Wrong date of birth on profile", "My date of birth in my profile details is wrong, please correct it."]],
      ar: [["تعديل البيانات الشخصية", "أريد تعديل عنوان بريدي الإلكتروني ورقم الهاتف في ملفي الشخصي."]],
    },
    account_closure: {
      en: [["Terminate my account", "I want to terminate my account and stop all services. What do I need to do to close it?"]],
      ar: [["أرغب في إغلاق حسابي", "أرجو إغلاق الحساب وإرسال تأكيد الإغلاق."]],
    },
    kyc_verification: {
      en: [["Identity verification failed", "My KYC verification failed twice after uploading my passport. What's wrong?"]],
      ar: [["توثيق الهوية", "رفعت جواز السفر لتوثيق هويتي ولم يتم التحقق حتى الآن."]],
    },
    password_reset: {
      en: [["Reset password not working", "I clicked forgot password but never got the email to reset my password."]],
      ar: [["إعادة تعيين كلمة المرور", "لا أستطيع إعادة تعيين كلمة المرور، الرابط لا يعمل."]],
    },
  },
  compliance: {
    regulatory_inquiry: {
      en: [["Regulatory status", "Is your platform regulated by the central bank, and what license do you operate under?"]],
      ar: [["الترخيص الرقابي", "ما هي الجهة الرقابية المسؤولة عن شركتكم وهل أنتم مرخصون؟"]],
    },
    document_request: {
      en: [["Need a balance confirmation letter", "Please provide an official letter confirming my account balance for my mortgage application."]],
      ar: [["طلب خطاب رسمي", "أحتاج خطاباً رسمياً يؤكد رصيد حسابي لتقديمه إلى السفارة."]],
    },
    aml_review: {
      en: [["Why is my deposit under review", "My deposit was frozen and I was asked for source of funds documents for an anti-money laundering check."]],
      ar: [["مراجعة غسل الأموال", "طلبتم مني مستندات مصدر الأموال وتم تجميد الإيداع، متى تنتهي المراجعة؟"]],
    },
    tax_reporting: {
      en: [["Tax documents for filing", "I need my annual tax report with capital gains for my tax return."]],
      ar: [["تقرير ضريبي", "أحتاج التقرير الضريبي السنوي لتقديم الإقرار الضريبي."]],
    },
    sanctions_screening: {
      en: [["Payment stopped for screening", "My payment was stopped due to sanctions screening of the beneficiary name. Please advise."]],
      ar: [["فحص العقوبات", "تم إيقاف الحوالة بسبب فحص قوائم العقوبات، ما المطلوب لإطلاقها؟"]],
    },
  },
  billing_support: {
    payment_failed: {
      en: [["Payment declined again", "My card keeps getting declined when paying for the subscription."]],
      ar: [["فشل عملية الدفع", "فشلت عملية الدفع بالبطاقة أكثر من مرة، ما السبب؟"]],
    },
    refund_request: {
      en: [["Money back please", "I was billed for a plan I never used. Please refund the charge to my card."]],
      ar: [["طلب استرداد", "أرجو استرداد المبلغ الذي تم خصمه بالخطأ من بطاقتي."]],
    },
    fee_inquiry: {
      en: [["Question about charges", "What are the monthly account fees and why was I charged a service fee?"]],
      ar: [["استفسار عن الرسوم", "ما هي الرسوم الشهرية ولماذا تم خصم رسوم خدمة من حسابي؟"]],
    },
    invoice_request: {
      en: [["Invoice copy", "Could you send me a copy of the invoice for my annual plan?"]],
      ar: [["نسخة من الفاتورة", "أرجو إرسال نسخة من فاتورة الاشتراك السنوي."]],
    },
    subscription_change: {
      en: [["Change my plan", "I'd like to move from the Premium plan to the Basic plan next month."]],
      ar: [["تغيير الباقة", "أريد تغيير باقتي من الشهرية إلى السنوية."]],
    },
  },
};

export const HELD_OUT_TICKETS: readonly LabelledTicket[] = flattenTicketCorpus(CORPUS);
