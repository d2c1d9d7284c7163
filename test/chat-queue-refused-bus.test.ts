/**
 * A customer who has to wait is answered with their chat and place even when the bus refuses the
 * live announcement of that place: the position is stored, and the customer reads it back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { startTestSystem, type TestSystem } from "./harness.js";
import { oneChatPerAgent } from "./support/chat-seats.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  await oneChatPerAgent(system);
});

afterAll(async () => {
  await system?.close();
});

const START = `mutation { startChat(input: { type: WEB, language: "en" }) { id status queuePosition agent { id } } }`;

describe("a bus that refuses live events", () => {
  it("still answers a customer who has to wait with their chat and place", async () => {
    const publish = system.pubsub.publish;
    system.pubsub.publish = () => Promise.reject(new Error("the bus refuses"));
    let waiting: { id: string; queuePosition: number } | null = null;
    try {
      for (const customer of DEMO_CUSTOMERS) {
        const result = await system.request(START, {}, await system.token("customer", customer.id));
        expect(result.errors).toBeUndefined();
        if (result.data!.startChat.status === "WAITING") {
          waiting = result.data!.startChat;
          break;
        }
      }
    } finally {
      system.pubsub.publish = publish;
    }
    expect(waiting?.queuePosition).toBe(1);
    const stored = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: waiting!.id } });
    expect(stored).toMatchObject({ status: "WAITING", queuePosition: 1 });
  });
});
