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

/**
 * Words and phrases that point at one subcategory within its category, in
 * en/ar/hi (Devanagari and romanised)/ur. Given to each category's subcategory
 * model as extra keyword features, so that wording absent from the training
 * tickets still lands in the right place.
 */
export const SUBCATEGORY_KEYWORDS: { readonly [C in CategoryKey]: { readonly [S in SubcategoryKey<C>]: readonly string[] } } = {
  investment_support: {
    property_investment_help: ["property", "invest", "minimum investment", "rental yield", "off-plan", "developer", "fractional", "عقار", "الاستثمار في", "العائد الإيجاري", "प्रॉपर्टी", "निवेश", "invest karna", "پراپرٹی", "سرمایہ کاری"],
    token_purchase_issues: ["buy tokens", "bought", "purchase", "purchased", "tokens not received", "شراء", "اشتريت", "الرموز لم", "खरीदे", "खरीद", "kharide", "خریدے", "خریداری"],
    portfolio_questions: ["portfolio", "holdings", "valuation", "allocation", "unrealised", "محفظتي", "المحفظة", "تقييم", "पोर्टफोलियो", "portfolio", "پورٹ فولیو"],
    dividend_inquiries: ["dividend", "rental income", "distribution", "payout", "توزيعات", "أرباح", "الإيجار", "डिविडेंड", "किराये", "dividend", "منافع", "کرایہ", "ڈیویڈنڈ"],
    staking_support: ["stake", "staking", "unstake", "apy", "rewards", "lock period", "التخزين", "الستاكينغ", "مكافآت", "स्टेक", "स्टेकिंग", "रिवॉर्ड", "اسٹیک", "اسٹیکنگ", "انعامات"],
  },
  technical_support: {
    app_not_working: ["app", "crash", "crashes", "freezes", "blank screen", "not loading", "update", "التطبيق", "يتعطل", "ऐप", "क्रैश", "app", "ایپ", "کریش"],
    login_issues: ["login", "log in", "sign in", "password", "session", "تسجيل الدخول", "كلمة المرور", "لاگ ان", "लॉगिन", "पासवर्ड", "پاس ورڈ"],
    payment_failures: ["declined", "payment failed", "gateway", "apple pay", "google pay", "upi", "otp", "رفض", "بوابة الدفع", "फेल", "डिक्लाइन", "ناکام", "مسترد"],
    wallet_connection_problems: ["wallet", "metamask", "walletconnect", "connect", "network", "ledger", "المحفظة", "ميتاماسك", "ربط", "वॉलेट", "कनेक्ट", "والٹ", "کنیکٹ", "میٹاماسک"],
    trading_platform_issues: ["order", "order book", "trading", "exchange", "chart", "liquidity pool", "slippage", "swap", "أمر", "التداول", "دفتر الأوامر", "ऑर्डर", "ट्रेडिंग", "آرڈر", "ٹریڈنگ"],
  },
  account_support: {
    kyc_verification: ["kyc", "verification", "identity", "selfie", "approve", "التحقق من الهوية", "التحقق", "केवाईसी", "सत्यापन", "کے وائی سی", "تصدیق"],
    account_security: ["hacked", "unauthorised", "stolen", "phishing", "suspicious", "freeze", "lock my account", "secure", "اختراق", "احتيال", "قفل", "हैक", "सुरक्षित", "ہیک", "محفوظ", "فراڈ"],
    profile_updates: ["profile", "change my", "update my", "email address", "phone number", "address", "name", "date of birth", "الملف الشخصي", "تعديل", "प्रोफाइल", "बदल", "پروفائل", "تبدیل"],
    document_upload_help: ["upload", "file", "document", "pdf", "attach", "رفع", "الملف", "مستند", "अपलोड", "फाइल", "اپلوڈ", "فائل", "دستاویز"],
    "2fa_assistance": ["2fa", "two-factor", "authenticator", "backup codes", "المصادقة الثنائية", "تطبيق المصادقة", "ऑथेंटिकेटर", "टू-फैक्टर", "دو مرحلہ", "آتھنٹیکیٹر"],
  },
  compliance_support: {
    regulatory_questions: ["regulator", "regulated", "licensed", "license", "permitted", "allowed", "vara", "sebi", "fca", "الجهة الرقابية", "مرخصة", "تنظيمي", "नियामक", "लाइसेंस", "ریگولیٹر", "لائسنس"],
    tax_documentation: ["tax", "tds", "withholding", "tax certificate", "tax form", "vat", "ضريبة", "ضريبية", "टैक्स", "ٹیکس"],
    aml_inquiries: ["aml", "source of funds", "source of wealth", "money laundering", "due diligence", "compliance review", "مصدر الأموال", "غسل الأموال", "الامتثال", "मनी लॉन्ड्रिंग", "स्रोत", "منی لانڈرنگ", "ذرائع", "کمپلائنس"],
    reporting_help: ["report", "statement", "transaction history", "export", "csv", "summary", "تقرير", "كشف", "सेटेटमेंट", "रिपोर्ट", "स्टेटमेंट", "رپورٹ", "اسٹیٹمنٹ"],
    legal_clarifications: ["legal", "legally", "terms", "contract", "agreement", "title deed", "inheritance", "sharia", "bankrupt", "قانوني", "قانونياً", "العقد", "الشريعة", "कानूनी", "अनुबंध", "قانونی", "معاہدہ", "شریعت"],
  },
  billing_support: {
    payment_issues: ["bank transfer", "deposit", "credited", "balance", "charged twice", "wire", "تحويل بنكي", "إيداع", "رصيدي", "बैंक ट्रांसफर", "बैलेंस", "बैलेंस में", "بینک ٹرانسفر", "بیلنس"],
    refund_requests: ["refund", "refunded", "money back", "return my money", "send back", "استرداد", "إعادة المبلغ", "استرجاع", "रिफंड", "वापस", "wapas", "ریفنڈ", "واپس"],
    billing_disputes: ["dispute", "disputing", "contest", "challenge", "overcharged", "unauthorised charge", "reversed", "اعتراض", "أعترض", "डिस्प्यूट", "आपत्ति", "اعتراض"],
    subscription_help: ["subscription", "premium", "plan", "membership", "renewal", "upgrade", "downgrade", "اشتراك", "الباقة", "सब्सक्रिप्शन", "प्लान", "سبسکرپشن", "پلان"],
    fee_clarifications: ["fee", "fees", "commission", "gas fee", "exit fee", "conversion fee", "what fees", "رسوم", "فیس", "शुल्क", "फीस", "fee kitni"],
  },
};
