/**
 * The page → topics mapping behind contextualHelp, kept as data: seeded into
 * knowledge.help_topics (idempotently, by `seedHelpTopics`) and editable there. Topics are
 * article tags or keywords; quick actions are what the client can offer as buttons; video
 * tutorials are the short screen recordings for the page (URLs relative to the help centre).
 * `action: ""` applies to any action on the page; page "*" is the fallback for unknown pages.
 * Pages are the NexVestXR app's screens (register, kyc, invest, property, portfolio, trade,
 * wallet, deposit, withdraw, staking, liquidity, login, security, app).
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";

export interface QuickAction {
  key: string;
  label: string;
  labelAr: string;
  /** Client route or GraphQL operation the button starts. */
  target: string;
}

export interface VideoTutorial {
  key: string;
  title: string;
  titleAr: string;
  /** Relative to the help centre's host. */
  url: string;
  durationSeconds: number;
}

export interface HelpTopicRow {
  page: string;
  action: string;
  topics: string[];
  quickActions: QuickAction[];
  videoTutorials: VideoTutorial[];
}

const CONTACT: QuickAction = {
  key: "contact_agent",
  label: "Contact support",
  labelAr: "تواصل مع الدعم",
  target: "requestSupport",
};
const CHAT: QuickAction = { key: "start_chat", label: "Chat with us", labelAr: "تحدث معنا", target: "startChat" };
const action = (key: string, label: string, labelAr: string, target: string): QuickAction => ({
  key,
  label,
  labelAr,
  target,
});
const video = (key: string, title: string, titleAr: string, durationSeconds: number): VideoTutorial => ({
  key,
  title,
  titleAr,
  url: `/help/videos/${key}`,
  durationSeconds,
});

const V = {
  register: video("register_account", "Create your NexVestXR account", "أنشئ حسابك في NexVestXR", 150),
  kyc: video("kyc_walkthrough", "KYC verification, step by step", "التحقق من الهوية خطوة بخطوة", 210),
  kycPhotos: video("kyc_document_photos", "Taking document photos that pass", "تصوير المستندات بطريقة مقبولة", 95),
  firstInvestment: video(
    "first_investment",
    "Your first XERA or PROPX investment",
    "استثمارك الأول في XERA أو PROPX",
    240,
  ),
  dualTokens: video("xera_and_propx", "XERA and PROPX explained", "شرح XERA و PROPX", 180),
  property: video("reading_a_property_listing", "Reading a property listing", "قراءة صفحة العقار", 200),
  portfolio: video("portfolio_tour", "A tour of your portfolio", "جولة في محفظتك الاستثمارية", 160),
  orders: video("placing_orders", "Placing buy and sell orders", "وضع أوامر الشراء والبيع", 190),
  orderTypes: video(
    "order_types",
    "Market, limit and stop-limit orders",
    "أوامر السوق والأوامر المحددة وأوامر الإيقاف",
    230,
  ),
  marketData: video(
    "reading_market_data",
    "Reading charts and the order book",
    "قراءة الرسوم البيانية ودفتر الأوامر",
    250,
  ),
  pools: video("liquidity_pools", "Adding liquidity to a pool", "إضافة السيولة إلى مجمّع", 220),
  staking: video("staking_xera", "Staking XERA", "تخزين XERA", 140),
  wallet: video("connect_external_wallet", "Connecting an external wallet", "ربط محفظة خارجية", 170),
  deposit: video("funding_your_wallet", "Funding your wallet", "تمويل محفظتك", 130),
  security: video("securing_your_account", "Securing your account with 2FA", "تأمين حسابك بالمصادقة الثنائية", 150),
  app: video("app_setup", "Setting up the mobile app", "إعداد تطبيق الهاتف", 180),
};

