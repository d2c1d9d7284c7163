/** The ticket categories and subcategories the classifier predicts, by key. */
export const TICKET_TAXONOMY = {
  investment_support: [
    "portfolio_inquiry",
    "investment_status",
    "withdrawal_request",
    "dividend_inquiry",
    "product_information",
  ],
  technical_support: ["login_issues", "app_errors", "performance_issues", "two_factor_authentication", "data_sync"],
  account_management: ["account_opening", "profile_update", "account_closure", "kyc_verification", "password_reset"],
  compliance: ["regulatory_inquiry", "document_request", "aml_review", "tax_reporting", "sanctions_screening"],
  billing_support: ["payment_failed", "refund_request", "fee_inquiry", "invoice_request", "subscription_change"],
} as const;

export type CategoryKey = keyof typeof TICKET_TAXONOMY;
export type SubcategoryKey<C extends CategoryKey = CategoryKey> = (typeof TICKET_TAXONOMY)[C][number];

export const CATEGORY_KEYS = Object.keys(TICKET_TAXONOMY) as CategoryKey[];

/**
 * Words that, on their own, point at a category. They are given to the
 * category model as extra keyword features, in English and Arabic.
 */
export const CATEGORY_KEYWORDS: Readonly<Record<CategoryKey, readonly string[]>> = {
  investment_support: [
    "portfolio", "investment", "fund", "units", "shares", "dividend", "withdrawal", "returns", "sukuk",
    "محفظة", "استثمار", "صندوق", "أسهم", "أرباح", "سحب", "عوائد", "صكوك",
  ],
  technical_support: [
    "app", "login", "crash", "error", "slow", "bug", "otp", "sync", "website",
    "التطبيق", "تسجيل الدخول", "خطأ", "بطيء", "يتعطل", "رمز التحقق", "مزامنة", "الموقع",
  ],
  account_management: [
    "profile", "open account", "close account", "kyc", "identity verification", "password", "email address", "emirates id",
    "الملف الشخصي", "فتح حساب", "إغلاق الحساب", "التحقق من الهوية", "كلمة المرور", "الهوية الإماراتية",
  ],
  compliance: [
    "regulator", "regulation", "aml", "source of funds", "sanctions", "fatca", "crs", "tax residency", "certificate", "letter",
    "الجهة الرقابية", "غسل الأموال", "مصدر الأموال", "العقوبات", "فاتكا", "الإقامة الضريبية", "شهادة", "خطاب",
  ],
  billing_support: [
    "payment", "card", "refund", "fee", "charge", "invoice", "receipt", "subscription", "plan", "billing",
    "الدفع", "البطاقة", "استرداد", "رسوم", "خصم", "فاتورة", "إيصال", "اشتراك", "الباقة",
  ],
};
