/**
 * The page → topics mapping behind contextualHelp, kept as data: seeded into
 * knowledge.help_topics (idempotently, by `seedHelpTopics`) and editable there. Topics are
 * article tags or keywords; quick actions are what the client can offer as buttons.
 * `action: ""` applies to any action on the page; page "*" is the fallback for unknown pages.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../common/db.js";

export interface QuickAction {
  key: string;
  label: string;
  labelAr: string;
  /** Client route or GraphQL operation the button starts. */
  target: string;
}

export interface HelpTopicRow {
  page: string;
  action: string;
  topics: string[];
  quickActions: QuickAction[];
}

const CONTACT: QuickAction = { key: "contact_support", label: "Contact support", labelAr: "تواصل مع الدعم", target: "/support/new" };
const CHAT: QuickAction = { key: "start_chat", label: "Chat with us", labelAr: "تحدث معنا", target: "startChat" };

export const HELP_TOPICS: HelpTopicRow[] = [
  { page: "*", action: "", topics: ["support", "contact", "account", "security"], quickActions: [CHAT, CONTACT] },
  { page: "sign-up", action: "", topics: ["sign-up", "onboarding", "account", "kyc"], quickActions: [CHAT] },
  { page: "kyc", action: "", topics: ["kyc", "identity", "verification", "documents"], quickActions: [{ key: "upload_documents", label: "Upload documents", labelAr: "تحميل المستندات", target: "/kyc/documents" }, CHAT] },
  { page: "kyc", action: "upload_failed", topics: ["documents", "verification", "kyc"], quickActions: [CONTACT] },
  { page: "deposit", action: "", topics: ["deposit", "funding", "card", "bank-transfer", "fees"], quickActions: [{ key: "add_funds", label: "Add funds", labelAr: "إضافة أموال", target: "/wallet/deposit" }, CHAT] },
  { page: "deposit", action: "payment_failed", topics: ["payment-failed", "declined", "card", "deposit"], quickActions: [{ key: "retry_payment", label: "Try again", labelAr: "حاول مرة أخرى", target: "/wallet/deposit" }, CONTACT] },
  { page: "withdraw", action: "", topics: ["withdrawal", "payout", "processing-time", "bank-transfer"], quickActions: [{ key: "track_withdrawal", label: "Track a withdrawal", labelAr: "تتبع السحب", target: "/wallet/withdrawals" }, CHAT] },
  { page: "portfolio", action: "", topics: ["portfolio", "dashboard", "performance", "investment-status", "dividends"], quickActions: [{ key: "view_orders", label: "View orders", labelAr: "عرض الطلبات", target: "/portfolio/orders" }, CHAT] },
  { page: "invest", action: "", topics: ["products", "risk-profile", "investment-status", "sharia"], quickActions: [{ key: "risk_profile", label: "Update risk profile", labelAr: "تحديث ملف المخاطر", target: "/profile/risk" }, CHAT] },
  { page: "security", action: "", topics: ["security", "2fa", "password", "trusted-devices", "phishing"], quickActions: [{ key: "enable_2fa", label: "Turn on 2FA", labelAr: "تفعيل المصادقة الثنائية", target: "/settings/security/2fa" }, { key: "lock_account", label: "Lock my account", labelAr: "قفل حسابي", target: "/settings/security/lock" }] },
  { page: "security", action: "login_failed", topics: ["password", "login", "reset", "account-lock"], quickActions: [{ key: "reset_password", label: "Reset password", labelAr: "إعادة تعيين كلمة المرور", target: "/auth/reset" }, CONTACT] },
  { page: "billing", action: "", topics: ["fees", "subscription", "refund", "invoices", "plans"], quickActions: [{ key: "change_plan", label: "Change plan", labelAr: "تغيير الخطة", target: "/settings/plan" }, { key: "download_invoices", label: "Invoices", labelAr: "الفواتير", target: "/billing/invoices" }] },
  { page: "billing", action: "refund", topics: ["refund", "billing", "fees"], quickActions: [CONTACT] },
];

/** Inserts the mapping rows that are missing (existing rows, possibly edited, are kept). */
export async function seedHelpTopics(db: Database): Promise<number> {
  const { count } = await db.prisma.helpTopic.createMany({
    data: HELP_TOPICS.map((row) => ({ ...row, quickActions: row.quickActions as unknown as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  return count;
}
