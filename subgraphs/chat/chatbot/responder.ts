/**
 * What the chatbot says, as a pure function of what it understood (intent, confidence,
 * entities), the customer's context and the knowledge articles found. No I/O here.
 *
 * Policy (thresholds from configuration):
 * - `escalateToHuman` when the customer asks for a person, when confidence is below
 *   `escalateBelow` (CHATBOT_CONFIDENCE_THRESHOLD, 0.7), or when the bot is confident but has no
 *   data to answer with.
 * - `autoReply` (the bot answers the case on its own inside a chat) only when confidence is
 *   above `autoReplyAbove` (0.8) and the answer can resolve the question (`canResolve`).
 */
import type { ChatIntent } from "./intents.js";
import type { Entity } from "./entities.js";
import type { CustomerContext, CustomerTransaction } from "./customer-context.js";

export interface ArticleHit {
  id: string;
  title: string;
  confidence?: number | null;
}

export type SuggestedAction =
  | "TALK_TO_AGENT"
  | "UPLOAD_DOCUMENTS"
  | "VIEW_INVESTMENTS"
  | "RETRY_PAYMENT"
  | "VIEW_TICKETS"
  | "READ_ARTICLE"
  | "CREATE_TICKET";

export interface BotInput {
  intent: ChatIntent;
  confidence: number;
  entities: readonly Entity[];
  language: string;
  /** null: unknown customer or provider unavailable; undefined: not looked up (no customer). */
  context: CustomerContext | null | undefined;
  articles: readonly ArticleHit[];
  escalateBelow: number;
  autoReplyAbove: number;
}

export interface BotAnswer {
  response: string;
  canResolve: boolean;
  escalateToHuman: boolean;
  autoReply: boolean;
  suggestedActions: SuggestedAction[];
}

type Lang = "en" | "ar";

const T = {
  greeting: { en: "Hello! I'm Switchboard's assistant. I can check your verification (KYC) status, your investments and recent payments, or find a help article. What can I do for you?", ar: "مرحباً! أنا مساعد Switchboard. يمكنني التحقق من حالة التحقق من هويتك واستثماراتك ومدفوعاتك الأخيرة، أو إيجاد مقال مساعدة. كيف أستطيع مساعدتك؟" },
  thanks: { en: "You're welcome! If anything else comes up, I'm here.", ar: "على الرحب والسعة! إذا احتجت أي شيء آخر فأنا هنا." },
  handoff: { en: "I'll connect you with one of our agents. They will see our conversation so far.", ar: "سأوصلك بأحد موظفينا. سيطّلع على محادثتنا حتى الآن." },
  unsure: { en: "I'm not sure I understood. I'm passing your question to one of our agents, who will see our conversation so far.", ar: "لست متأكداً من أنني فهمت سؤالك. سأحوّله إلى أحد موظفينا وسيطّلع على محادثتنا حتى الآن." },
  unsureNoEscalation: { en: "I'm not sure I understood. Could you rephrase, or ask for an agent?", ar: "لست متأكداً من أنني فهمت. هل يمكنك إعادة الصياغة أو طلب التحدث مع موظف؟" },
  noContext: { en: "I can't see your account details right now, so I'm asking one of our agents to help.", ar: "لا أستطيع الاطلاع على تفاصيل حسابك الآن، لذلك سأطلب من أحد موظفينا مساعدتك." },
  articles: { en: "These articles may help:", ar: "قد تساعدك هذه المقالات:" },
  noArticles: { en: "I couldn't find an article about that.", ar: "لم أجد مقالاً حول ذلك." },
  ticket: { en: "You can follow ticket {n} under My tickets; an agent replies there.", ar: "يمكنك متابعة التذكرة {n} في قسم تذاكري، وسيرد عليك أحد الموظفين هناك." },
  ticketNone: { en: "You can see all your tickets and their status under My tickets.", ar: "يمكنك رؤية جميع تذاكرك وحالتها في قسم تذاكري." },
} as const;

