/**
 * What the chatbot says, as a pure function of what it understood (intent, confidence,
 * entities), the customer's context and the knowledge articles found. No I/O here.
 *
 * The specification's `aiChatbot.processUserQuery` shape: `response`, `confidence`,
 * `suggestedActions` (its action keys), `escalateToHuman` and the top 3 knowledge articles.
 * Its three intent handlers answer from the asking customer's own data only:
 * - check_investment_status: number and total value of the active investments (0.95);
 * - kyc_status_inquiry: the KYC status, with the 24–48 h note while pending (0.98);
 * - payment_issues: the failed transactions of the last 7 days (0.9), or — when there are
 *   none — "I don't see any recent payment issues", asking the customer to describe it (0.8).
 *   A pending or completed transaction is never offered as the answer to a failure.
 *
 * `confidence` is the lower of the intent model's confidence and the handler's own.
 * Policy (thresholds from configuration):
 * - `escalateToHuman` when confidence is below `escalateBelow` (CHATBOT_CONFIDENCE_THRESHOLD,
 *   0.7), when the customer asks for a person, or when the bot has no data to answer with.
 * - A message the intent model is unsure about (a single word such as "refund") is answered
 *   from the knowledge base when its best article matches with confidence ≥ `escalateBelow`,
 *   instead of escalating.
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

/** The specification's action keys (aiChatbot.intentHandlers), in its spelling. */
export const SUGGESTED_ACTIONS = [
  "view_portfolio",
  "investment_details",
  "check_documents",
  "view_limits",
  "retry_payment",
  "contact_bank",
  "try_different_method",
  "describe_issue",
  "contact_agent",
] as const;
export type SuggestedAction = (typeof SUGGESTED_ACTIONS)[number];

/** How sure each of the specification's handlers is of its own answer (its `confidence`). */
export const HANDLER_CONFIDENCE = {
  check_investment_status: 0.95,
  kyc_status_inquiry: 0.98,
  payment_failures_found: 0.9,
  payment_nothing_found: 0.8,
} as const;

/** The payment handler looks at this many days of transactions (getRecentTransactions(user, 7)). */
export const PAYMENT_LOOKBACK_DAYS = 7;

export interface BotInput {
  intent: ChatIntent;
  confidence: number;
  entities: readonly Entity[];
  language: string;
  /** null: unknown customer or provider unavailable; undefined: not looked up (no customer). */
  context: CustomerContext | null | undefined;
  /** Best first; the first carries the knowledge base's own match confidence when it has one. */
  articles: readonly ArticleHit[];
  escalateBelow: number;
  autoReplyAbove: number;
  /** "Now" for the payment handler's 7-day window. */
  now?: Date;
}

export interface BotAnswer {
  response: string;
  /** The intent answered (knowledge_question when an unsure message was answered from the knowledge base). */
  intent: ChatIntent;
  /** The answer's confidence: min(intent model, handler). */
  confidence: number;
  canResolve: boolean;
  escalateToHuman: boolean;
  autoReply: boolean;
  /** The answer asks the customer for more detail (said in a chat even though it resolves nothing). */
  asksCustomer: boolean;
  suggestedActions: SuggestedAction[];
}

type Lang = "en" | "ar";

