/**
 * Typing indicators: ephemeral live signals that expire on their own. Typing is never stored; a
 * `typing: true` that is not refreshed within TYPING_TTL_MS is followed by a `typing: false` from
 * the instance that received it. Staff typing is shared between instances (STAFF_TYPING_TOPIC)
 * so that the chatbot on any instance stays quiet while an agent types.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import { isStaff, type Identity } from "../../shared/identity.js";
import { publishChatEvent } from "./chat-event-shapes.js";
import { CLOSED_CHAT_STATUSES } from "./messages.js";
import { chatTypeOptions, requireChannelFeature } from "./options.js";

export const TYPING_TTL_MS = 6000;

const expiries = new Map<string, { timer: NodeJS.Timeout; until: number; staff: boolean; chatId: string }>();

/** Whether a staff member is typing in the chat (as seen by this instance). */
export function staffTyping(chatId: string, now = Date.now()): boolean {
  for (const entry of expiries.values()) if (entry.chatId === chatId && entry.staff && entry.until > now) return true;
  return (remoteStaffTyping.get(chatId) ?? 0) > now;
}

/** Topic on which every instance learns that a staff member is typing somewhere (for the bot). */
export const STAFF_TYPING_TOPIC = "chat:staff-typing";
const remoteStaffTyping = new Map<string, number>();

/** Records another instance's staff typing signal (see followStaffTyping). */
export function noteStaffTyping(signal: { chatId: string; until: number }): void {
  if (typeof signal?.chatId !== "string" || typeof signal.until !== "number") return;
  if (signal.until <= Date.now()) remoteStaffTyping.delete(signal.chatId);
  else remoteStaffTyping.set(signal.chatId, signal.until);
}

/** Shows (or stops showing) the caller as typing in an open chat whose channel has typing indicators. */
export async function setTyping(
  services: SubgraphServices,
  identity: Identity,
  chat: ChatSession,
  typing: boolean,
): Promise<{ typing: boolean; expiresAt: Date | null }> {
  if (CLOSED_CHAT_STATUSES.has(chat.status)) throw badInput("This chat is closed", { field: "chatId" });
  requireChannelFeature(await chatTypeOptions(services.db, chat.type), "typingIndicators", "typing");
  const participantKind = isStaff(identity) ? "AGENT" : "CUSTOMER";
  const participantId = identity.subject as string;
  const key = `${chat.id}:${participantId}`;
  const previous = expiries.get(key);
  if (previous) clearTimeout(previous.timer);
  expiries.delete(key);
  const now = Date.now();
  await publishChatEvent(services.pubsub, {
    kind: "typing",
    chatId: chat.id,
    participantKind,
    participantId,
    typing,
    at: new Date(now).toISOString(),
  });
  const until = now + TYPING_TTL_MS;
  if (participantKind === "AGENT")
    await services.pubsub.publish(STAFF_TYPING_TOPIC, { chatId: chat.id, until: typing ? until : 0 });
  if (!typing) return { typing, expiresAt: null };
  const timer = setTimeout(() => {
    expiries.delete(key);
    void publishChatEvent(services.pubsub, {
      kind: "typing",
      chatId: chat.id,
      participantKind,
      participantId,
      typing: false,
      at: new Date().toISOString(),
    }).catch(() => undefined);
  }, TYPING_TTL_MS);
  timer.unref();
  expiries.set(key, { timer, until, staff: participantKind === "AGENT", chatId: chat.id });
  return { typing, expiresAt: new Date(until) };
}

/** Follows the staff typing signals of every instance until the returned stop is called. */
export function followStaffTyping(services: SubgraphServices): () => Promise<void> {
  const typingSignals = services.pubsub.subscribe<{ chatId: string; until: number }>(STAFF_TYPING_TOPIC);
  const typingLoop = (async () => {
    for await (const signal of typingSignals) noteStaffTyping(signal);
  })();
  return async () => {
    await typingSignals.return?.();
    await typingLoop;
  };
}
