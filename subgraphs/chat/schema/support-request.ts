/** requestSupport: the channel router's entry point (chatbot, ticket or live agent). */
import { maxLength } from "../../../shared/input-limits.js";
import { requestSupport, SUPPORT_MESSAGE_MAX_LENGTH, SUPPORT_SUBJECT_MAX_LENGTH, type SupportRequestResult } from "../support-router.js";
import { builder, TicketRef } from "./builder.js";
import { ChatbotAnswer } from "./chatbot-types.js";
import { ChatSession } from "./sessions.js";

const SupportRouteEnum = builder.enumType("SupportRoute", {
  description: "Where the channel router sent a request.",
  values: {
    CHATBOT: { description: "Simple query: answered by the chatbot (knowledge base or the customer's own data)." },
    TICKET: { description: "Complex issue: a ticket was created (classified, assigned, under SLA)." },
    LIVE_AGENT: { description: "Urgent issue (or a request for a person): a live chat with an agent, queued ahead when urgent." },
  } as const,
});
const SupportRequestResultRef = builder.objectRef<SupportRequestResult>("SupportRequestResult").implement({
  description: "Which route the channel router took for a customer's request, and why.",
  fields: (t) => ({
    route: t.field({ description: "Where the request went.", type: SupportRouteEnum, resolve: (r) => r.route }),
    reason: t.exposeString("reason", { description: "Why this route, in words (intent, confidence, urgency signals)." }),
    intent: t.exposeString("intent", { description: "The chatbot's intent for the message." }),
    confidence: t.exposeFloat("confidence", { description: "The chatbot answer's confidence." }),
    urgencySignals: t.exposeStringList("urgencySignals", { description: "fraud, account_compromised, funds_missing, urgent_wording — any one routes to a live agent." }),
    complexitySignals: t.exposeStringList("complexitySignals", { description: "long_description (more than 40 words), several_questions — any one routes to a ticket." }),
    language: t.exposeString("language", { description: "Language of the request." }),
    answer: t.field({ type: ChatbotAnswer, description: "The chatbot's answer (on TICKET and LIVE_AGENT: what it would have said).", resolve: (r) => r.answer }),
    ticket: t.field({ type: TicketRef, nullable: true, description: "Route TICKET: the ticket created.", resolve: (r) => (r.ticket ? { id: r.ticket.id } : null) }),
    ticketNumber: t.string({ description: "Route TICKET: the ticket's number, e.g. SB-10042.", nullable: true, resolve: (r) => r.ticket?.number ?? null }),
    chat: t.field({ type: ChatSession, nullable: true, description: "Route LIVE_AGENT: the live chat, with the customer's message in it.", resolve: (r) => r.chat }),
  }),
});

const RequestSupportInput = builder.inputType("RequestSupportInput", {
  description: "A customer's request for help, routed to the chatbot, a ticket or a live agent.",
  fields: (t) => ({
    message: t.string({ required: true, description: "What the customer needs, in their words.", ...maxLength(SUPPORT_MESSAGE_MAX_LENGTH) }),
    subject: t.string({ description: "A subject for the ticket, if one is created.", required: false, ...maxLength(SUPPORT_SUBJECT_MAX_LENGTH) }),
    language: t.string({ required: false, description: "ISO 639 code; detected from the message when omitted." }),
    idempotencyKey: t.string({ description: "Makes retries safe on the TICKET route: the same key (1–200 characters) returns the first ticket instead of creating another.", required: false, ...maxLength(200) }),
  }),
});

builder.mutationFields((t) => ({
  requestSupport: t.field({
    type: SupportRequestResultRef,
    authScopes: { customer: true },
    description:
      "The channel router: one entry point for a customer's request. A simple query is answered by the chatbot, a complex issue becomes a ticket, an urgent issue goes to a live agent; the result says which and why. Customers only. Empty or too long message, an unsupported language: BAD_USER_INPUT.",
    args: { input: t.arg({ description: "The request.", type: RequestSupportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      requestSupport(ctx, { customer: { ...ctx.identity, subject: ctx.identity.subject as string }, message: input.message, subject: input.subject, language: input.language, idempotencyKey: input.idempotencyKey }),
  }),
}));
