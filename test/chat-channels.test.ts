/**
 * Chat channels as the specification configures them (web_chat, mobile_chat, video_chat; issue
 * 13.6), and asking for one channel while a chat on another is open (14.16), through the gateway.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
});

afterAll(async () => {
  await system?.close();
});

const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id type status } }`;

describe("one open chat per customer, on the channel asked for (14.16)", () => {
  it("refuses a VIDEO chat while a WEB chat is open, naming the field and the open chat", async () => {
    const token = await system.token("customer", randomUUID());
    const web = await system.request(START, { input: { type: "WEB" } }, token);
    expect(web.errors).toBeUndefined();
    const webChat = web.data!.startChat;

    const video = await system.request(START, { input: { type: "VIDEO" } }, token);
    expect(video.data).toBeNull();
    expect(video.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "type", existingChatId: webChat.id, existingType: "WEB" });
    expect(await system.db.prisma.chatSession.count({ where: { customerId: (await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: webChat.id } })).customerId } })).toBe(1);

    // Same channel, or none named: the open chat comes back.
    expect((await system.request(START, { input: { type: "WEB" } }, token)).data!.startChat.id).toBe(webChat.id);
    expect((await system.request(START, { input: {} }, token)).data!.startChat).toMatchObject({ id: webChat.id, type: "WEB" });
  });

  it("starts a WEB chat when no type is given and none is open", async () => {
    const token = await system.token("customer", randomUUID());
    const started = await system.request(START, { input: {} }, token);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startChat.type).toBe("WEB");
  });
});