const T = {
  greeting: {
    en: "Hello! I'm the NexVestXR support assistant. I can check your verification (KYC) status, your investments and recent payments, or find a help article. What can I do for you?",
    ar: "مرحباً! أنا مساعد دعم NexVestXR. يمكنني التحقق من حالة التحقق من هويتك واستثماراتك ومدفوعاتك الأخيرة، أو إيجاد مقال مساعدة. كيف أستطيع مساعدتك؟",
  },
  thanks: {
    en: "You're welcome! If anything else comes up, I'm here.",
    ar: "على الرحب والسعة! إذا احتجت أي شيء آخر فأنا هنا.",
  },
  handoff: {
    en: "I'll connect you with one of our agents. They will see our conversation so far.",
    ar: "سأوصلك بأحد موظفينا. سيطّلع على محادثتنا حتى الآن.",
  },
  unsure: {
    en: "I'm not sure I understood. I'm passing your question to one of our agents, who will see our conversation so far.",
    ar: "لست متأكداً من أنني فهمت سؤالك. سأحوّله إلى أحد موظفينا وسيطّلع على محادثتنا حتى الآن.",
  },
  unsureNoEscalation: {
    en: "I'm not sure I understood. Could you rephrase, or ask for an agent?",
    ar: "لست متأكداً من أنني فهمت. هل يمكنك إعادة الصياغة أو طلب التحدث مع موظف؟",
  },
  noContext: {
    en: "I can't see your account details right now, so I'm asking one of our agents to help.",
    ar: "لا أستطيع الاطلاع على تفاصيل حسابك الآن، لذلك سأطلب من أحد موظفينا مساعدتك.",
  },
  articles: { en: "These articles may help:", ar: "قد تساعدك هذه المقالات:" },
  noArticles: { en: "I couldn't find an article about that.", ar: "لم أجد مقالاً حول ذلك." },
  ticket: {
    en: "You can follow ticket {n} under My tickets; an agent replies there.",
    ar: "يمكنك متابعة التذكرة {n} في قسم تذاكري، وسيرد عليك أحد الموظفين هناك.",
  },
  ticketNone: {
    en: "You can see all your tickets and their status under My tickets.",
    ar: "يمكنك رؤية جميع تذاكرك وحالتها في قسم تذاكري.",
  },
  noPaymentIssues: {
    en: "I don't see any recent payment issues. Could you describe what specific problem you're experiencing?",
    ar: "لا أرى أي مشكلة في مدفوعاتك الأخيرة. هل يمكنك وصف المشكلة التي تواجهها بالتحديد؟",
  },
  failureCauses: {
    en: "The most common causes are insufficient funds or bank restrictions. Would you like me to help you resolve this?",
    ar: "أكثر الأسباب شيوعاً هي عدم كفاية الرصيد أو قيود البنك. هل تريد أن أساعدك في حلها؟",
  },
  investmentsMore: {
    en: "Would you like to see detailed information about any specific investment?",
    ar: "هل تريد الاطلاع على تفاصيل أي استثمار بعينه؟",
  },
  kycPendingNote: {
    en: "We typically process applications within 24-48 hours.",
    ar: "نعالج الطلبات عادةً خلال 24 إلى 48 ساعة.",
  },
} as const;

const KYC_STATUS: Record<string, { en: string; ar: string }> = {
  VERIFIED: { en: "verified", ar: "مكتمل" },
  PENDING: { en: "pending", ar: "قيد المراجعة" },
  REJECTED: { en: "rejected", ar: "مرفوض" },
  NOT_STARTED: { en: "not started", ar: "لم يبدأ بعد" },
};

const TX_TYPE_AR: Record<string, string> = {
  DEPOSIT: "إيداع",
  WITHDRAWAL: "سحب",
  FEE: "رسوم",
  DIVIDEND: "توزيع أرباح",
  TRADE: "صفقة",
};

const money = (amount: number, currency: string) =>
  `${amount.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${currency}`;
const day = (iso: string) => iso.slice(0, 10);

function lang(language: string): Lang {
  return language.startsWith("ar") ? "ar" : "en";
}

/** Ends a fragment with exactly one full stop (no "..": reasons in the data end with their own). */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/u, "");
  return /[.!?؟]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Joins sentences; the reply starts with a capital letter and has no double full stops. */
export function tidyReply(parts: readonly string[]): string {
  const text = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\.(\s*\.)+/g, ".")
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeTransaction(t: CustomerTransaction, l: Lang): string {
  if (l === "ar") {
    const base = `${TX_TYPE_AR[t.type] ?? t.type} ${t.id} بمبلغ ${money(t.amount, t.currency)} بتاريخ ${day(t.at)}`;
    return sentence(t.failureReason ? `${base}: ${t.failureReason}` : base);
  }
  const base = `${t.type.charAt(0)}${t.type.slice(1).toLowerCase()} ${t.id} of ${money(t.amount, t.currency)} on ${day(t.at)} ${t.status === "FAILED" ? "failed" : `is ${t.status.toLowerCase()}`}`;
  return sentence(t.failureReason ? `${base}: ${t.failureReason}` : base);
}

function entityValues(entities: readonly Entity[], type: Entity["type"]): string[] {
  return entities.filter((e) => e.type === type).map((e) => e.value.toUpperCase());
}

function totalsByCurrency(items: readonly { amount: number; currency: string }[]): string {
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.amount);
  return [...totals].map(([currency, amount]) => money(amount, currency)).join(" + ");
}

interface HandlerAnswer {
  text: string;
  confidence: number;
  resolved: boolean;
  actions: SuggestedAction[];
  asksCustomer?: boolean;
}

function kycAnswer(context: CustomerContext, l: Lang): HandlerAnswer {
  const status = KYC_STATUS[context.kycStatus] ?? KYC_STATUS.PENDING;
  const lead =
    l === "ar" ? `حالة التحقق من هويتك (KYC): ${status.ar}.` : `Your KYC verification status is: ${status.en}.`;
  const next = context.kycNextStep
    ? l === "ar"
      ? `الخطوة التالية: ${sentence(context.kycNextStep)}`
      : `Next step: ${sentence(context.kycNextStep)}`
    : "";
  const text = tidyReply([
    lead,
    context.kycStatus === "PENDING" ? T.kycPendingNote[l] : "",
    context.kycReason ? sentence(context.kycReason) : "",
    next,
  ]);
  // The specification: check_documents while pending, view_limits otherwise; a rejected or
  // never-started verification also needs the customer's documents.
  const actions: SuggestedAction[] =
    context.kycStatus === "VERIFIED"
      ? ["view_limits"]
      : context.kycStatus === "PENDING"
        ? ["check_documents"]
        : ["check_documents", "view_limits"];
  return { text, confidence: HANDLER_CONFIDENCE.kyc_status_inquiry, resolved: true, actions };
}

