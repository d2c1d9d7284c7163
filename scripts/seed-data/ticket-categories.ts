import type { TicketCategory } from "./types.js";

/**
 * Ticket taxonomy: 5 categories × 5 subcategories.
 * Keywords drive naive classification/routing, so they are lowercase (en) and
 * written without diacritics (ar) to match how customers actually type.
 */
export const TICKET_CATEGORIES: TicketCategory[] = [
  {
    key: "investment_support",
    name: "Investment Support",
    nameAr: "دعم الاستثمار",
    description:
      "Questions about portfolios, orders, withdrawals, dividends and investment products.",
    defaultPriority: "HIGH",
    slaHours: 2,
    escalationTier: 2,
    keywords: {
      en: ["investment", "portfolio", "invest", "fund", "shares", "returns", "sukuk"],
      ar: ["استثمار", "محفظة", "استثماري", "صندوق", "أسهم", "عوائد", "صكوك"],
    },
    subcategories: [
      {
        key: "portfolio_inquiry",
        name: "Portfolio inquiry",
        nameAr: "استفسار عن المحفظة",
        keywords: {
          en: ["portfolio", "holdings", "allocation", "performance", "balance", "value"],
          ar: ["محفظة", "ممتلكات", "توزيع الأصول", "أداء", "رصيد", "قيمة"],
        },
      },
      {
        key: "investment_status",
        name: "Investment status",
        nameAr: "حالة الاستثمار",
        keywords: {
          en: ["status", "pending", "order", "settlement", "executed", "matured"],
          ar: ["حالة", "قيد الانتظار", "أمر", "تسوية", "تنفيذ", "استحقاق"],
        },
      },
      {
        key: "withdrawal_request",
        name: "Withdrawal request",
        nameAr: "طلب سحب",
        defaultPriority: "URGENT",
        keywords: {
          en: ["withdraw", "withdrawal", "payout", "cash out", "transfer to bank", "not received"],
          ar: ["سحب", "طلب سحب", "تحويل إلى البنك", "صرف", "لم يصل", "استرجاع الأموال"],
        },
      },
      {
        key: "dividend_inquiry",
        name: "Dividend inquiry",
        nameAr: "استفسار عن توزيعات الأرباح",
        defaultPriority: "MEDIUM",
        keywords: {
          en: ["dividend", "dividends", "distribution", "payout date", "withholding tax", "reinvest"],
          ar: ["توزيعات", "أرباح", "توزيع الأرباح", "تاريخ الصرف", "ضريبة مقتطعة", "إعادة استثمار"],
        },
      },
      {
        key: "product_information",
        name: "Product information",
        nameAr: "معلومات المنتجات",
        defaultPriority: "LOW",
        keywords: {
          en: ["product", "sharia", "sukuk", "etf", "gold", "managed portfolio", "minimum"],
          ar: ["منتج", "متوافق مع الشريعة", "صكوك", "صناديق المؤشرات", "ذهب", "محفظة مدارة", "الحد الأدنى"],
        },
      },
    ],
  },
  {
    key: "technical_support",
    name: "Technical Support",
    nameAr: "الدعم الفني",
    description: "Problems with signing in, the mobile app, the website, performance or data sync.",
    defaultPriority: "MEDIUM",
    slaHours: 4,
    escalationTier: 1,
    keywords: {
      en: ["app", "error", "bug", "crash", "website", "not working", "technical"],
      ar: ["تطبيق", "خطأ", "مشكلة تقنية", "توقف", "موقع", "لا يعمل", "فني"],
    },
    subcategories: [
      {
        key: "login_issues",
        name: "Login issues",
        nameAr: "مشاكل تسجيل الدخول",
        defaultPriority: "HIGH",
        keywords: {
          en: ["login", "log in", "sign in", "locked out", "cannot access", "session expired"],
          ar: ["تسجيل الدخول", "لا أستطيع الدخول", "مقفل", "الوصول", "انتهت الجلسة", "دخول"],
        },
      },
      {
        key: "app_errors",
        name: "App errors",
        nameAr: "أخطاء التطبيق",
        keywords: {
          en: ["error", "crash", "error code", "something went wrong", "blank screen", "bug"],
          ar: ["خطأ", "يتوقف", "رمز الخطأ", "حدث خطأ ما", "شاشة فارغة", "عطل"],
        },
      },
      {
        key: "performance_issues",
        name: "Performance issues",
        nameAr: "مشاكل الأداء",
        defaultPriority: "LOW",
        keywords: {
          en: ["slow", "loading", "timeout", "lag", "freezing", "takes long"],
          ar: ["بطيء", "تحميل", "انتهاء المهلة", "تأخير", "يتجمد", "يستغرق وقتا"],
        },
      },
      {
        key: "two_factor_authentication",
        name: "Two-factor authentication",
        nameAr: "المصادقة الثنائية",
        defaultPriority: "HIGH",
        keywords: {
          en: ["2fa", "two-factor", "otp", "verification code", "authenticator", "sms code"],
          ar: ["المصادقة الثنائية", "رمز التحقق", "رمز لمرة واحدة", "تطبيق المصادقة", "رسالة نصية", "الرمز لا يصل"],
        },
      },
      {
        key: "data_sync",
        name: "Data sync",
        nameAr: "مزامنة البيانات",
        keywords: {
          en: ["sync", "not updated", "wrong balance", "missing transaction", "outdated", "refresh"],
          ar: ["مزامنة", "لم يتم التحديث", "رصيد خاطئ", "معاملة مفقودة", "بيانات قديمة", "تحديث"],
        },
      },
    ],
  },
  {
    key: "account_management",
    name: "Account Management",
    nameAr: "إدارة الحساب",
    description:
      "Opening, updating, verifying and closing accounts, and recovering access to them.",
    defaultPriority: "MEDIUM",
    slaHours: 4,
    escalationTier: 1,
    keywords: {
      en: ["account", "profile", "details", "personal information", "open account", "close account"],
      ar: ["حساب", "ملف شخصي", "بيانات", "معلومات شخصية", "فتح حساب", "إغلاق الحساب"],
    },
    subcategories: [
      {
        key: "account_opening",
        name: "Account opening",
        nameAr: "فتح حساب",
        keywords: {
          en: ["open account", "sign up", "register", "new account", "application", "onboarding"],
          ar: ["فتح حساب", "تسجيل", "حساب جديد", "طلب", "اشتراك", "إنشاء حساب"],
        },
      },
      {
        key: "profile_update",
        name: "Profile update",
        nameAr: "تحديث الملف الشخصي",
        defaultPriority: "LOW",
        keywords: {
          en: ["update", "change address", "change phone", "change email", "name change", "profile"],
          ar: ["تحديث", "تغيير العنوان", "تغيير رقم الهاتف", "تغيير البريد", "تغيير الاسم", "الملف الشخصي"],
        },
      },
      {
        key: "account_closure",
        name: "Account closure",
        nameAr: "إغلاق الحساب",
        keywords: {
          en: ["close account", "delete account", "cancel account", "terminate", "leave", "deactivate"],
          ar: ["إغلاق الحساب", "حذف الحساب", "إلغاء الحساب", "إنهاء", "مغادرة", "تعطيل"],
        },
      },
      {
        key: "kyc_verification",
        name: "KYC verification",
        nameAr: "التحقق من الهوية (اعرف عميلك)",
        defaultPriority: "HIGH",
        keywords: {
          en: ["kyc", "verification", "identity", "passport", "id card", "selfie", "rejected"],
          ar: ["اعرف عميلك", "التحقق", "الهوية", "جواز السفر", "بطاقة الهوية", "صورة ذاتية", "مرفوض"],
        },
      },
      {
        key: "password_reset",
        name: "Password reset",
        nameAr: "إعادة تعيين كلمة المرور",
        keywords: {
          en: ["password", "forgot password", "reset", "reset link", "change password", "expired link"],
          ar: ["كلمة المرور", "نسيت كلمة المرور", "إعادة تعيين", "رابط إعادة التعيين", "تغيير كلمة المرور", "انتهت صلاحية الرابط"],
        },
      },
    ],
  },
  {
    key: "compliance",
    name: "Compliance",
    nameAr: "الامتثال",
    description:
      "Regulatory questions, official documents, AML and sanctions reviews, and tax reporting.",
    defaultPriority: "HIGH",
    slaHours: 2,
    escalationTier: 3,
    keywords: {
      en: ["compliance", "regulation", "regulator", "legal", "aml", "tax", "sanctions"],
      ar: ["امتثال", "لوائح", "الجهة الرقابية", "قانوني", "مكافحة غسل الأموال", "ضريبة", "عقوبات"],
    },
    subcategories: [
      {
        key: "regulatory_inquiry",
        name: "Regulatory inquiry",
        nameAr: "استفسار تنظيمي",
        keywords: {
          en: ["regulated", "license", "regulator", "complaint", "investor protection", "rules"],
          ar: ["مرخص", "ترخيص", "الجهة الرقابية", "شكوى", "حماية المستثمر", "قواعد"],
        },
      },
      {
        key: "document_request",
        name: "Document request",
        nameAr: "طلب مستندات",
        defaultPriority: "MEDIUM",
        keywords: {
          en: ["document", "letter", "stamped", "proof of holdings", "statement", "certificate"],
          ar: ["مستند", "خطاب", "مختوم", "إثبات الملكية", "كشف حساب", "شهادة"],
        },
      },
      {
        key: "aml_review",
        name: "AML review",
        nameAr: "مراجعة مكافحة غسل الأموال",
        defaultPriority: "URGENT",
        keywords: {
          en: ["aml", "source of funds", "source of wealth", "frozen", "on hold", "review"],
          ar: ["غسل الأموال", "مصدر الأموال", "مصدر الثروة", "مجمد", "معلق", "مراجعة"],
        },
      },
      {
        key: "tax_reporting",
        name: "Tax reporting",
        nameAr: "التقارير الضريبية",
        defaultPriority: "MEDIUM",
        keywords: {
          en: ["tax", "tax statement", "w-8ben", "fatca", "crs", "tax residency"],
          ar: ["ضريبة", "كشف ضريبي", "نموذج W-8BEN", "فاتكا", "معيار الإبلاغ المشترك", "الإقامة الضريبية"],
        },
      },
      {
        key: "sanctions_screening",
        name: "Sanctions screening",
        nameAr: "فحص العقوبات",
        defaultPriority: "URGENT",
        keywords: {
          en: ["sanctions", "screening", "blocked payment", "name match", "watchlist", "restricted country"],
          ar: ["عقوبات", "فحص", "دفعة محظورة", "تطابق الاسم", "قائمة المراقبة", "دولة محظورة"],
        },
      },
    ],
  },
  {
    key: "billing_support",
    name: "Billing Support",
    nameAr: "دعم الفواتير والمدفوعات",
    description: "Payments, refunds, fees, invoices and subscription plans.",
    defaultPriority: "MEDIUM",
    slaHours: 4,
    escalationTier: 2,
    keywords: {
      en: ["billing", "payment", "charge", "fee", "invoice", "refund", "subscription"],
      ar: ["فواتير", "دفع", "رسوم", "خصم", "فاتورة", "استرداد", "اشتراك"],
    },
    subcategories: [
      {
        key: "payment_failed",
        name: "Payment failed",
        nameAr: "فشل الدفع",
        defaultPriority: "HIGH",
        keywords: {
          en: ["payment failed", "declined", "card rejected", "deposit failed", "3d secure", "insufficient funds"],
          ar: ["فشل الدفع", "مرفوضة", "رفض البطاقة", "فشل الإيداع", "التحقق الآمن", "رصيد غير كاف"],
        },
      },
      {
        key: "refund_request",
        name: "Refund request",
        nameAr: "طلب استرداد",
        keywords: {
          en: ["refund", "money back", "charged twice", "duplicate charge", "reverse", "wrong charge"],
          ar: ["استرداد", "استرجاع المبلغ", "خصم مرتين", "خصم مكرر", "عكس العملية", "خصم خاطئ"],
        },
      },
      {
        key: "fee_inquiry",
        name: "Fee inquiry",
        nameAr: "استفسار عن الرسوم",
        defaultPriority: "LOW",
        keywords: {
          en: ["fee", "fees", "charges", "management fee", "commission", "pricing"],
          ar: ["رسوم", "مصاريف", "رسوم الإدارة", "عمولة", "الأسعار", "تكلفة"],
        },
      },
      {
        key: "invoice_request",
        name: "Invoice request",
        nameAr: "طلب فاتورة",
        defaultPriority: "LOW",
        keywords: {
          en: ["invoice", "receipt", "vat", "billing statement", "download invoice", "tax invoice"],
          ar: ["فاتورة", "إيصال", "ضريبة القيمة المضافة", "كشف الفواتير", "تنزيل الفاتورة", "فاتورة ضريبية"],
        },
      },
      {
        key: "subscription_change",
        name: "Subscription change",
        nameAr: "تغيير الاشتراك",
        keywords: {
          en: ["subscription", "plan", "upgrade", "downgrade", "premium", "vip", "cancel plan"],
          ar: ["اشتراك", "خطة", "ترقية", "تخفيض الخطة", "بريميوم", "كبار العملاء", "إلغاء الخطة"],
        },
      },
    ],
  },
];
