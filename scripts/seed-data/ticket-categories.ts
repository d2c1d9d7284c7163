import { SUPPORT_CATEGORIES } from "../../shared/support-taxonomy.js";
import type { TicketCategory, TicketCategoryKey, TicketSubcategory } from "./types.js";

/**
 * The specification's ticket taxonomy as demo/policy data: keys, default priority, SLA hours and
 * escalation tier come from shared/support-taxonomy.ts (the specification verbatim);
 * this file adds the display names (en/ar), descriptions and routing keywords. Keywords are
 * lowercase (en) and written without diacritics (ar), the way customers type.
 */
function category(
  key: TicketCategoryKey,
  text: Pick<TicketCategory, "name" | "nameAr" | "description" | "keywords">,
  subcategories: TicketSubcategory[],
): TicketCategory {
  const policy = SUPPORT_CATEGORIES[key];
  const expected = [...policy.subcategories].sort().join();
  if (
    subcategories
      .map((s) => s.key)
      .sort()
      .join() !== expected
  )
    throw new Error(`seed subcategories of ${key} differ from the specification`);
  return {
    key,
    ...text,
    defaultPriority: policy.priority,
    slaHours: policy.slaHours,
    escalationTier: policy.escalationTier,
    subcategories,
  };
}

export const TICKET_CATEGORIES: TicketCategory[] = [
  category(
    "investment_support",
    {
      name: "Investment Support",
      nameAr: "دعم الاستثمار",
      description:
        "Investing in tokenised properties: buying XERA and PROPX tokens, portfolio holdings, rental dividends and staking.",
      keywords: {
        en: ["investment", "invest", "property", "propx", "xera", "portfolio", "dividend", "staking", "tokens"],
        ar: ["استثمار", "عقار", "عقاري", "محفظة", "توزيعات", "أرباح", "تخزين", "رموز", "توكن"],
      },
    },
    [
      {
        key: "property_investment_help",
        name: "Property investment help",
        nameAr: "المساعدة في الاستثمار العقاري",
        keywords: {
          en: ["property", "listing", "fractional", "minimum investment", "rental yield", "off-plan"],
          ar: ["عقار", "قائمة العقارات", "ملكية جزئية", "الحد الأدنى للاستثمار", "عائد الإيجار", "على الخارطة"],
        },
      },
      {
        key: "token_purchase_issues",
        name: "Token purchase issues",
        nameAr: "مشاكل شراء الرموز",
        keywords: {
          en: ["buy tokens", "purchase", "propx", "xera", "order failed", "tokens not received"],
          ar: ["شراء الرموز", "شراء", "طلب فاشل", "لم تصل الرموز", "بروبكس", "زيرا"],
        },
      },
      {
        key: "portfolio_questions",
        name: "Portfolio questions",
        nameAr: "أسئلة المحفظة",
        keywords: {
          en: ["portfolio", "holdings", "valuation", "balance", "performance", "returns"],
          ar: ["محفظة", "ممتلكات", "تقييم", "رصيد", "أداء", "عوائد"],
        },
      },
      {
        key: "dividend_inquiries",
        name: "Dividend inquiries",
        nameAr: "استفسارات توزيعات الأرباح",
        keywords: {
          en: ["dividend", "rental income", "distribution", "payout", "not credited", "yield"],
          ar: ["توزيعات", "دخل الإيجار", "توزيع", "صرف", "لم يضف", "عائد"],
        },
      },
      {
        key: "staking_support",
        name: "Staking support",
        nameAr: "دعم التخزين",
        keywords: {
          en: ["staking", "stake", "unstake", "apy", "rewards", "lock period"],
          ar: ["تخزين", "تخزين الرموز", "فك التخزين", "مكافآت", "فترة القفل", "العائد السنوي"],
        },
      },
    ],
  ),
  category(
    "technical_support",
    {
      name: "Technical Support",
      nameAr: "الدعم الفني",
      description:
        "Problems with the app, signing in, payments failing in the app, wallet connections and the trading platform.",
      keywords: {
        en: ["app", "login", "error", "crash", "wallet", "metamask", "trading", "bug", "not working"],
        ar: ["التطبيق", "تسجيل الدخول", "خطأ", "يتعطل", "المحفظة", "ميتاماسك", "التداول", "لا يعمل"],
      },
    },
    [
      {
        key: "app_not_working",
        name: "App not working",
        nameAr: "التطبيق لا يعمل",
        keywords: {
          en: ["crash", "blank screen", "freezes", "won't open", "error code", "slow"],
          ar: ["يتعطل", "شاشة فارغة", "يتجمد", "لا يفتح", "رمز الخطأ", "بطيء"],
        },
      },
      {
        key: "login_issues",
        name: "Login issues",
        nameAr: "مشاكل تسجيل الدخول",
        keywords: {
          en: ["login", "sign in", "password", "locked out", "session expired", "can't log in"],
          ar: ["تسجيل الدخول", "كلمة المرور", "الحساب مقفل", "انتهت الجلسة", "لا أستطيع الدخول"],
        },
      },
      {
        key: "payment_failures",
        name: "Payment failures",
        nameAr: "فشل عمليات الدفع",
        keywords: {
          en: ["payment failed", "checkout error", "transaction failed", "card declined", "gateway timeout"],
          ar: ["فشل الدفع", "خطأ في الدفع", "فشلت العملية", "رفض البطاقة", "انتهت المهلة"],
        },
      },
      {
        key: "wallet_connection_problems",
        name: "Wallet connection problems",
        nameAr: "مشاكل ربط المحفظة",
        keywords: {
          en: ["wallet", "metamask", "walletconnect", "connect wallet", "network", "polygon"],
          ar: ["محفظة", "ميتاماسك", "ربط المحفظة", "الشبكة", "بوليغون", "لا تتصل"],
        },
      },
      {
        key: "trading_platform_issues",
        name: "Trading platform issues",
        nameAr: "مشاكل منصة التداول",
        keywords: {
          en: ["trading", "order book", "limit order", "liquidity pool", "swap", "chart"],
          ar: ["التداول", "دفتر الأوامر", "أمر محدد", "مجمع السيولة", "مبادلة", "الرسم البياني"],
        },
      },
    ],
  ),
  category(
    "account_support",
    {
      name: "Account Support",
      nameAr: "دعم الحساب",
      description:
        "KYC verification, account security, profile changes, document uploads and two-factor authentication.",
      keywords: {
        en: ["account", "kyc", "verification", "profile", "document", "2fa", "security"],
        ar: ["الحساب", "اعرف عميلك", "التحقق", "الملف الشخصي", "مستند", "المصادقة الثنائية", "الأمان"],
      },
    },
    [
      {
        key: "kyc_verification",
        name: "KYC verification",
        nameAr: "التحقق من الهوية (اعرف عميلك)",
        keywords: {
          en: ["kyc", "verification", "identity", "emirates id", "passport", "rejected"],
          ar: ["اعرف عميلك", "التحقق", "الهوية", "الهوية الإماراتية", "جواز السفر", "مرفوض"],
        },
      },
      {
        key: "account_security",
        name: "Account security",
        nameAr: "أمان الحساب",
        keywords: {
          en: ["hacked", "suspicious login", "unauthorised", "security", "compromised", "phishing"],
          ar: ["اختراق", "دخول مشبوه", "غير مصرح", "الأمان", "تصيد"],
        },
      },
      {
        key: "profile_updates",
        name: "Profile updates",
        nameAr: "تحديث الملف الشخصي",
        keywords: {
          en: ["profile", "phone number", "email address", "name change", "address", "update details"],
          ar: ["الملف الشخصي", "رقم الهاتف", "البريد الإلكتروني", "تغيير الاسم", "العنوان", "تحديث البيانات"],
        },
      },
      {
        key: "document_upload_help",
        name: "Document upload help",
        nameAr: "المساعدة في رفع المستندات",
        keywords: {
          en: ["upload", "document", "file too large", "proof of address", "pdf", "photo"],
          ar: ["رفع", "مستند", "الملف كبير", "إثبات العنوان", "صورة"],
        },
      },
      {
        key: "2fa_assistance",
        name: "2FA assistance",
        nameAr: "المساعدة في المصادقة الثنائية",
        keywords: {
          en: ["2fa", "two-factor", "authenticator", "otp", "sms code", "lost phone"],
          ar: ["المصادقة الثنائية", "تطبيق المصادقة", "رمز التحقق", "رمز الرسالة", "فقدت هاتفي"],
        },
      },
    ],
  ),
  category(
    "compliance_support",
    {
      name: "Compliance Support",
      nameAr: "دعم الامتثال",
      description:
        "Regulatory questions, tax documents, AML and source-of-funds requests, reports and legal clarifications.",
      keywords: {
        en: ["compliance", "regulation", "tax", "aml", "source of funds", "legal", "report"],
        ar: ["الامتثال", "تنظيم", "ضريبة", "غسل الأموال", "مصدر الأموال", "قانوني", "تقرير"],
      },
    },
    [
      {
        key: "regulatory_questions",
        name: "Regulatory questions",
        nameAr: "أسئلة تنظيمية",
        keywords: {
          en: ["regulator", "licence", "vara", "dfsa", "regulated", "investor protection"],
          ar: ["الجهة الرقابية", "ترخيص", "فارا", "مرخص", "حماية المستثمر"],
        },
      },
      {
        key: "tax_documentation",
        name: "Tax documentation",
        nameAr: "المستندات الضريبية",
        keywords: {
          en: ["tax", "tax statement", "fatca", "crs", "tax residency", "w-8ben"],
          ar: ["ضريبة", "كشف ضريبي", "فاتكا", "الإقامة الضريبية", "معيار الإبلاغ المشترك"],
        },
      },
      {
        key: "aml_inquiries",
        name: "AML inquiries",
        nameAr: "استفسارات مكافحة غسل الأموال",
        keywords: {
          en: ["aml", "source of funds", "source of wealth", "sanctions", "frozen", "enhanced due diligence"],
          ar: ["غسل الأموال", "مصدر الأموال", "مصدر الثروة", "العقوبات", "مجمد", "العناية الواجبة"],
        },
      },
      {
        key: "reporting_help",
        name: "Reporting help",
        nameAr: "المساعدة في التقارير",
        keywords: {
          en: ["report", "statement", "annual statement", "transaction history", "export", "audit"],
          ar: ["تقرير", "كشف حساب", "كشف سنوي", "سجل المعاملات", "تصدير", "تدقيق"],
        },
      },
      {
        key: "legal_clarifications",
        name: "Legal clarifications",
        nameAr: "توضيحات قانونية",
        keywords: {
          en: ["legal", "terms", "ownership", "spv", "title deed", "contract"],
          ar: ["قانوني", "الشروط", "الملكية", "شركة ذات غرض خاص", "سند الملكية", "عقد"],
        },
      },
    ],
  ),
  category(
    "billing_support",
    {
      name: "Billing Support",
      nameAr: "دعم الفواتير",
      description: "Deposits and withdrawals, refunds, disputed charges, subscriptions and platform fees.",
      keywords: {
        en: ["payment", "deposit", "withdrawal", "refund", "charge", "fee", "subscription", "invoice"],
        ar: ["الدفع", "إيداع", "سحب", "استرداد", "خصم", "رسوم", "اشتراك", "فاتورة"],
      },
    },
    [
      {
        key: "payment_issues",
        name: "Payment issues",
        nameAr: "مشاكل الدفع",
        keywords: {
          en: ["deposit", "withdrawal", "bank transfer", "pending", "not received", "upi"],
          ar: ["إيداع", "سحب", "تحويل بنكي", "قيد الانتظار", "لم يصل", "تحويل"],
        },
      },
      {
        key: "refund_requests",
        name: "Refund requests",
        nameAr: "طلبات الاسترداد",
        keywords: {
          en: ["refund", "money back", "reverse", "cancelled order", "return funds"],
          ar: ["استرداد", "استرجاع المبلغ", "عكس العملية", "طلب ملغى", "إعادة الأموال"],
        },
      },
      {
        key: "billing_disputes",
        name: "Billing disputes",
        nameAr: "نزاعات الفواتير",
        keywords: {
          en: ["charged twice", "wrong amount", "dispute", "unauthorised charge", "overcharged"],
          ar: ["خصم مرتين", "مبلغ خاطئ", "اعتراض", "خصم غير مصرح", "رسوم زائدة"],
        },
      },
      {
        key: "subscription_help",
        name: "Subscription help",
        nameAr: "المساعدة في الاشتراك",
        keywords: {
          en: ["subscription", "premium", "plan", "upgrade", "cancel subscription", "renewal"],
          ar: ["اشتراك", "الباقة المميزة", "خطة", "ترقية", "إلغاء الاشتراك", "تجديد"],
        },
      },
      {
        key: "fee_clarifications",
        name: "Fee clarifications",
        nameAr: "توضيح الرسوم",
        keywords: {
          en: ["fee", "fees", "trading fee", "gas fee", "commission", "management fee"],
          ar: ["رسوم", "رسوم التداول", "رسوم الغاز", "عمولة", "رسوم الإدارة"],
        },
      },
    ],
  ),
];
