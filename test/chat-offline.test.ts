/**
 * Outside operating hours: supportAvailability says so, a chat becomes an offline message that
 * turns into a ticket (tickets' createTicket with chat's service identity) and the customer is
 * told when the team is back; chat types without offline messages (VIDEO) are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
// Open only on the weekday three days from now: closed today whatever time the test runs.
const openDay = DAYS[(new Date().getUTCDay() + 3) % 7];
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: `UTC; ${openDay} 09:00-17:00` } });
});

afterAll(async () => {
  await system?.close();
});

describe("offline messages", () => {
  it("reports that live agents are unavailable and when they are back", async () => {
    const result = await system.request(
      `{ supportAvailability { open liveAgentsAvailable nextOpenAt estimatedWaitSeconds } }`,
    );
    expect(result.errors).toBeUndefined();
    const availability = result.data!.supportAvailability;
    expect(availability).toMatchObject({ open: false, liveAgentsAvailable: false, estimatedWaitSeconds: null });
    const back = new Date(availability.nextOpenAt);
    expect(back.getTime()).toBeGreaterThan(Date.now());
    expect(DAYS[back.getUTCDay()]).toBe(openDay);
    expect(back.getUTCHours()).toBe(9);
  });

  it("turns a chat started outside hours into a ticket and tells the customer when the team is back", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.graceThompson);
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, topic: "Withdrawal paused" }) { id status offline availableAt queuePosition agent { id } messages { edges { node { senderKind body } } } } }`,
      {},
      token,
    );
    expect(started.errors).toBeUndefined();
    const chat = started.data!.startChat;
    expect(chat).toMatchObject({ status: "WAITING", offline: true, queuePosition: null, agent: null });
    expect(DAYS[new Date(chat.availableAt).getUTCDay()]).toBe(openDay);
    const [notice] = chat.messages.edges.map((e: any) => e.node);
    expect(notice).toEqual({ senderKind: "SYSTEM", body: expect.stringContaining(chat.availableAt) });

    const sent = await system.request(
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId: chat.id, body: "My withdrawal has been paused since last week, please help." } },
      token,
    );
    expect(sent.errors).toBeUndefined();
    const converted = await eventually(
      async () => {
        const result = await system.request(
          `query($id: ID!) { chat(id: $id) { status ticket { id number channel subject customer { id } } messages(last: 1) { edges { node { senderKind body } } } } }`,
          { id: chat.id },
          token,
        );
        return result.data?.chat?.ticket && result.data.chat;
      },
      20_000,
      200,
    );
    expect(converted.status).toBe("RESOLVED");
    expect(converted.ticket).toMatchObject({
      channel: "CHAT",
      subject: "Withdrawal paused",
      customer: { id: DEMO_CUSTOMER_IDS.graceThompson },
    });
    expect(converted.messages.edges[0].node).toEqual({
      senderKind: "SYSTEM",
      body: expect.stringContaining(converted.ticket.number),
    });
    expect(await system.db.prisma.chatOutboxEvent.count({ where: { aggregateId: chat.id, type: "chat.ended" } })).toBe(
      1,
    );
  });

  it("refuses chat types without offline messages (VIDEO) outside hours, writing nothing", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.imranQureshi);
    const before = await system.db.prisma.chatSession.count();
    const result = await system.request(`mutation { startChat(input: { type: VIDEO }) { id } }`, {}, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", availableAt: expect.any(String) });
    expect(await system.db.prisma.chatSession.count()).toBe(before);
  });

  it("turns an untouched offline chat into a live one when the customer comes back within hours", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.faisalAlDosari);
    const offline = (await system.request(`mutation { startChat(input: { type: MOBILE }) { id offline } }`, {}, token))
      .data!.startChat;
    expect(offline.offline).toBe(true);
    const hours = system.config.CHAT_OPERATING_HOURS;
    system.config.CHAT_OPERATING_HOURS = "24/7"; // the team is back (the schedule is read per request)
    try {
      const again = await system.request(
        `mutation { startChat(input: { type: MOBILE }) { id offline availableAt status } }`,
        {},
        token,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.startChat).toMatchObject({ id: offline.id, offline: false, availableAt: null });
      expect(["WAITING", "ACTIVE"]).toContain(again.data!.startChat.status);
      const row = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: offline.id } });
      expect(row.queuedAt).not.toBeNull();
    } finally {
      system.config.CHAT_OPERATING_HOURS = hours;
    }
  });
});
