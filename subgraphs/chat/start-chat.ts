/**
 * startChat, one straight path: validate; one read of the customer's chats answers both a
 * retried idempotency key and an already open chat; read the channel's options once; ask agents
 * for the customer's language preference (before any transaction); create the chat, its
 * `chat.started` event and its opening messages in one transaction; publish after commit; then
 * ask agents for an agent (routeChat) unless the chat is offline or the bot talks first.
 */
import type { ChatMessage, ChatSession, ChatType } from "../../generated/prisma/client.js";
import { isOpen, nextOpening } from "../../shared/business-hours.js";
import type { SubgraphServices } from "../../shared/context.js";
import { conversationLanguage, fetchCustomerProfile } from "../../shared/customer-profile.js";
import { badInput, conflict } from "../../shared/errors.js";
import { isUniqueViolation } from "../../shared/unique-violation.js";
import { requireSupportedLanguage, supportedLanguageOf, type LanguageCode } from "../../shared/languages.js";
import { recordEvents } from "../../shared/outbox.js";
import { postMessage, publishMessages } from "./messages.js";
import { CHANNEL_KEYS, chatTypeOptions, requireChannelFeature } from "./options.js";
import { OPEN_STATUSES, operatingSchedule, routeChat } from "./sessions.js";

export interface StartChatInput {
  customerId: string;
  /** Null: resume the open chat of any type, or start a WEB chat. */
  type: ChatType | null;
  topic?: string | null;
  language?: string | null;
  /** The request's Accept-Language header (language detection). */
  acceptLanguage?: string | null;
  idempotencyKey?: string | null;
  /** Talk to the chatbot first; the chat joins the human queue when the bot hands over. */
  botFirst?: boolean | null;
  /** Queue priority asked of agents (requestSupport: URGENT for an urgent issue). */
  priority?: "LOW" | "MEDIUM" | "HIGH" | "URGENT";
}

const BOT_GREETING: Record<LanguageCode, string> = {
  en: "Hello! I'm Switchboard's assistant. Ask me about your verification status, investments or payments — or ask for an agent at any time.",
  ar: "مرحباً! أنا مساعد Switchboard. اسألني عن حالة التحقق من هويتك أو استثماراتك أو مدفوعاتك، أو اطلب التحدث مع موظف في أي وقت.",
  hi: "नमस्ते! मैं Switchboard का सहायक हूँ। अपनी सत्यापन स्थिति, निवेश या भुगतान के बारे में मुझसे पूछें — या किसी भी समय एजेंट से बात करने के लिए कहें।",
  ur: "السلام علیکم! میں Switchboard کا معاون ہوں۔ اپنی تصدیق کی حالت، سرمایہ کاری یا ادائیگیوں کے بارے میں مجھ سے پوچھیں — یا کسی بھی وقت ایجنٹ سے بات کرنے کا کہیں۔",
};
const OFFLINE_NOTICE: Record<LanguageCode, (at: string) => string> = {
  en: (at) =>
    `We're offline right now. Leave your message here and we'll turn it into a ticket; our team is back at ${at} (UTC).`,
  ar: (at) => `نحن خارج ساعات العمل الآن. اترك رسالتك هنا وسنحوّلها إلى تذكرة؛ فريقنا يعود في ${at} (بالتوقيت العالمي).`,
  hi: (at) => `हम अभी ऑफ़लाइन हैं। अपना संदेश यहाँ छोड़ें, हम इसे टिकट में बदल देंगे; हमारी टीम ${at} (UTC) पर वापस आएगी।`,
  ur: (at) =>
    `ہم اس وقت آف لائن ہیں۔ اپنا پیغام یہاں چھوڑ دیں، ہم اسے ٹکٹ میں بدل دیں گے؛ ہماری ٹیم ${at} (UTC) پر واپس آئے گی۔`,
};
/** The customer-facing text in the chat's language (English for anything else). */
const pick = <T>(texts: Record<LanguageCode, T>, language: string) => texts[supportedLanguageOf(language) ?? "en"];

function validateStartChat(input: StartChatInput): void {
  if (input.topic && input.topic.length > 500)
    throw badInput("topic must be at most 500 characters", { field: "topic" });
  if (input.language != null) requireSupportedLanguage(input.language, "language");
  if (
    input.idempotencyKey !== null &&
    input.idempotencyKey !== undefined &&
    (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 200)
  ) {
    throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
  }
}

/** In one query: the chat an earlier request with this idempotency key started, and the customer's newest open chat. */
async function existingChats(
  services: SubgraphServices,
  customerId: string,
  idempotencyKey: string | null | undefined,
): Promise<{ repeated: ChatSession | null; open: ChatSession | null }> {
  const rows = await services.db.prisma.chatSession.findMany({
    where: {
      customerId,
      OR: [{ status: { in: [...OPEN_STATUSES] } }, ...(idempotencyKey ? [{ idempotencyKey }] : [])],
    },
    orderBy: { createdAt: "desc" },
  });
  const open = rows.find((row) => (OPEN_STATUSES as readonly string[]).includes(row.status)) ?? null;
  return {
    repeated: idempotencyKey ? (rows.find((row) => row.idempotencyKey === idempotencyKey) ?? null) : null,
    open,
  };
}