function investmentAnswer(context: CustomerContext, entities: readonly Entity[], l: Lang): HandlerAnswer {
  const confidence = HANDLER_CONFIDENCE.check_investment_status;
  const asked = entityValues(entities, "INVESTMENT_ID");
  if (asked.length) {
    const chosen = context.investments.filter((i) => asked.includes(i.id.toUpperCase()));
    if (chosen.length === 0) {
      return {
        text:
          l === "ar"
            ? `لم أجد الاستثمار ${asked.join("، ")} في حسابك.`
            : `I couldn't find investment ${asked.join(", ")} on your account.`,
        confidence,
        resolved: false,
        actions: ["view_portfolio", "contact_agent"],
      };
    }
    const lines = chosen.map((i) =>
      l === "ar"
        ? `${i.id} ${i.productName}: ${money(i.amount, i.currency)} — ${i.status}`
        : `${i.id} ${i.productName}: ${money(i.amount, i.currency)}, ${i.status.toLowerCase()} since ${day(i.startedAt)}`,
    );
    const pending = chosen.some((i) => i.status === "PENDING");
    const note = pending
      ? l === "ar"
        ? "الاستثمارات المعلقة تُنفّذ عادةً خلال يومي عمل."
        : "Pending orders are usually executed within two business days."
      : "";
    return {
      text: tidyReply([sentence(lines.join("; ")), note]),
      confidence,
      resolved: true,
      actions: ["investment_details", "view_portfolio"],
    };
  }
  const active = context.investments.filter((i) => i.status === "ACTIVE");
  const pending = context.investments.filter((i) => i.status === "PENDING");
  const pendingNote = pending.length
    ? l === "ar"
      ? `لديك أيضاً ${pending.length} من الأوامر المعلقة (${totalsByCurrency(pending)}) تُنفّذ عادةً خلال يومي عمل.`
      : `You also have ${pending.length} pending ${pending.length === 1 ? "order" : "orders"} (${totalsByCurrency(pending)}), usually executed within two business days.`
    : "";
  if (active.length === 0) {
    const none = l === "ar" ? "ليس لديك استثمارات نشطة حالياً." : "You have no active investments at the moment.";
    return { text: tidyReply([none, pendingNote]), confidence, resolved: true, actions: ["view_portfolio"] };
  }
  const lead =
    l === "ar"
      ? `لديك ${active.length} من الاستثمارات النشطة بقيمة إجمالية ${totalsByCurrency(active)}.`
      : `You have ${active.length} active ${active.length === 1 ? "investment" : "investments"} with a total value of ${totalsByCurrency(active)}.`;
  return {
    text: tidyReply([lead, pendingNote, T.investmentsMore[l]]),
    confidence,
    resolved: true,
    actions: ["view_portfolio", "investment_details"],
  };
}

function paymentAnswer(context: CustomerContext, entities: readonly Entity[], l: Lang, now: Date): HandlerAnswer {
  const asked = entityValues(entities, "TRANSACTION_ID");
  if (asked.length) {
    // The customer named a transaction: answer about that one, if it is theirs.
    const named = context.recentTransactions.filter((t) => asked.includes(t.id.toUpperCase()));
    if (named.length === 0) {
      const text =
        l === "ar"
          ? `لم أجد العملية ${asked.join("، ")} في عملياتك الأخيرة.`
          : `I couldn't find transaction ${asked.join(", ")} among your recent transactions.`;
      return {
        text,
        confidence: HANDLER_CONFIDENCE.payment_nothing_found,
        resolved: false,
        actions: ["describe_issue", "contact_agent"],
      };
    }
    const failed = named.some((t) => t.status === "FAILED");
    return {
      text: tidyReply(named.slice(0, 3).map((t) => describeTransaction(t, l))),
      confidence: failed ? HANDLER_CONFIDENCE.payment_failures_found : HANDLER_CONFIDENCE.payment_nothing_found,
      resolved: true,
      actions: failed ? ["retry_payment", "contact_bank", "try_different_method"] : ["contact_agent"],
    };
  }
  const since = now.getTime() - PAYMENT_LOOKBACK_DAYS * 86_400_000;
  const failed = context.recentTransactions.filter(
    (t) => t.status === "FAILED" && Date.parse(t.at) >= since && Date.parse(t.at) <= now.getTime() + 60_000,
  );
  if (failed.length === 0) {
    return {
      text: T.noPaymentIssues[l],
      confidence: HANDLER_CONFIDENCE.payment_nothing_found,
      resolved: false,
      actions: ["describe_issue", "contact_agent"],
      asksCustomer: true,
    };
  }
  const lead =
    l === "ar"
      ? `أرى أن لديك ${failed.length} من العمليات الفاشلة خلال آخر ${PAYMENT_LOOKBACK_DAYS} أيام:`
      : `I see you have ${failed.length} failed ${failed.length === 1 ? "transaction" : "transactions"} in the last ${PAYMENT_LOOKBACK_DAYS} days:`;
  return {
    text: tidyReply([lead, ...failed.slice(0, 3).map((t) => describeTransaction(t, l)), T.failureCauses[l]]),
    confidence: HANDLER_CONFIDENCE.payment_failures_found,
    resolved: true,
    actions: ["retry_payment", "contact_bank", "try_different_method"],
  };
}

