/**
 * The channel router of the specification's architecture diagram: one entry point for a
 * customer's request (`requestSupport`), three routes.
 *
 *   Customer Request → Channel Router → Simple Query  → AI Chatbot (knowledge base, auto response)
 *                                     → Complex Issue → Ticket System (classification, assignment, SLA)
 *                                     → Urgent Issue  → Live Agent (chat, queued ahead at URGENT)
 *
 * The decision (`chooseSupportRoute`, pure) in this order:
 * 1. URGENT signals in the text (fraud, account compromised, funds missing, "urgent" wording —
 *    English and Arabic, see URGENCY_SIGNALS) or an explicit, confident request for a person → LIVE_AGENT.
 * 2. Complexity signals — a long description (more than COMPLEX_WORDS words) or several questions
 *    in one message — → TICKET: one chatbot answer cannot cover them.
 * 3. The chatbot answers with confidence ≥ CHATBOT_CONFIDENCE_THRESHOLD, does not escalate, and its
 *    answer resolves the question (a knowledge article, or the customer's own data) → CHATBOT.
 * 4. Anything else (the bot is unsure, has no article, or its data says nothing) → TICKET.
 * The result says which route was taken and why: intent, confidence, urgency signals and a reason.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput, conflict } from "../../shared/errors.js";
import type { Identity } from "../../shared/identity.js";
import { agentHoursNote, supportedLanguageOf } from "../../shared/languages.js";
import { detectLanguage } from "../../shared/text/language.js";
import { askBot, type BotReply } from "./chatbot/bot.js";
import { createTicket } from "./clients/tickets.js";
import { assertFeatureEnabled } from "../../shared/features.js";
import { afterCustomerMessage } from "./conversation.js";
import { storeChatMessage } from "./send-chat-message.js";
import { startChat } from "./start-chat.js";

export type SupportRoute = "CHATBOT" | "TICKET" | "LIVE_AGENT";

export type UrgencySignal = "fraud" | "account_compromised" | "funds_missing" | "urgent_wording";

/** Words that make a request urgent, per signal. English matches whole words; Arabic matches stems. */
export const URGENCY_SIGNALS: Readonly<Record<UrgencySignal, { en: readonly RegExp[]; ar: readonly string[] }>> = {
  fraud: {
    en: [
      /\bfraud\w*/i,
      /\bscam\w*/i,
      /\bphishing\b/i,
      /\bunauthori[sz]ed\b/i,
      /\bdid(?:n't| not) (?:make|authori[sz]e)\b/i,
    ],
    ar: ["احتيال", "نصب", "غير مصرح", "لم أقم بها", "لم أقم به", "تصيد"],
  },
  account_compromised: {
    en: [
      /\bhack(?:ed|er|ing)?\b/i,
      /\bcompromised\b/i,
      /\bstolen\b/i,
      /\bsomeone (?:else )?(?:logged|accessed|is using)\b/i,
      /\blocked out\b/i,
    ],
    ar: ["اختراق", "اخترق", "مخترق", "سرقة", "سرق", "مسروق", "دخل شخص"],
  },
  funds_missing: {
    en: [
      /\bmoney (?:is )?(?:missing|gone|disappeared|vanished)\b/i,
      /\b(?:funds|balance|tokens) (?:are |is )?(?:missing|gone|disappeared|vanished)\b/i,
      /\bemptied\b/i,
      /\bdrained\b/i,
    ],
    ar: ["اختفى رصيد", "اختفت أموال", "اختفى المبلغ", "اختفت الأموال", "رصيدي صفر", "سحب أموالي"],
  },
  urgent_wording: {
    en: [/\burgent(?:ly)?\b/i, /\bemergency\b/i, /\basap\b/i, /\bimmediately\b/i, /\bright now\b/i],
    ar: ["عاجل", "طارئ", "طوارئ", "فورا", "فوراً", "حالا", "حالاً", "بسرعة"],
  },
};

/** The urgency signals the text carries, in URGENCY_SIGNALS order, each once. */
export function urgencySignals(text: string): UrgencySignal[] {
  const normalized = text.normalize("NFC");
  return (Object.keys(URGENCY_SIGNALS) as UrgencySignal[]).filter((signal) => {
    const { en, ar } = URGENCY_SIGNALS[signal];
    return en.some((pattern) => pattern.test(normalized)) || ar.some((stem) => normalized.includes(stem));
  });
}

export type ComplexitySignal = "long_description" | "several_questions";

/** A message longer than this many words is a complex issue. */
export const COMPLEX_WORDS = 40;

/** What makes a message more than a simple query. */
export function complexitySignals(text: string): ComplexitySignal[] {
  const signals: ComplexitySignal[] = [];
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > COMPLEX_WORDS) signals.push("long_description");
  if ((text.match(/[?؟]/gu) ?? []).length >= 2) signals.push("several_questions");
  return signals;
}