export const HELP_TOPICS: HelpTopicRow[] = [
  {
    page: "*",
    action: "",
    topics: ["onboarding", "xera", "propx", "login", "payment-failed", "wallet"],
    quickActions: [CHAT, CONTACT],
    videoTutorials: [V.dualTokens, V.app],
  },
  {
    page: "register",
    action: "",
    topics: ["registration", "sign-up", "onboarding", "mobile-app", "kyc"],
    quickActions: [action("start_verification", "Verify my identity", "تحقق من هويتي", "/profile/verification"), CHAT],
    videoTutorials: [V.register, V.app],
  },
  {
    page: "kyc",
    action: "",
    topics: ["kyc", "verification", "identity", "documents", "delays"],
    quickActions: [action("check_documents", "Check my documents", "تحقق من مستنداتي", "/profile/verification"), CHAT],
    videoTutorials: [V.kyc, V.kycPhotos],
  },
  {
    page: "kyc",
    action: "upload_failed",
    topics: ["documents", "verification", "delays", "kyc"],
    quickActions: [action("check_documents", "Upload again", "أعد التحميل", "/profile/verification"), CONTACT],
    videoTutorials: [V.kycPhotos],
  },
  {
    page: "invest",
    action: "",
    topics: ["xera", "propx", "first-investment", "dual-tokens", "comparison", "risk", "returns"],
    quickActions: [
      action("view_portfolio", "View my portfolio", "عرض محفظتي", "/portfolio"),
      action("investment_details", "Compare tokens", "قارن الرموز", "/invest/compare"),
      CHAT,
    ],
    videoTutorials: [V.dualTokens, V.firstInvestment],
  },
  {
    page: "property",
    action: "",
    topics: ["property-selection", "propx", "valuation", "due-diligence", "returns", "rental-income", "risk"],
    quickActions: [action("investment_details", "Property documents", "وثائق العقار", "/property/documents"), CHAT],
    videoTutorials: [V.property, V.dualTokens],
  },
  {
    page: "portfolio",
    action: "",
    topics: ["portfolio", "diversification", "returns", "rental-income", "dividends", "rebalancing", "allocation"],
    quickActions: [
      action("view_portfolio", "Allocation", "التوزيع", "/portfolio/allocation"),
      action("investment_details", "Returns", "العوائد", "/portfolio/returns"),
    ],
    videoTutorials: [V.portfolio],
  },
  {
    page: "trade",
    action: "",
    topics: [
      "trading",
      "orders",
      "buy",
      "sell",
      "order-types",
      "market-order",
      "limit-order",
      "stop-limit",
      "fees",
      "trading-fees",
      "charges",
      "market-data",
      "charts",
      "order-book",
      "price",
      "liquidity-pools",
      "staking",
      "xera",
      "propx",
    ],
    quickActions: [action("open_orders", "Open orders", "الأوامر المفتوحة", "/trade/orders"), CHAT],
    videoTutorials: [V.orders, V.orderTypes, V.marketData],
  },
  {
    page: "trade",
    action: "order_rejected",
    topics: ["orders", "order-types", "fees", "deposit"],
    quickActions: [action("add_funds", "Add funds", "إضافة أموال", "/wallet/deposit"), CONTACT],
    videoTutorials: [V.orders],
  },
  {
    page: "staking",
    action: "",
    topics: ["staking", "staking-rewards", "xera", "liquidity-pools", "returns"],
    quickActions: [action("stake_xera", "Stake XERA", "خزّن XERA", "/earn/staking"), CHAT],
    videoTutorials: [V.staking, V.pools],
  },
  {
    page: "liquidity",
    action: "",
    topics: ["liquidity-pools", "impermanent-loss", "staking", "fees", "xera"],
    quickActions: [action("add_liquidity", "Add liquidity", "أضف السيولة", "/earn/pools"), CHAT],
    videoTutorials: [V.pools, V.staking],
  },
  {
    page: "wallet",
    action: "",
    topics: ["wallet", "walletconnect", "external-wallet", "deposit", "fees"],
    quickActions: [
      action("add_funds", "Add funds", "إضافة أموال", "/wallet/deposit"),
      action("connect_wallet", "Connect a wallet", "اربط محفظة", "/wallet/external"),
      CHAT,
    ],
    videoTutorials: [V.wallet, V.deposit],
  },
  {
    page: "wallet",
    action: "connect_failed",
    topics: ["walletconnect", "external-wallet", "wallet", "blockchain"],
    quickActions: [action("connect_wallet", "Try again", "حاول مرة أخرى", "/wallet/external"), CONTACT],
    videoTutorials: [V.wallet],
  },
  {
    page: "deposit",
    action: "",
    topics: ["deposit", "payment-failed", "card", "fees", "first-investment"],
    quickActions: [action("add_funds", "Add funds", "إضافة أموال", "/wallet/deposit"), CHAT],
    videoTutorials: [V.deposit],
  },
  {
    page: "deposit",
    action: "payment_failed",
    topics: ["payment-failed", "card", "refund", "deposit"],
    quickActions: [
      action("retry_payment", "Try again", "حاول مرة أخرى", "/wallet/deposit"),
      action("try_different_method", "Pay by bank transfer", "ادفع بتحويل بنكي", "/wallet/deposit/bank"),
      action("contact_bank", "Contact my bank", "تواصل مع بنكي", "/help/contact-bank"),
      CONTACT,
    ],
    videoTutorials: [V.deposit],
  },
  {
    page: "withdraw",
    action: "",
    topics: ["fees", "wallet", "external-wallet", "deposit"],
    quickActions: [action("withdraw", "Withdraw", "سحب", "/wallet/withdraw"), CHAT],
    videoTutorials: [V.wallet],
  },
  {
    page: "login",
    action: "",
    topics: ["login", "password", "2fa", "account-locked", "mobile-app", "registration", "app-crash"],
    quickActions: [action("reset_password", "Reset password", "إعادة تعيين كلمة المرور", "/auth/reset"), CHAT],
    videoTutorials: [V.security],
  },
  {
    page: "login",
    action: "login_failed",
    topics: ["password", "login", "account-locked", "2fa", "biometrics", "mobile-app", "app-crash"],
    quickActions: [action("reset_password", "Reset password", "إعادة تعيين كلمة المرور", "/auth/reset"), CONTACT],
    videoTutorials: [V.security],
  },
  {
    page: "security",
    action: "",
    topics: ["2fa", "password", "login", "biometrics", "mobile-app"],
    quickActions: [
      action("enable_2fa", "Turn on 2FA", "تفعيل المصادقة الثنائية", "/settings/security/2fa"),
      action("reset_password", "Change password", "تغيير كلمة المرور", "/settings/security/password"),
    ],
    videoTutorials: [V.security, V.app],
  },
  {
    page: "app",
    action: "",
    topics: ["mobile-app", "app-crash", "performance", "setup", "notifications"],
    quickActions: [action("report_problem", "Report a problem", "الإبلاغ عن مشكلة", "/help/report"), CHAT],
    videoTutorials: [V.app],
  },
];

/** Inserts the mapping rows that are missing (existing rows, possibly edited, are kept). */
export async function seedHelpTopics(db: Database): Promise<number> {
  const { count } = await db.prisma.helpTopic.createMany({
    data: HELP_TOPICS.map((row) => ({
      ...row,
      quickActions: row.quickActions as unknown as Prisma.InputJsonValue,
      videoTutorials: row.videoTutorials as unknown as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  return count;
}
