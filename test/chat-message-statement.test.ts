/**
 * The one-statement send (`postMessage`): the message row it returns is the row the client
 * reads, the chat's lastMessageAt and the `message.sent` outbox event are written with it, and a
 * retried client message id is refused as a unique violation with nothing written — on
 * PostgreSQL and on the embedded PGlite.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { Prisma, type ChatSession } from "../generated/prisma/client.js";
import { rowsById } from "../shared/rows-by-id.js";
import { onDriver } from "../shared/sql-part.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { postMessage } from "../subgraphs/chat/messages.js";

describe.each(ENGINES)("a chat message in one statement on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  const newChat = () =>
    db.prisma.chatSession.create({
      data: { customerId: randomUUID(), status: "ACTIVE", lastMessageAt: new Date("2026-01-01T00:00:00Z") },
    });

  it("returns the stored row and writes the chat's lastMessageAt and the message.sent event with it", async () => {
    const chat = await newChat();
    const translation = {
      text: "Hola",
      translated: true,
      confidence: 0.9,
      fromLanguage: "en",
      toLanguage: "es",
      provider: "demo",
      unavailableReason: null,
    };
    const attachment = { url: "https://files.example/receipt.pdf", name: "receipt.pdf" };
    const created = await postMessage(
      db.prisma,
      chat,
      {
        senderKind: "CUSTOMER",
        senderId: chat.customerId,
        body: "My deposit is stuck",
        type: "TEXT",
        attachment,
        clientMessageId: "client-1",
        translation,
      },
      [],
    );
    const stored = await db.prisma.chatMessage.findUniqueOrThrow({ where: { id: created.id } });
    expect(created).toEqual(stored);
    expect(typeof created.seq).toBe("bigint");
    expect(created).toMatchObject({ attachment, translation, senderKind: "CUSTOMER", type: "TEXT" });

    // Nulls read back as the client reads them.
    const plain = await postMessage(
      db.prisma,
      chat,
      {
        senderKind: "SYSTEM",
        body: "Agent joined",
        type: "SYSTEM",
      },
      [],
    );
    expect(plain).toEqual(await db.prisma.chatMessage.findUniqueOrThrow({ where: { id: plain.id } }));
    expect(plain).toMatchObject({ senderId: null, attachment: null, clientMessageId: null, translation: null });

    // On the driver (a message written alone), the same row.
    const alone = await postMessage(onDriver(db.sql), chat, { senderKind: "AGENT", body: "On it", type: "TEXT" }, []);
    expect(alone).toEqual(await db.prisma.chatMessage.findUniqueOrThrow({ where: { id: alone.id } }));
    expect(alone.seq > plain.seq).toBe(true);

    expect((await db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } })).lastMessageAt).toEqual(
      alone.createdAt,
    );
    const events = await db.prisma.chatOutboxEvent.findMany({
      where: { aggregateId: chat.id, type: "message.sent" },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => event.payload)).toEqual([
      { chatId: chat.id, messageId: created.id, senderKind: "CUSTOMER", senderId: chat.customerId },
      { chatId: chat.id, messageId: plain.id, senderKind: "SYSTEM", senderId: null },
      { chatId: chat.id, messageId: alone.id, senderKind: "AGENT", senderId: null },
    ]);
  });

  it("reads chat sessions on the driver as the client reads them (the request loader)", async () => {
    const chat = await newChat();
    const [row] = await rowsById<ChatSession>(`"chat"."sessions"`, Prisma.ChatSessionScalarFieldEnum)(db.sql)([
      chat.id,
    ]);
    expect(row).toEqual(await db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } }));
  });

  it("refuses a retried client message id as a unique violation and writes nothing, in a transaction or alone", async () => {
    for (const runner of [db.prisma, onDriver(db.sql)]) {
      const chat = await newChat();
      const send = () =>
        postMessage(
          runner,
          chat,
          {
            senderKind: "CUSTOMER",
            senderId: chat.customerId,
            body: "Hello",
            type: "TEXT",
            clientMessageId: "again",
          },
          [],
        );
      const first = await send();
      const error = await send().then(
        () => null,
        (refused: unknown) => refused,
      );
      expect(isUniqueViolation(error)).toBe(true);
      expect(await db.prisma.chatMessage.count({ where: { chatId: chat.id } })).toBe(1);
      expect(await db.prisma.chatOutboxEvent.count({ where: { aggregateId: chat.id } })).toBe(1);
      expect((await db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } })).lastMessageAt).toEqual(
        first.createdAt,
      );
    }
  });
});