function articleList(articles: readonly ArticleHit[], l: Lang): string {
  return `${T.articles[l]} ${articles.map((a) => `“${a.title}”`).join(", ")}`;
}

export function composeAnswer(input: BotInput): BotAnswer {
  const l = lang(input.language);
  const now = input.now ?? new Date();
  const withArticles = (text: string) => (input.articles.length ? `${text} ${articleList(input.articles, l)}` : text);
  const done = (
    answer: Omit<BotAnswer, "autoReply" | "escalateToHuman" | "asksCustomer"> & { asksCustomer?: boolean },
    forceEscalation = false,
  ): BotAnswer => {
    const escalateToHuman = forceEscalation || answer.confidence < input.escalateBelow;
    const autoReply = !escalateToHuman && answer.canResolve && answer.confidence > input.autoReplyAbove;
    return { ...answer, escalateToHuman, autoReply, asksCustomer: !escalateToHuman && Boolean(answer.asksCustomer) };
  };

  if (input.intent === "human_handoff" && input.confidence >= input.escalateBelow) {
    return done(
      {
        response: T.handoff[l],
        intent: input.intent,
        confidence: input.confidence,
        canResolve: false,
        suggestedActions: ["contact_agent"],
      },
      true,
    );
  }
  if (input.confidence < input.escalateBelow) {
    // Unsure what the customer wants, but the knowledge base has a confident match ("refund"):
    // point to the article instead of escalating.
    const best = input.articles[0];
    if (best && typeof best.confidence === "number" && best.confidence >= input.escalateBelow) {
      return done({
        response: articleList(input.articles, l),
        intent: "knowledge_question",
        confidence: best.confidence,
        canResolve: true,
        suggestedActions: [],
      });
    }
    return done({
      response: withArticles(T.unsure[l]),
      intent: input.intent,
      confidence: input.confidence,
      canResolve: false,
      suggestedActions: ["contact_agent"],
    });
  }

  const base = { intent: input.intent, confidence: input.confidence };
  switch (input.intent) {
    case "greeting":
      return done({ ...base, response: T.greeting[l], canResolve: true, suggestedActions: [] });
    case "thanks_goodbye":
      return done({ ...base, response: T.thanks[l], canResolve: true, suggestedActions: [] });
    case "ticket_status": {
      const numbers = entityValues(input.entities, "TICKET_NUMBER");
      return done({
        ...base,
        response: numbers.length ? T.ticket[l].replace("{n}", numbers.join(", ")) : T.ticketNone[l],
        canResolve: true,
        suggestedActions: [],
      });
    }
    case "knowledge_question":
      return done({
        ...base,
        response: input.articles.length ? articleList(input.articles, l) : T.noArticles[l],
        canResolve: input.articles.length > 0,
        suggestedActions: input.articles.length ? [] : ["contact_agent"],
      });
    case "kyc_status_inquiry":
    case "check_investment_status":
    case "payment_issues": {
      if (!input.context) {
        return done(
          { ...base, response: T.noContext[l], canResolve: false, suggestedActions: ["contact_agent"] },
          true,
        );
      }
      const answer =
        input.intent === "kyc_status_inquiry"
          ? kycAnswer(input.context, l)
          : input.intent === "check_investment_status"
            ? investmentAnswer(input.context, input.entities, l)
            : paymentAnswer(input.context, input.entities, l, now);
      return done({
        ...base,
        response: answer.text,
        confidence: Math.min(input.confidence, answer.confidence),
        canResolve: answer.resolved,
        suggestedActions: answer.actions,
        asksCustomer: answer.asksCustomer,
      });
    }
    default:
      return done({
        ...base,
        response: withArticles(T.unsureNoEscalation[l]),
        canResolve: false,
        suggestedActions: [],
      });
  }
}
