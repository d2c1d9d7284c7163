/** Chat messages: stored with their `message.sent` events in one statement (alone or in the caller's transaction), then delivered live; media notices. */
import { randomUUID } from "node:crypto";
import type { ChatMessage, ChatMessageType, ChatSenderKind, ChatSession } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { conflict } from "../../shared/errors.js";
import type { Identity } from "../../shared/identity.js";
import { isStaff } from "../../shared/identity.js";
import { eventsToRecord, outboxInsertSql, outboxParameter } from "../../shared/outbox.js";
import { rowColumns } from "../../shared/row-columns.js";
import type { RawQueries } from "../../shared/sql-part.js";
import { publishChatEvent, toMessagePayload } from "./chat-event-shapes.js";
import { chatTypeOptions, requireChannelFeature } from "./options.js";
import type { StoredTranslation } from "../../shared/conversation-translation.js";

export const CLOSED_CHAT_STATUSES = new Set(["RESOLVED", "ABANDONED", "TIMED_OUT"]);

export interface PostedMessage {
  senderKind: ChatSenderKind;
  senderId?: string | null;
  body: string;
  type: ChatMessageType;
  attachment?: unknown;
  clientMessageId?: string | null;
  /** The body translated for the other side (translation on for the chat). */
  translation?: StoredTranslation | null;
}

const MESSAGE_COLUMNS = rowColumns(Prisma.ChatMessageScalarFieldEnum, "m");

const INSERT_MESSAGE = `INSERT INTO "chat"."messages" ("id", "chatId", "senderKind", "senderId", "body", "type", "attachment", "clientMessageId", "translation", "createdAt")`;
const MESSAGE_VALUES = `$1::uuid, $2::uuid, $3::"chat"."ChatSenderKind", $4, $5, $6::"chat"."ChatMessageType", $7::jsonb, $8, $9::jsonb, $10::timestamp(3)`;
const TOUCH_AND_RECORD = `touched AS (UPDATE "chat"."sessions" s SET "lastMessageAt" = m."createdAt" FROM m WHERE s."id" = m."chatId"),
  event AS (${outboxInsertSql("chat", "$11")} WHERE EXISTS (SELECT 1 FROM m))`;

/**
 * The message, the chat's `lastMessageAt` and its `message.sent` event in one statement
 * (data-modifying CTEs, so all three or nothing): alone it needs no transaction (one round trip
 * where BEGIN, three statements and COMMIT were five), and inside one it is one statement of it.
 * A retried client message id fails the insert's unique key (`isUniqueViolation`), nothing written.
 */
const POST_MESSAGE_SQL = `WITH m AS (${INSERT_MESSAGE} VALUES (${MESSAGE_VALUES}) RETURNING *),
  ${TOUCH_AND_RECORD}
  SELECT ${MESSAGE_COLUMNS} FROM m`;

/**
 * The same statement, writing only if the chat still has the fields the sender's checks read
 * (status, assignee, language, translation, offline, customer, channel) as in `unchanged`.
 */
const POST_MESSAGE_IF_UNCHANGED_SQL = `WITH current AS (
    SELECT 1 FROM "chat"."sessions" WHERE "id" = $2::uuid AND "status" = $12::"chat"."ChatStatus"
      AND "agentId" IS NOT DISTINCT FROM $13::uuid AND "language" = $14 AND "needsTranslation" = $15
      AND "offline" = $16 AND "customerId" = $17::uuid AND "type" = $18::"chat"."ChatType"
  ),
  m AS (${INSERT_MESSAGE} SELECT ${MESSAGE_VALUES} FROM current RETURNING *),
  ${TOUCH_AND_RECORD}
  SELECT ${MESSAGE_COLUMNS} FROM m`;

/** The fields of a chat a send decides on: what `postMessage(…, { unchanged })` checks. */
export type ChatAsSeen = Pick<
  ChatSession,
  "id" | "status" | "agentId" | "language" | "needsTranslation" | "offline" | "customerId" | "type"
>;