/** The customer's open chat, as asked for again; an offline chat left untouched until the team is back becomes a live one. */
async function resumeOpenChat(
  services: SubgraphServices,
  active: ChatSession,
  input: StartChatInput,
  open: boolean,
  now: Date,
): Promise<ChatSession> {
  // Asking for another channel while a chat is open: say so rather than hand back the other chat.
  if (input.type && active.type !== input.type) {
    throw conflict(`You already have an open ${active.type} chat; end it before starting a ${input.type} chat`, {
      field: "type",
      existingChatId: active.id,
      existingType: active.type,
    });
  }
  if (open && active.offline && !active.ticketId && !active.agentId) {
    const live = await services.db.prisma.$transaction(async (tx) => {
      const changed = await tx.chatSession.updateMany({
        where: { id: active.id, offline: true, agentId: null, ticketId: null },
        data: { offline: false, availableAt: null, queuedAt: now },
      });
      if (changed.count === 1)
        await recordEvents(tx, "chat", [
          { type: "chat.queued", aggregateId: active.id, payload: { chatId: active.id, reason: "OFFLINE_TO_LIVE" } },
        ]);
      return changed;
    });
    if (live.count === 1)
      return routeChat(services, { ...active, offline: false, availableAt: null, queuedAt: now }, {});
  }
  return active;
}

export async function startChat(
  services: SubgraphServices,
  input: StartChatInput,
  now = new Date(),
): Promise<ChatSession> {
  const { prisma } = services.db;
  validateStartChat(input);
  const existing = await existingChats(services, input.customerId, input.idempotencyKey);
  if (existing.repeated) return existing.repeated;
  const schedule = operatingSchedule(services);
  const open = isOpen(schedule, now);
  if (existing.open) return resumeOpenChat(services, existing.open, input, open, now);

  const type: ChatType = input.type ?? "WEB";
  const options = await chatTypeOptions(services.db, type);
  if (!options.enabled)
    throw badInput(`${CHANNEL_KEYS[type]} is not enabled`, { field: "type", channel: CHANNEL_KEYS[type] });
  if (input.botFirst) requireChannelFeature(options, "autoResponse", "botFirst");
  const availableAt = open ? null : nextOpening(schedule, now);
  if (!open && !options.offlineMessages) {
    throw conflict(`${type} chat is closed until ${availableAt!.toISOString()}`, {
      availableAt: availableAt!.toISOString(),
    });
  }
  // The specification's order: explicit > profile preference > Accept-Language > country > the topic's text.
  const lookup = input.language == null ? await fetchCustomerProfile(services, input.customerId) : null;
  const profile = lookup === "unknown" ? null : lookup;
  const { language } = conversationLanguage(profile, {
    explicit: input.language,
    acceptLanguage: input.acceptLanguage,
    text: input.topic,
  });
  // With AI_CHATBOT_ENABLED=false a bot-first chat goes straight to the human queue.
  const botFirst = open && Boolean(input.botFirst) && services.config.AI_CHATBOT_ENABLED;
  let chat: ChatSession;
  const posted: ChatMessage[] = [];
  try {
    chat = await prisma.$transaction(async (tx) => {
      const created = await tx.chatSession.create({
        data: {
          customerId: input.customerId,
          type,
          topic: input.topic ?? null,
          language,
          idempotencyKey: input.idempotencyKey ?? null,
          offline: !open,
          availableAt,
          queuedAt: open && !botFirst ? now : null,
          createdAt: now,
          lastMessageAt: now,
        },
      });
      await recordEvents(tx, "chat", [
        // `queued`: the chat joins the human queue now (not while the bot talks first or offline);
        // later joins are `chat.queued` events (bot handoff, an offline chat turning live).
        {
          type: "chat.started",
          aggregateId: created.id,
          payload: {
            chatId: created.id,
            customerId: created.customerId,
            type: created.type,
            language: created.language,
            topic: created.topic,
            offline: created.offline,
            queued: created.queuedAt !== null,
          },
        },
      ]);
      if (!open)
        await postMessage(
          tx,
          created,
          {
            senderKind: "SYSTEM",
            type: "SYSTEM",
            body: pick(OFFLINE_NOTICE, language)(availableAt!.toISOString()),
            attachment: { availableAt: availableAt!.toISOString() },
          },
          posted,
        );
      if (botFirst)
        await postMessage(
          tx,
          created,
          { senderKind: "BOT", type: "AUTO_RESPONSE", body: pick(BOT_GREETING, language) },
          posted,
        );
      return created;
    });
  } catch (error) {
    if (input.idempotencyKey && isUniqueViolation(error)) {
      return prisma.chatSession.findUniqueOrThrow({
        where: { customerId_idempotencyKey: { customerId: input.customerId, idempotencyKey: input.idempotencyKey } },
      });
    }
    throw error;
  }
  await publishMessages(services, posted);
  if (!open || botFirst) return chat;
  return routeChat(services, chat, input.priority ? { priority: input.priority } : {});
}