export interface RouteDecision {
  route: SupportRoute;
  reason: string;
}

/** Which route, and why, from the urgency signals and the chatbot's answer. */
export function chooseSupportRoute(input: {
  signals: readonly UrgencySignal[];
  complexity?: readonly ComplexitySignal[];
  reply: Pick<BotReply, "intent" | "confidence" | "escalateToHuman" | "canResolve" | "articles">;
  threshold: number;
}): RouteDecision {
  const { signals, reply, threshold } = input;
  const complexity = input.complexity ?? [];
  if (signals.length > 0)
    return { route: "LIVE_AGENT", reason: `Urgent issue (${signals.join(", ")}): a live agent takes it now.` };
  if (reply.intent === "human_handoff" && reply.confidence >= threshold)
    return { route: "LIVE_AGENT", reason: "The customer asked for a person." };
  if (complexity.length > 0)
    return {
      route: "TICKET",
      reason: `Complex issue (${complexity.join(", ")}): a ticket goes to the right specialist team.`,
    };
  if (!reply.escalateToHuman && reply.canResolve && reply.confidence >= threshold) {
    const source =
      reply.intent === "knowledge_question" ? "from the knowledge base" : "from the customer's own account data";
    return {
      route: "CHATBOT",
      reason: `Simple query: the chatbot answered ${source} (intent ${reply.intent}, confidence ${reply.confidence.toFixed(2)}).`,
    };
  }
  const why =
    reply.confidence < threshold
      ? `the chatbot is not confident (intent ${reply.intent}, confidence ${reply.confidence.toFixed(2)} < ${threshold})`
      : `the chatbot has no answer that resolves it (intent ${reply.intent})`;
  return { route: "TICKET", reason: `Complex issue: ${why}; a ticket goes to the right specialist team.` };
}

export interface SupportRequest {
  /** The customer asking (a customer identity). */
  customer: Identity & { subject: string };
  message: string;
  subject?: string | null;
  language?: string | null;
  idempotencyKey?: string | null;
}

export interface SupportRequestResult extends RouteDecision {
  intent: string;
  confidence: number;
  urgencySignals: UrgencySignal[];
  complexitySignals: ComplexitySignal[];
  language: string;
  /** The chatbot's answer (every route: on TICKET and LIVE_AGENT it is what the bot would have said). */
  answer: BotReply;
  ticket: { id: string; number: string } | null;
  chat: ChatSession | null;
}

export const SUPPORT_MESSAGE_MAX_LENGTH = 5000;
export const SUPPORT_SUBJECT_MAX_LENGTH = 200;
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

function validate(request: SupportRequest): { message: string; subject: string | null } {
  const message = request.message.trim();
  if (!message) throw badInput("message must not be empty", { field: "message" });
  if (message.length > SUPPORT_MESSAGE_MAX_LENGTH)
    throw badInput(`message must be at most ${SUPPORT_MESSAGE_MAX_LENGTH} characters`, { field: "message" });
  const subject = request.subject?.trim() || null;
  if (subject && subject.length > SUPPORT_SUBJECT_MAX_LENGTH)
    throw badInput(`subject must be at most ${SUPPORT_SUBJECT_MAX_LENGTH} characters`, { field: "subject" });
  if (request.language && !LANGUAGE_CODE.test(request.language))
    throw badInput("language must be an ISO 639 code such as en or ar", { field: "language" });
  if (
    request.idempotencyKey !== null &&
    request.idempotencyKey !== undefined &&
    (request.idempotencyKey.length < 1 || request.idempotencyKey.length > 200)
  ) {
    throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
  }
  return { message, subject };
}

