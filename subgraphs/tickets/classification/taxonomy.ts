import { SUPPORT_CATEGORIES, SUPPORT_CATEGORY_KEYS, type SupportCategoryKey } from "../../common/support-taxonomy.js";

/**
 * The ticket categories and subcategories the classifier predicts, by key: the specification's
 * taxonomy (common/support-taxonomy.ts), the one list every subgraph validates against.
 */
export const TICKET_TAXONOMY = Object.fromEntries(SUPPORT_CATEGORY_KEYS.map((key) => [key, SUPPORT_CATEGORIES[key].subcategories])) as {
  readonly [K in SupportCategoryKey]: (typeof SUPPORT_CATEGORIES)[K]["subcategories"];
};

export type CategoryKey = keyof typeof TICKET_TAXONOMY;
export type SubcategoryKey<C extends CategoryKey = CategoryKey> = (typeof TICKET_TAXONOMY)[C][number];

export const CATEGORY_KEYS = Object.keys(TICKET_TAXONOMY) as CategoryKey[];

/**
 * Words that, on their own, point at a category of the NexVestXR domain. They
 * are given to the category model as extra keyword features, in English,
 * Arabic, Hindi (Devanagari and romanised) and Urdu.
 */
export const CATEGORY_KEYWORDS: Readonly<Record<CategoryKey, readonly string[]>> = {
  investment_support: [
    "property", "investment", "tokens", "xera", "propx", "portfolio", "dividend", "rental income", "staking", "apy", "villa", "apartment",
    "عقار", "استثمار", "رموز", "محفظة استثمارية", "أرباح", "توزيعات", "دخل الإيجار", "التخزين", "الستاكينغ",
    "प्रॉपर्टी", "निवेश", "टोकन", "पोर्टफोलियो", "डिविडेंड", "किराया", "स्टेकिंग",
    "پراپرٹی", "سرمایہ کاری", "ٹوکن", "پورٹ فولیو", "منافع", "کرایہ", "اسٹیکنگ",
  ],
  technical_support: [
    "app", "crash", "error", "login", "metamask", "walletconnect", "wallet connect", "order book", "trading", "liquidity pool", "transaction failed", "gas",
    "التطبيق", "خطأ", "تسجيل الدخول", "ميتاماسك", "ربط المحفظة", "التداول", "مجمع السيولة", "المعاملة فشلت",
    "ऐप", "एरर", "लॉगिन", "मेटामास्क", "वॉलेट", "ट्रेडिंग", "ट्रांजैक्शन",
    "ایپ", "ایرر", "لاگ ان", "میٹاماسک", "والٹ", "ٹریڈنگ", "ٹرانزیکشن",
  ],
  account_support: [
    "kyc", "verification", "passport", "emirates id", "selfie", "hacked", "profile", "phone number", "upload", "2fa", "authenticator", "backup codes",
    "التحقق من الهوية", "جواز السفر", "الهوية الإماراتية", "اختراق", "الملف الشخصي", "رفع", "المصادقة الثنائية", "رمز التحقق",
    "केवाईसी", "सत्यापन", "पासपोर्ट", "आधार", "प्रोफाइल", "अपलोड", "ऑथेंटिकेटर",
    "تصدیق", "پاسپورٹ", "شناختی کارڈ", "پروفائل", "اپلوڈ", "دو مرحلہ",
  ],
  compliance_support: [
    "regulation", "regulator", "vara", "sebi", "license", "tax", "tax certificate", "aml", "source of funds", "report", "statement", "legal", "terms", "contract", "sharia",
    "تنظيمي", "ترخيص", "ضريبة", "ضريبية", "غسل الأموال", "مصدر الأموال", "تقرير", "كشف حساب", "قانوني", "العقد", "الشروط",
    "नियामक", "लाइसेंस", "टैक्स", "कर", "मनी लॉन्ड्रिंग", "रिपोर्ट", "स्टेटमेंट", "कानूनी", "अनुबंध",
    "ریگولیٹر", "لائسنس", "ٹیکس", "منی لانڈرنگ", "رپورٹ", "اسٹیٹمنٹ", "قانونی", "معاہدہ",
  ],
  billing_support: [
    "charged", "charge", "refund", "invoice", "fee", "fees", "subscription", "premium plan", "card", "bank transfer", "aed", "inr", "dispute", "commission",
    "خصم", "استرداد", "فاتورة", "رسوم", "اشتراك", "البطاقة", "تحويل بنكي", "درهم", "اعتراض", "عمولة",
    "चार्ज", "रिफंड", "इनवॉइस", "शुल्क", "फीस", "सब्सक्रिप्शन", "कार्ड", "रुपये", "कमीशन",
    "چارج", "ریفنڈ", "انوائس", "فیس", "سبسکرپشن", "کارڈ", "روپے", "کمیشن",
  ],
};
