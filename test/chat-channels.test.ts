/**
 * Chat channels as the specification configures them (web_chat, mobile_chat, video_chat; issue
 * 13.6), and asking for one channel while a chat on another is open (14.16), through the gateway.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { CHAT_TYPE_OPTIONS_TTL_MS } from "../subgraphs/chat/options.js";
import { eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7", CHAT_SWEEP_INTERVAL_SECONDS: "0.2" } });
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
    expect(video.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      field: "type",
      existingChatId: webChat.id,
      existingType: "WEB",
    });
    expect(
      await system.db.prisma.chatSession.count({
        where: {
          customerId: (await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: webChat.id } })).customerId,
        },
      }),
    ).toBe(1);

    // Same channel, or none named: the open chat comes back.
    expect((await system.request(START, { input: { type: "WEB" } }, token)).data!.startChat.id).toBe(webChat.id);
    expect((await system.request(START, { input: {} }, token)).data!.startChat).toMatchObject({
      id: webChat.id,
      type: "WEB",
    });
  });

  it("starts a WEB chat when no type is given and none is open", async () => {
    const token = await system.token("customer", randomUUID());
    const started = await system.request(START, { input: {} }, token);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startChat.type).toBe("WEB");
  });
});

const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id type } }`;
const MEDIA = `mutation($input: StartChatMediaInput!) { startChatMedia(input: $input) { id body senderKind } }`;

async function activeChat(type: "WEB" | "MOBILE" | "VIDEO") {
  const token = await system.token("customer", randomUUID());
  const started = await system.request(
    `mutation($input: StartChatInput!) { startChat(input: $input) { id type status agent { id } } }`,
    { input: { type } },
    token,
  );
  expect(started.errors).toBeUndefined();
  let chat = started.data!.startChat;
  if (chat.status !== "ACTIVE") {
    // Everyone is busy: an agent takes it by hand.
    const agent = DEMO_AGENTS.find((a) => a.role === "supervisor")!;
    const taken = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { id type status agent { id } } }`,
      { input: { chatId: chat.id, status: "ACTIVE" } },
      await system.token("supervisor", agent.id),
    );
    expect(taken.errors).toBeUndefined();
    chat = taken.data!.updateChatStatus;
  }
  return { ...chat, token } as { id: string; type: string; status: string; agent: { id: string }; token: string };
}

describe("chat channels as specified (13.6)", () => {
  it("lists web_chat, mobile_chat and video_chat with the specification's feature flags", async () => {
    const result = await system.request(
      `{ chatTypeOptions { type channel enabled autoResponse queuePosition fileUpload typingIndicators pushNotifications voiceMessages screenSharing recording maxDurationSeconds } }`,
    );
    expect(result.errors).toBeUndefined();
    const byChannel = Object.fromEntries(result.data!.chatTypeOptions.map((o: any) => [o.channel, o]));
    expect(Object.keys(byChannel).sort()).toEqual(["mobile_chat", "video_chat", "web_chat"]);
    expect(byChannel.web_chat).toMatchObject({
      type: "WEB",
      enabled: true,
      autoResponse: true,
      queuePosition: true,
      fileUpload: true,
      typingIndicators: true,
      voiceMessages: false,
      screenSharing: false,
    });
    expect(byChannel.mobile_chat).toMatchObject({
      type: "MOBILE",
      enabled: true,
      pushNotifications: true,
      voiceMessages: true,
      screenSharing: false,
    });
    expect(byChannel.video_chat).toMatchObject({
      type: "VIDEO",
      enabled: true,
      screenSharing: true,
      recording: true,
      maxDurationSeconds: 1800,
    });
  });

  it("refuses a voice message on web chat and accepts it on mobile", async () => {
    const web = await activeChat("WEB");
    const voice = { body: "voice note", type: "VOICE", attachment: { url: "https://files.example.com/v.ogg" } };
    const refused = await system.request(SEND, { input: { chatId: web.id, ...voice } }, web.token);
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "type", channel: "web_chat" });
    expect(await system.db.prisma.chatMessage.count({ where: { chatId: web.id, type: "VOICE" } })).toBe(0);

    const mobile = await activeChat("MOBILE");
    const sent = await system.request(SEND, { input: { chatId: mobile.id, ...voice } }, mobile.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendChatMessage.type).toBe("VOICE");
  });

  it("refuses screen sharing on mobile, allows it on video; typing indicators and the bot only where configured", async () => {
    const mobile = await activeChat("MOBILE");
    const refused = await system.request(MEDIA, { input: { chatId: mobile.id, kind: "SCREEN_SHARING" } }, mobile.token);
    expect(refused.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "kind",
      channel: "mobile_chat",
    });
    const typing = await system.request(
      `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
      { input: { chatId: mobile.id, typing: true } },
      mobile.token,
    );
    expect(typing.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "typing" });

    const video = await activeChat("VIDEO");
    const shared = await system.request(MEDIA, { input: { chatId: video.id, kind: "SCREEN_SHARING" } }, video.token);
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.startChatMedia).toMatchObject({
      senderKind: "SYSTEM",
      body: "Screen sharing started by the customer.",
    });
    const recording = await system.request(
      MEDIA,
      { input: { chatId: video.id, kind: "RECORDING" } },
      await system.token("agent", video.agent.id),
    );
    expect(recording.errors).toBeUndefined();

    const botFirst = await system.request(
      `mutation { startChat(input: { type: MOBILE, botFirst: true }) { id } }`,
      {},
      await system.token("customer", randomUUID()),
    );
    expect(botFirst.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "botFirst" });
  });

  it("ends a video chat at its 30-minute maximum", async () => {
    const video = await activeChat("VIDEO");
    await system.db.prisma.chatSession.update({
      where: { id: video.id },
      data: { answeredAt: new Date(Date.now() - 31 * 60_000) },
    });
    const ended = await eventually(
      async () => {
        const row = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: video.id } });
        return row.status === "RESOLVED" && row;
      },
      5000,
      100,
    );
    expect(ended.endedAt).not.toBeNull();
    const note = await system.db.prisma.chatMessage.findFirst({
      where: { chatId: video.id, senderKind: "SYSTEM" },
      orderBy: { seq: "desc" },
    });
    expect(note!.body).toBe("Video session ended after its maximum duration of 30 minutes.");
  });
});

describe("channel options as configuration data", () => {
  const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;
  const TYPING = `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`;

  it("are read once per few seconds, not per message, and an admin's edit of a row takes effect within that time", async () => {
    const token = await system.token("customer", randomUUID());
    const optionsFirstRead = Date.now();
    const chat = (await system.request(START, { input: { type: "MOBILE" } }, token)).data!.startChat;
    const send = (body: string) =>
      system.request(SEND, { input: { chatId: chat.id, body, idempotencyKey: randomUUID() } }, token);
    expect((await send("first")).errors).toBeUndefined();

    const recorder = recordStatements();
    try {
      for (const body of ["second", "third", "fourth"]) expect((await send(body)).errors).toBeUndefined();
    } finally {
      recorder.restore();
    }
    // Only this chat's channel counts: the upkeep reads VIDEO's options on its own schedule.
    const mobileReads = recorder.calls.filter(
      ({ sql, params }) => sql.includes('"type_options"') && params.includes("MOBILE"),
    );
    // On a machine so loaded that the sends outlast the reuse time, one read per elapsed period.
    expect(mobileReads.length).toBeLessThanOrEqual(
      Math.floor((Date.now() - optionsFirstRead) / CHAT_TYPE_OPTIONS_TTL_MS),
    );

    // MOBILE has no typing indicators; an admin turns them on in the table.
    const typing = () => system.request(TYPING, { input: { chatId: chat.id, typing: true } }, token);
    expect((await typing()).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await system.db.prisma.chatTypeOption.update({ where: { type: "MOBILE" }, data: { typingIndicators: true } });
    try {
      await sleep(CHAT_TYPE_OPTIONS_TTL_MS + 100);
      const allowed = await typing();
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data!.setTyping.typing).toBe(true);
    } finally {
      await system.db.prisma.chatTypeOption.update({ where: { type: "MOBILE" }, data: { typingIndicators: false } });
    }
  });
});
