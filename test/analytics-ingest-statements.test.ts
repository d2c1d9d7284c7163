/**
 * The analytics log's ingest: a batch with nothing to roll up (chat messages, agents' events) is
 * one statement with no transaction around it; a batch with ticket or chat lifecycle events
 * inserts and refreshes those items' rollup rows in one transaction. On PostgreSQL and PGlite.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import type { DomainEvent } from "../shared/outbox.js";
import { ingestEvents } from "../subgraphs/analytics/event-log.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { domainEvent } from "./support/domain-events.js";
import { recordStatements } from "./support/sql-statements.js";

const event = (type: string, aggregateId: string, payload: Record<string, unknown>): DomainEvent =>
  domainEvent(type, type.startsWith("ticket.") ? "tickets" : "chat", aggregateId, payload);

describe.each(ENGINES)("the analytics log's ingest on $name", ({ name, url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  async function statementsOf(work: () => Promise<unknown>) {
    const recorder = recordStatements();
    try {
      await work();
    } finally {
      recorder.restore();
    }
    return recorder.statements.map((sql) => sql.trim().split(/\s+/)[0].toUpperCase());
  }

  it("logs chat messages with one statement and no transaction, and each event once", async () => {
    const chatId = randomUUID();
    const messages = [1, 2, 3].map(() => event("message.sent", chatId, { chatId, senderKind: "CUSTOMER" }));
    let logged = 0;
    expect(await statementsOf(async () => (logged = await ingestEvents(db, messages)))).toEqual(["INSERT"]);
    expect(logged).toBe(3);
    expect(await ingestEvents(db, messages)).toBe(0);
    const stored = await db.sql.query(`SELECT "id" FROM "analytics"."events" WHERE "aggregateId" = $1`, [chatId]);
    expect(stored).toHaveLength(3);
  });

  it("refreshes a ticket's rollup with its events in one transaction", async () => {
    const ticketId = randomUUID();
    const created = event("ticket.created", ticketId, {
      ticketId,
      customerId: randomUUID(),
      categoryKey: "wallet",
      priority: "HIGH",
      channel: "WEB",
      language: "en",
    });
    const chatMessage = event("message.sent", randomUUID(), { senderKind: "AGENT" });
    const statements = await statementsOf(() => ingestEvents(db, [created, chatMessage]));
    // (PGlite runs a transaction's statements on its transaction object, which is not recorded.)
    if (name === "PostgreSQL") expect([statements[0], statements.at(-1)]).toEqual(["BEGIN", "COMMIT"]);
    const facts = await db.sql.query(`SELECT "ticketId" FROM "analytics"."ticket_facts" WHERE "ticketId" = $1`, [
      ticketId,
    ]);
    expect(facts).toHaveLength(1);
  });
});
