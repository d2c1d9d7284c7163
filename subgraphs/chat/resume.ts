/**
 * Resuming a chat's live events after a disconnect (gateway restart, network): the client
 * resubscribes with the cursor of the last message it saw and first receives every message
 * stored after it, in order, then the live stream — with messages it already got skipped, so each
 * arrives exactly once. The live subscription is opened before the stored messages are read, so
 * nothing falls in between.
 */
import type { ChatMessage } from "../../generated/prisma/client.js";
import { badInput } from "../../shared/errors.js";
import { decodeCursor } from "../../shared/pagination.js";
import type { SubgraphServices } from "../../shared/context.js";
import { chatTopic, toMessagePayload, type ChatEvent } from "./chat-event-shapes.js";

/**
 * Most stored messages replayed on resume; a client further behind is refused (BAD_USER_INPUT
 * naming `after`), pages `chat.messages(after:)` and resubscribes from the last message it read.
 */
export const MAX_REPLAYED_MESSAGES = 500;

/** The message sequence number inside a message cursor (`ChatMessage.cursor`). */
export function seqOfCursor(cursor: string): bigint {
  const [seq] = decodeCursor(cursor);
  if (!/^\d{1,19}$/.test(String(seq)))
    throw badInput("after must be a message cursor (ChatMessage.cursor)", { field: "after" });
  return BigInt(seq);
}

/** Missed messages first, then live events without the messages already delivered. */
export function resumedEvents(
  missed: readonly ChatMessage[],
  seenUpTo: bigint,
  live: AsyncIterableIterator<ChatEvent>,
): AsyncIterableIterator<ChatEvent> {
  const replay: ChatEvent[] = missed.map((message) => ({
    kind: "message",
    chatId: message.chatId,
    message: toMessagePayload(message),
  }));
  const delivered = missed.reduce((max, m) => (m.seq > max ? m.seq : max), seenUpTo);
  let index = 0;
  const iterator: AsyncIterableIterator<ChatEvent> = {
    async next() {
      if (index < replay.length) return { value: replay[index++], done: false };
      for (;;) {
        const result = await live.next();
        if (result.done) return result;
        const event = result.value;
        if (event.kind === "message" && BigInt(event.message.seq) <= delivered) continue;
        return result;
      }
    },
    // Forwarded at once, so an unsubscribe never waits for the next live event.
    return: (value?: unknown) =>
      live.return ? live.return(value) : Promise.resolve({ value: undefined, done: true as const }),
    throw: (error?: unknown) => (live.throw ? live.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * A chat's live events for a subscriber; after a reconnect (`seenUpTo`, the sequence number of the
 * last message it saw) the messages stored since come first. The live subscription is opened
 * before the stored messages are read, so nothing falls in between.
 */
export async function followChatEvents(
  services: SubgraphServices,
  chatId: string,
  seenUpTo: bigint | null,
): Promise<AsyncIterableIterator<ChatEvent>> {
  const events = services.pubsub.subscribe<ChatEvent>(chatTopic(chatId));
  await services.pubsub.ready();
  if (seenUpTo === null) return events;
  const missed = await services.db.prisma.chatMessage.findMany({
    where: { chatId, seq: { gt: seenUpTo } },
    orderBy: { seq: "asc" },
    take: MAX_REPLAYED_MESSAGES + 1,
  });
  if (missed.length > MAX_REPLAYED_MESSAGES) {
    await events.return?.();
    throw badInput(
      `after is more than ${MAX_REPLAYED_MESSAGES} messages behind: read them with chat.messages(after:) and subscribe again from the last one`,
      { field: "after" },
    );
  }
  return resumedEvents(missed, seenUpTo, events);
}