const KYC: Record<string, { en: string; ar: string }> = {
  VERIFIED: { en: "Your identity verification (KYC) is complete.", ar: "تم التحقق من هويتك بنجاح." },
  PENDING: { en: "Your identity verification (KYC) is under review.", ar: "التحقق من هويتك قيد المراجعة." },
  REJECTED: { en: "Your latest identity verification (KYC) was not approved.", ar: "لم تتم الموافقة على آخر طلب للتحقق من هويتك." },
  NOT_STARTED: { en: "You haven't started identity verification (KYC) yet.", ar: "لم تبدأ عملية التحقق من الهوية بعد." },
};

const money = (amount: number, currency: string) => `${amount.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${currency}`;
const day = (iso: string) => iso.slice(0, 10);

function lang(language: string): Lang {
  return language.startsWith("ar") ? "ar" : "en";
}

function describeTransaction(t: CustomerTransaction, l: Lang): string {
  const base = l === "ar" ? `العملية ${t.id} (${t.type}، ${money(t.amount, t.currency)}، ${day(t.at)}): ${t.status}` : `${t.type.toLowerCase()} ${t.id} of ${money(t.amount, t.currency)} on ${day(t.at)} is ${t.status.toLowerCase()}`;
  return t.failureReason ? `${base}${l === "ar" ? " — " : ": "}${t.failureReason}` : base;
}

function entityValues(entities: readonly Entity[], type: Entity["type"]): string[] {
  return entities.filter((e) => e.type === type).map((e) => e.value.toUpperCase());
}

function kycAnswer(context: CustomerContext, l: Lang): { text: string; actions: SuggestedAction[] } {
  const status = KYC[context.kycStatus] ?? KYC.PENDING;
  const text = `${status[l]} ${context.kycReason} ${l === "ar" ? "الخطوة التالية:" : "Next step:"} ${context.kycNextStep}`;
  return { text, actions: context.kycStatus === "REJECTED" || context.kycStatus === "NOT_STARTED" ? ["UPLOAD_DOCUMENTS"] : [] };
}

function investmentAnswer(context: CustomerContext, entities: readonly Entity[], l: Lang): { text: string; resolved: boolean } {
  const asked = entityValues(entities, "INVESTMENT_ID");
  const chosen = asked.length ? context.investments.filter((i) => asked.includes(i.id.toUpperCase())) : context.investments;
  if (asked.length && chosen.length === 0) {
    return { text: l === "ar" ? `لم أجد الاستثمار ${asked.join("، ")} في حسابك.` : `I couldn't find investment ${asked.join(", ")} on your account.`, resolved: false };
  }
  if (chosen.length === 0) return { text: l === "ar" ? "لا توجد استثمارات في حسابك." : "You have no investments on your account yet.", resolved: true };
  const lines = chosen.slice(0, 5).map((i) => (l === "ar" ? `${i.id} ${i.productName}: ${money(i.amount, i.currency)} — ${i.status}` : `${i.id} ${i.productName}: ${money(i.amount, i.currency)}, ${i.status.toLowerCase()} since ${day(i.startedAt)}`));
  const pending = chosen.filter((i) => i.status === "PENDING");
  const note = pending.length ? (l === "ar" ? " الاستثمارات المعلقة تُنفّذ عادةً خلال يومي عمل." : " Pending orders are usually executed within two business days.") : "";
  return { text: `${l === "ar" ? "استثماراتك:" : "Your investments:"} ${lines.join("; ")}.${note}`, resolved: true };
}