function subjectFrom(subject: string | null, message: string): string {
  const source = (subject ?? message.split(/\r?\n/)[0]).trim();
  return source.length > 120 ? `${source.slice(0, 117)}...` : source;
}

export async function requestSupport(
  services: SubgraphServices,
  request: SupportRequest,
): Promise<SupportRequestResult> {
  const { message, subject } = validate(request);
  // The message may become a chat message: the chat's own limit applies too (checked before anything is written).
  if (message.length > services.config.CHAT_MESSAGE_MAX_LENGTH)
    throw badInput(`message must be at most ${services.config.CHAT_MESSAGE_MAX_LENGTH} characters`, {
      field: "message",
    });
  const language = request.language ?? detectLanguage(message).language ?? "en";
  const signals = urgencySignals(`${subject ?? ""}\n${message}`);
  const complexity = complexitySignals(message);
  const answer = await askBot(services, { text: message, language, customerId: request.customer.subject });
  let decision = chooseSupportRoute({
    signals,
    complexity,
    reply: answer,
    threshold: services.config.CHATBOT_CONFIDENCE_THRESHOLD,
  });
  // AI_CHATBOT_ENABLED=false: the bot does not answer customers; what it would have answered becomes a ticket.
  if (decision.route === "CHATBOT" && !services.config.AI_CHATBOT_ENABLED)
    decision = { route: "TICKET", reason: `${decision.reason}; the chatbot is switched off, so a ticket instead` };
  // The ticket system switched off (SUPPORT_SYSTEM_ENABLED=false): refuse before anything is written.
  if (decision.route === "TICKET") assertFeatureEnabled(services.config, "SUPPORT_SYSTEM_ENABLED");
  const base = {
    ...decision,
    intent: answer.intent,
    confidence: answer.confidence,
    urgencySignals: signals,
    complexitySignals: complexity,
    language,
    answer,
    ticket: null,
    chat: null,
  };

  if (decision.route === "CHATBOT") return base;

  if (decision.route === "TICKET") {
    const idempotencyKey = request.idempotencyKey
      ? `support:${request.customer.subject}:${request.idempotencyKey}`
      : undefined;
    const description = `${message}\n\n— Routed by requestSupport: ${decision.reason}`;
    const ticket = await createTicket(
      services.internal,
      {
        channel: "IN_APP",
        subject: subjectFrom(subject, message),
        description,
        language,
        customerId: request.customer.subject,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      },
      { timeoutMs: 10_000 },
    ).catch((error: Error) => {
      services.logger.warn("requestSupport: createTicket failed", {
        customerId: request.customer.subject,
        error: error.message,
      });
      throw conflict("The ticket could not be created right now; nothing was changed. Try again shortly.", {
        retryable: true,
      });
    });
    return { ...base, ticket };
  }

  // LIVE_AGENT: a live chat, queued ahead of others when urgent, with the customer's message in it.
  const chat = await startChat(services, {
    customerId: request.customer.subject,
    type: "WEB",
    topic: subjectFrom(subject, message),
    language,
    idempotencyKey: request.idempotencyKey ? `support:${request.idempotencyKey}` : null,
    priority: signals.length > 0 ? "URGENT" : "HIGH",
  });
  const sent = await storeChatMessage(services, {
    chat,
    sender: request.customer,
    body: message,
    type: "TEXT",
    clientMessageId: request.idempotencyKey ? `support:${request.idempotencyKey}` : null,
  });
  // Outside operating hours the chat is an offline message: it becomes a ticket as usual.
  if (sent.created && chat.offline) await afterCustomerMessage(services, chat, sent.message, sent.options);
  const current = (await services.db.prisma.chatSession.findUnique({ where: { id: chat.id } })) ?? chat;
  // Routing tells the customer when their language's agents are off duty (languages.ts windows).
  const hours = agentHoursNote(supportedLanguageOf(language) ?? "en", new Date());
  return { ...base, reason: hours ? `${decision.reason} ${hours}` : decision.reason, chat: current };
}
