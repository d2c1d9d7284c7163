/** A resolved chat written straight into the database, without events: as a row from before the outbox, or the seed, leaves it. */
import { randomUUID } from "node:crypto";
import type { Database } from "../../shared/db.js";
import { DEMO } from "../harness.js";

export async function resolvedChatWithoutEvents(
  db: Database,
  times: { startedAt: Date; waitMs: number; durationMs: number },
): Promise<string> {
  const { startedAt, waitMs, durationMs } = times;
  const chat = await db.prisma.chatSession.create({
    data: {
      id: randomUUID(),
      customerId: DEMO.customer.id,
      agentId: DEMO.agent.id,
      type: "WEB",
      status: "RESOLVED",
      topic: "withdrawal",
      language: "en",
      createdAt: startedAt,
      answeredAt: new Date(startedAt.getTime() + waitMs),
      endedAt: new Date(startedAt.getTime() + durationMs),
      lastMessageAt: startedAt,
    },
  });
  return chat.id;
}