/**
 * Stores a message with its `message.sent` event (one statement; `db` is the caller's transaction,
 * or the driver (`onDriver`) for a message written alone). The stored row, exactly as the client reads it, is pushed to `posted`
 * so the caller can publish it once committed. With `unchanged`, nothing is written (null) when the
 * chat no longer has the fields the caller decided on.
 */
export async function postMessage(
  db: RawQueries,
  chat: Pick<ChatSession, "id">,
  message: PostedMessage,
  posted: ChatMessage[],
): Promise<ChatMessage>;
export async function postMessage(
  db: RawQueries,
  chat: Pick<ChatSession, "id">,
  message: PostedMessage,
  posted: ChatMessage[],
  options: { unchanged: ChatAsSeen },
): Promise<ChatMessage | null>;
export async function postMessage(
  db: RawQueries,
  chat: Pick<ChatSession, "id">,
  message: PostedMessage,
  posted: ChatMessage[],
  options?: { unchanged: ChatAsSeen },
): Promise<ChatMessage | null> {
  const id = randomUUID();
  const createdAt = new Date();
  const events = eventsToRecord("chat", [
    {
      type: "message.sent",
      aggregateId: chat.id,
      occurredAt: createdAt,
      payload: { chatId: chat.id, messageId: id, senderKind: message.senderKind, senderId: message.senderId ?? null },
    },
  ]);
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const values = [
    id,
    chat.id,
    message.senderKind,
    message.senderId ?? null,
    message.body,
    message.type,
    json(message.attachment),
    message.clientMessageId ?? null,
    json(message.translation),
    createdAt.toISOString(),
    outboxParameter(events),
  ];
  const seen = options?.unchanged;
  const [row] = seen
    ? await db.$queryRawUnsafe<ChatMessage[]>(
        POST_MESSAGE_IF_UNCHANGED_SQL,
        ...values,
        seen.status,
        seen.agentId,
        seen.language,
        seen.needsTranslation,
        seen.offline,
        seen.customerId,
        seen.type,
      )
    : await db.$queryRawUnsafe<ChatMessage[]>(POST_MESSAGE_SQL, ...values);
  if (!row) return null;
  // The sequence is a bigint for the client; the driver reads int8 as a string.
  const created = { ...row, seq: BigInt(row.seq) };
  posted.push(created);
  return created;
}

/** Runs follow-up work of a committed write; a failure is logged, never turned into an error answer. */
export async function afterCommit(services: SubgraphServices, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    services.logger.warn(`${what} not published after commit; clients catch up from storage`, {
      error: (error as Error).message,
    });
  }
}

export async function publishMessages(services: SubgraphServices, messages: readonly ChatMessage[]): Promise<void> {
  for (const message of messages)
    await publishChatEvent(services.pubsub, {
      kind: "message",
      chatId: message.chatId,
      message: toMessagePayload(message),
    });
}

const MEDIA = {
  SCREEN_SHARING: { feature: "screenSharing", note: "Screen sharing started" },
  RECORDING: { feature: "recording", note: "Recording started" },
} as const;

/** Screen sharing / recording in an ACTIVE chat, on channels that have it; a SYSTEM message records it. */
export async function startChatMedia(
  services: SubgraphServices,
  identity: Identity,
  chat: ChatSession,
  kind: keyof typeof MEDIA,
): Promise<ChatMessage> {
  requireChannelFeature(await chatTypeOptions(services.db, chat.type), MEDIA[kind].feature, "kind");
  if (chat.status !== "ACTIVE")
    throw conflict(
      `Only an ACTIVE chat can start ${kind === "RECORDING" ? "recording" : "screen sharing"} (this one is ${chat.status})`,
      { field: "chatId" },
    );
  const posted: ChatMessage[] = [];
  const by = isStaff(identity) ? "AGENT" : "CUSTOMER";
  const message = await services.db.prisma.$transaction((tx) =>
    postMessage(
      tx,
      chat,
      {
        senderKind: "SYSTEM",
        type: "SYSTEM",
        body: `${MEDIA[kind].note} by the ${by === "AGENT" ? "agent" : "customer"}.`,
        attachment: { media: kind, startedBy: by, startedById: identity.subject },
      },
      posted,
    ),
  );
  await publishMessages(services, posted);
  return message;
}