function paymentAnswer(context: CustomerContext, entities: readonly Entity[], l: Lang): { text: string; resolved: boolean; actions: SuggestedAction[] } {
  const asked = entityValues(entities, "TRANSACTION_ID");
  const transactions = asked.length
    ? context.recentTransactions.filter((t) => asked.includes(t.id.toUpperCase()))
    : context.recentTransactions.filter((t) => t.status === "FAILED" || t.status === "PENDING");
  if (transactions.length === 0) {
    const text = asked.length
      ? l === "ar" ? `لم أجد العملية ${asked.join("، ")} في عملياتك الأخيرة.` : `I couldn't find transaction ${asked.join(", ")} among your recent transactions.`
      : l === "ar" ? "لا أرى أي عملية فاشلة أو معلقة في عملياتك الأخيرة." : "I don't see any failed or pending payment among your recent transactions.";
    return { text, resolved: false, actions: ["TALK_TO_AGENT"] };
  }
  const failed = transactions.some((t) => t.status === "FAILED");
  return {
    text: transactions.slice(0, 3).map((t) => describeTransaction(t, l)).join(". ") + ".",
    resolved: true,
    actions: failed ? ["RETRY_PAYMENT"] : [],
  };
}

function articleList(articles: readonly ArticleHit[], l: Lang): string {
  return `${T.articles[l]} ${articles.map((a) => `“${a.title}”`).join(", ")}`;
}

export function composeAnswer(input: BotInput): BotAnswer {
  const l = lang(input.language);
  const confident = input.confidence >= input.escalateBelow;
  const withArticles = (text: string) => (input.articles.length ? `${text} ${articleList(input.articles, l)}` : text);

  if (input.intent === "human_handoff") {
    return { response: T.handoff[l], canResolve: false, escalateToHuman: true, autoReply: false, suggestedActions: ["TALK_TO_AGENT"] };
  }
  if (!confident) {
    return { response: withArticles(T.unsure[l]), canResolve: false, escalateToHuman: true, autoReply: false, suggestedActions: ["TALK_TO_AGENT", ...(input.articles.length ? (["READ_ARTICLE"] as const) : [])] };
  }

  let response: string;
  let canResolve: boolean;
  let actions: SuggestedAction[] = [];
  let missingData = false;
  switch (input.intent) {
    case "greeting":
      response = T.greeting[l];
      canResolve = true;
      break;
    case "thanks_goodbye":
      response = T.thanks[l];
      canResolve = true;
      break;
    case "ticket_status": {
      const numbers = entityValues(input.entities, "TICKET_NUMBER");
      response = numbers.length ? T.ticket[l].replace("{n}", numbers.join(", ")) : T.ticketNone[l];
      canResolve = true;
      actions = ["VIEW_TICKETS"];
      break;
    }
    case "knowledge_question":
      response = input.articles.length ? articleList(input.articles, l) : T.noArticles[l];
      canResolve = input.articles.length > 0;
      actions = input.articles.length ? ["READ_ARTICLE"] : ["TALK_TO_AGENT"];
      break;
    case "kyc_status_inquiry":
    case "check_investment_status":
    case "payment_issues": {
      if (!input.context) {
        response = T.noContext[l];
        canResolve = false;
        missingData = true;
        actions = ["TALK_TO_AGENT"];
        break;
      }
      if (input.intent === "kyc_status_inquiry") {
        const answer = kycAnswer(input.context, l);
        response = answer.text;
        canResolve = true;
        actions = answer.actions;
      } else if (input.intent === "check_investment_status") {
        const answer = investmentAnswer(input.context, input.entities, l);
        response = answer.text;
        canResolve = answer.resolved;
        actions = ["VIEW_INVESTMENTS"];
      } else {
        const answer = paymentAnswer(input.context, input.entities, l);
        response = answer.text;
        canResolve = answer.resolved;
        actions = answer.actions;
      }
      break;
    }
    default:
      response = withArticles(T.unsureNoEscalation[l]);
      canResolve = false;
  }
  const autoReply = canResolve && input.confidence > input.autoReplyAbove;
  return { response, canResolve, escalateToHuman: missingData, autoReply, suggestedActions: actions };
}
