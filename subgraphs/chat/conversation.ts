/**
 * What happens after a customer's message is stored: in an offline chat it becomes a ticket;
 * in a chat nobody has taken yet (and no agent is typing) the chatbot answers, and hands the
 * chat to a human — with the bot transcript attached — when it is not confident enough.
 */
import type { ChatMessage, ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { askBot, type BotReply } from "./chatbot/bot.js";
import { recordEvents } from "../../shared/outbox.js";
import { publishChatEvent } from "./chat-event-shapes.js";
import { staffTyping } from "./typing-signals.js";
import { chatTypeOptions, type ChatTypeOptions } from "./options.js";
import { postMessage, publishMessages } from "./messages.js";
import { convertChatToTicket, isClosed, routeChat } from "./sessions.js";

/** `options`: the chat channel's options when the caller has read them already (sendChatMessage). */
export async function afterCustomerMessage(
  services: SubgraphServices,
  chat: ChatSession,
  message: ChatMessage,
  options?: ChatTypeOptions,
): Promise<void> {
  if (message.senderKind !== "CUSTOMER" || isClosed(chat)) return;
  if (chat.offline && !chat.agentId) {
    // Tickets may be down: the sweeper retries offline chats that have no ticket yet.
    await convertChatToTicket(services, chat).catch((error) =>
      services.logger.warn("offline chat → ticket failed; will retry", {
        chatId: chat.id,
        error: (error as Error).message,
      }),
    );
    return;
  }
  if (chat.agentId || staffTyping(chat.id)) return;
  if (!services.config.AI_CHATBOT_ENABLED) return; // the chatbot is switched off: the customer waits for an agent
  // Only channels with auto_response (web_chat in the specification) get the chatbot's answers.
  if (!(options ?? (await chatTypeOptions(services.db, chat.type))).autoResponse) return;
  await botTurn(services, chat, message).catch((error) =>
    services.logger.warn("chatbot turn failed", { chatId: chat.id, error: (error as Error).message }),
  );
}

const UNSURE_NO_ESCALATION = {
  en: "I'm not sure I understood. Could you rephrase, or ask for an agent?",
  ar: "لست متأكداً من أنني فهمت. هل يمكنك إعادة الصياغة أو طلب التحدث مع موظف؟",
};

async function botTurn(services: SubgraphServices, chat: ChatSession, message: ChatMessage): Promise<void> {
  const reply = await askBot(services, { text: message.body, language: chat.language, customerId: chat.customerId });
  const { prisma } = services.db;
  const current = await prisma.chatSession.findUnique({ where: { id: chat.id } });
  // An agent took the chat (or started typing) while the bot was thinking: stay quiet.
  if (!current || current.agentId || isClosed(current) || staffTyping(chat.id)) return;
  const attachment = {
    intent: reply.intent,
    confidence: Number(reply.confidence.toFixed(4)),
    suggestedActions: reply.suggestedActions,
    articles: reply.articles.map((a) => a.id),
  };

  if (reply.escalateToHuman) {
    if (current.handedOffAt) return; // already waiting for a human
    if (!services.config.AUTO_ESCALATION_ENABLED) {
      const body =
        reply.intent === "human_handoff"
          ? reply.response
          : chat.language.startsWith("ar")
            ? UNSURE_NO_ESCALATION.ar
            : UNSURE_NO_ESCALATION.en;
      await say(services, current, body, attachment);
      if (reply.intent !== "human_handoff") return;
    }
    await handOff(services, current, reply);
    return;
  }
  // A resolving answer, articles, or a question back to the customer ("could you describe…?").
  if (reply.autoReply || reply.articles.length > 0 || reply.asksCustomer)
    await say(services, current, reply.response, attachment);
}

async function say(
  services: SubgraphServices,
  chat: ChatSession,
  body: string,
  attachment: Record<string, unknown>,
): Promise<void> {
  const posted: ChatMessage[] = [];
  await services.db.prisma.$transaction((tx) =>
    postMessage(tx, chat, { senderKind: "BOT", type: "AUTO_RESPONSE", body, attachment }, posted),
  );
  await publishMessages(services, posted);
}

/** The chat joins the human queue with the bot transcript attached. */
export async function handOff(services: SubgraphServices, chat: ChatSession, reply: BotReply): Promise<ChatSession> {
  const { prisma } = services.db;
  const now = new Date();
  const transcript = await prisma.chatMessage.findMany({
    where: { chatId: chat.id, senderKind: { in: ["CUSTOMER", "BOT"] } },
    orderBy: { seq: "asc" },
    take: 100,
  });
  const posted: ChatMessage[] = [];
  const wasQueued = Boolean(chat.queuedAt) && chat.queuePosition !== null;
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.chatSession.update({
      where: { id: chat.id },
      data: { handedOffAt: now, queuedAt: chat.queuedAt ?? now },
    });
    // The wait (for the dashboard and analytics) starts now, not when the bot greeted the customer.
    if (!chat.queuedAt)
      await recordEvents(tx, "chat", [
        { type: "chat.queued", aggregateId: chat.id, payload: { chatId: chat.id, reason: "BOT_HANDOFF" } },
      ]);
    await postMessage(
      tx,
      row,
      {
        senderKind: "BOT",
        type: "AUTO_RESPONSE",
        body: reply.response,
        attachment: { intent: reply.intent, confidence: Number(reply.confidence.toFixed(4)) },
      },
      posted,
    );
    await postMessage(
      tx,
      row,
      {
        senderKind: "SYSTEM",
        type: "SYSTEM",
        body: "Handed over to a human agent; the chatbot transcript is attached.",
        attachment: {
          handoff: {
            reason:
              reply.intent === "human_handoff"
                ? "CUSTOMER_REQUEST"
                : reply.confidence < services.config.CHATBOT_CONFIDENCE_THRESHOLD
                  ? "LOW_CONFIDENCE"
                  : "NO_ANSWER",
            intent: reply.intent,
            confidence: Number(reply.confidence.toFixed(4)),
          },
          transcript: transcript.map((m) => ({
            senderKind: m.senderKind,
            body: m.body,
            at: m.createdAt.toISOString(),
          })),
        },
      },
      posted,
    );
    return row;
  });
  await publishMessages(services, posted);
  await publishChatEvent(services.pubsub, {
    kind: "status",
    chatId: chat.id,
    status: updated.status,
    agentId: updated.agentId,
    at: now.toISOString(),
  });
  if (wasQueued) return updated;
  return routeChat(services, updated, { priority: "HIGH" });
}
