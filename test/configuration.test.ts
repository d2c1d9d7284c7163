/**
 * The specification's configuration block, variable by variable: each is read with the
 * specification's default, refused with a start-up error naming it when malformed, and changes
 * behaviour the way its name says — observed through the gateway on one running system (switches
 * are read per call, so a test flips `system.config` and puts it back), with real local receivers
 * for the Slack and Teams incoming webhooks.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import {
  chatOperatingHours,
  ConfigError,
  loadConfig,
  supportHoursSpec,
  type Config,
  type SubgraphName,
} from "../shared/config.js";
import type { SubgraphServices } from "../shared/context.js";
import { createInternalClient } from "../shared/internal-client.js";
import { createLogger } from "../shared/logger.js";
import { sweepOnce } from "../subgraphs/tickets/sla-sweep.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";

/** The specification's configuration block (Salesforce and Zendesk are covered with their integrations). */
const SPEC_DEFAULTS = {
  SUPPORT_SYSTEM_ENABLED: true,
  CHAT_SYSTEM_ENABLED: true,
  KNOWLEDGE_BASE_ENABLED: true,
  AI_CHATBOT_ENABLED: true,
  SUPPORT_WEEKDAY_HOURS: "08:00-20:00",
  SUPPORT_WEEKEND_HOURS: "10:00-18:00",
  EMERGENCY_SUPPORT_24_7: true,
  STANDARD_SLA_HOURS: 4,
  PRIORITY_SLA_HOURS: 2,
  URGENT_SLA_HOURS: 1,
  ESCALATION_THRESHOLD_HOURS: 6,
  MAX_CONCURRENT_CHATS_PER_AGENT: 3,
  CHAT_TIMEOUT_MINUTES: 30,
  QUEUE_POSITION_UPDATES: true,
  ESTIMATED_WAIT_TIME: true,
  CHATBOT_CONFIDENCE_THRESHOLD: 0.7,
  AUTO_ESCALATION_ENABLED: true,
  KNOWLEDGE_BASE_SEARCH_ENABLED: true,
  INTENT_CLASSIFICATION_ENABLED: true,
  TICKET_NOTIFICATIONS_ENABLED: true,
  SLA_WARNING_NOTIFICATIONS: true,
  ESCALATION_NOTIFICATIONS: true,
  CUSTOMER_SATISFACTION_SURVEYS: true,
  SLACK_INTEGRATION_ENABLED: true,
  TEAMS_INTEGRATION_ENABLED: true,
} as const;

describe("the configuration block, read and validated", () => {
  it("reads every variable with the specification's default", () => {
    const config = loadConfig({});
    const read = Object.fromEntries(Object.keys(SPEC_DEFAULTS).map((name) => [name, config[name as keyof Config]]));
    expect(read).toEqual(SPEC_DEFAULTS);
    // The support hours are UTC+4 (the specification's "Operating Hours (UTC+4 for UAE)"), weekends Saturday–Sunday.
    expect(supportHoursSpec(config)).toBe("UTC+04:00; mon-fri 08:00-20:00; sat-sun 10:00-18:00");
    expect(chatOperatingHours(config)).toBe(supportHoursSpec(config));
  });

  it("refuses a malformed value with an error naming the variable", () => {
    const booleans = Object.entries(SPEC_DEFAULTS)
      .filter(([, value]) => typeof value === "boolean")
      .map(([name]) => name);
    expect(booleans).toHaveLength(16);
    for (const name of booleans) {
      expect(() => loadConfig({ [name]: "maybe" }), name).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: "maybe" }), name).toThrow(
        new RegExp(`^Invalid configuration: ${name} must be true or false`),
      );
      expect(loadConfig({ [name]: "false" })[name as keyof Config], name).toBe(false);
    }
    for (const bad of ["8-20", "08:00", "20:00-08:00", "08:00-25:00", "sometimes"]) {
      expect(() => loadConfig({ SUPPORT_WEEKDAY_HOURS: bad }), bad).toThrow(/SUPPORT_WEEKDAY_HOURS/);
      expect(() => loadConfig({ SUPPORT_WEEKEND_HOURS: bad }), bad).toThrow(/SUPPORT_WEEKEND_HOURS/);
    }
    expect(() => loadConfig({ SUPPORT_WEEKDAY_HOURS: "closed", SUPPORT_WEEKEND_HOURS: "closed" })).toThrow(
      /SUPPORT_WEEKDAY_HOURS/,
    );
    expect(() => loadConfig({ SUPPORT_TIME_ZONE: "Mars/Olympus" })).toThrow(/SUPPORT_TIME_ZONE/);
    expect(() => loadConfig({ ESCALATION_THRESHOLD_HOURS: "six" })).toThrow(/ESCALATION_THRESHOLD_HOURS/);
    expect(() => loadConfig({ CHAT_TIMEOUT_MINUTES: "0" })).toThrow(/CHAT_TIMEOUT_MINUTES/);
    expect(() => loadConfig({ MAX_CONCURRENT_CHATS_PER_AGENT: "-1" })).toThrow(/MAX_CONCURRENT_CHATS_PER_AGENT/);
    // Several ranges, a whole day, a closed day.
    expect(
      supportHoursSpec(
        loadConfig({
          SUPPORT_WEEKDAY_HOURS: "09:00-13:00,14:00-18:00",
          SUPPORT_WEEKEND_HOURS: "closed",
          SUPPORT_TIME_ZONE: "Asia/Dubai",
        }),
      ),
    ).toBe("Asia/Dubai; mon-fri 09:00-13:00 14:00-18:00");
    expect(supportHoursSpec(loadConfig({ SUPPORT_WEEKEND_HOURS: "24h" }))).toBe(
      "UTC+04:00; mon-fri 08:00-20:00; sat-sun 00:00-24:00",
    );
    expect(chatOperatingHours(loadConfig({ CHAT_OPERATING_HOURS: "24/7" }))).toBe("24/7");
  });

  it("documents every variable of the block with its default in the README's configuration table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const [name, value] of Object.entries(SPEC_DEFAULTS)) {
      expect(readme, name).toContain(`| \`${name}\` | \`${value}\` |`);
    }
  });
});

// ---- through the gateway ------------------------------------------------------------------

interface Post {
  path: string;
  body: string;
}
let system: TestSystem;
let http: Server;
const posts: Post[] = [];
let customer: string;
let agent: string;
let supervisor: string;

beforeAll(async () => {
  http = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      posts.push({ path: request.url ?? "/", body });
      response.writeHead(200, { "content-type": "text/plain" }).end("1");
    });
  });
  const port = await new Promise<number>((resolve) =>
    http.listen(0, "127.0.0.1", () => resolve((http.address() as AddressInfo).port)),
  );
  system = await startTestSystem({
    env: {
      // Seeding takes these: the agents' chat capacity and the default business calendar.
      MAX_CONCURRENT_CHATS_PER_AGENT: "5",
      SUPPORT_WEEKDAY_HOURS: "09:00-13:00 14:00-17:00",
      SUPPORT_WEEKEND_HOURS: "closed",
      // Unset (the test kit's default is 24/7): chat hours then follow the support hours above.
      CHAT_OPERATING_HOURS: undefined,
      // Incoming-webhook URL shapes of Slack and Teams, on a local receiver.
      SLACK_WEBHOOK_URL: `http://127.0.0.1:${port}/services/T0001/B0001/slacksecret`,
      TEAMS_WEBHOOK_URL: `http://127.0.0.1:${port}/webhookb2/team@tenant/IncomingWebhook/abc/def`,
      NOTIFICATION_RETRY_BASE_MS: "50",
      SLA_SWEEP_INTERVAL_MS: "3600000",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
    },
  });
  customer = await system.token("customer");
  agent = await system.token("agent");
  supervisor = await system.token("supervisor");
}, 90_000);

afterAll(async () => {
  await system?.close();
  await new Promise<void>((resolve) => http?.close(() => resolve()));
});

/** Runs `fn` with some switches changed, then puts them back. */
async function withConfig<T>(overrides: Partial<Config>, fn: () => Promise<T>): Promise<T> {
  const config = system.config as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, config[k]]));
  Object.assign(config, overrides);
  try {
    return await fn();
  } finally {
    Object.assign(config, saved);
  }
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

async function newTicket(subject = "Cannot connect my wallet", token = customer) {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number sla { slaHours } } }`,
    {
      input: {
        channel: "IN_APP",
        subject,
        description: "My MetaMask wallet does not connect to the platform; the page keeps spinning after I approve.",
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket as { id: string; number: string; sla: { slaHours: number } };
}

const notificationsOf = (ticketId: string, kind: string) =>
  system.db.prisma.notification.count({ where: { ticketId, kind } });

describe("capability switches: FEATURE_DISABLED while the graph still composes", () => {
  it("SUPPORT_SYSTEM_ENABLED=false refuses the ticket system and writes nothing; other capabilities answer", async () => {
    const before = await system.db.prisma.ticket.count();
    await withConfig({ SUPPORT_SYSTEM_ENABLED: false }, async () => {
      const created = await system.request(
        `mutation { createTicket(input: { channel: IN_APP, subject: "Help", description: "I need help with my wallet please." }) { id } }`,
        {},
        customer,
      );
      expect(codeOf(created)).toBe("FEATURE_DISABLED");
      expect(created.errors![0].extensions).toMatchObject({ variable: "SUPPORT_SYSTEM_ENABLED" });
      expect(created.errors![0].message).toMatch(/SUPPORT_SYSTEM_ENABLED=false/);
      expect(codeOf(await system.request(`{ tickets(first: 5) { edges { node { id } } } }`, {}, agent))).toBe(
        "FEATURE_DISABLED",
      );
      // The rest of the graph is whole: same supergraph, other subgraphs answer.
      const categories = await system.request(`{ knowledgeCategories { key } }`, {}, customer);
      expect(categories.errors).toBeUndefined();
      expect(categories.data!.knowledgeCategories.length).toBeGreaterThan(0);
      const fields = await system.request(`{ __type(name: "Mutation") { fields { name } } }`);
      expect(fields.data!.__type.fields.map((f: { name: string }) => f.name)).toContain("createTicket");
    });
    expect(await system.db.prisma.ticket.count()).toBe(before);
    await newTicket("Back on"); // switched on again: works
  });

  it("CHAT_SYSTEM_ENABLED=false refuses live chat and writes nothing", async () => {
    const before = await system.db.prisma.chatSession.count();
    await withConfig({ CHAT_SYSTEM_ENABLED: false }, async () => {
      const started = await system.request(
        `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
        {},
        customer,
      );
      expect(codeOf(started)).toBe("FEATURE_DISABLED");
      expect(started.errors![0].extensions).toMatchObject({ variable: "CHAT_SYSTEM_ENABLED" });
      expect(codeOf(await system.request(`{ supportAvailability { open } }`, {}, customer))).toBe("FEATURE_DISABLED");
      // The chatbot is its own switch.
      expect((await system.request(`{ chatbotStatus { confidenceThreshold } }`, {}, customer)).errors).toBeUndefined();
    });
    expect(await system.db.prisma.chatSession.count()).toBe(before);
  });

  it("KNOWLEDGE_BASE_ENABLED=false refuses the knowledge base; the chatbot answers without articles", async () => {
    await withConfig({ KNOWLEDGE_BASE_ENABLED: false }, async () => {
      const search = await system.request(
        `{ searchKnowledge(query: "wallet", first: 3) { edges { node { id } } } }`,
        {},
        customer,
      );
      expect(codeOf(search)).toBe("FEATURE_DISABLED");
      expect(search.errors![0].extensions).toMatchObject({ variable: "KNOWLEDGE_BASE_ENABLED" });
      const answer = await system.request(
        `{ chatbotAnswer(input: { text: "How do I connect my wallet?", language: "en" }) { response articles { title } } }`,
        {},
        customer,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.chatbotAnswer.articles).toEqual([]);
    });
    const search = await system.request(
      `{ searchKnowledge(query: "wallet", first: 3) { edges { node { id } } } }`,
      {},
      customer,
    );
    expect(search.errors).toBeUndefined();
  });

  it("AI_CHATBOT_ENABLED=false refuses the chatbot and sends bot-first chats straight to the human queue", async () => {
    await withConfig({ AI_CHATBOT_ENABLED: false, CHAT_OPERATING_HOURS: "24/7" }, async () => {
      const asked = await system.request(
        `{ chatbotAnswer(input: { text: "What is my KYC status?" }) { response } }`,
        {},
        customer,
      );
      expect(codeOf(asked)).toBe("FEATURE_DISABLED");
      expect(asked.errors![0].extensions).toMatchObject({ variable: "AI_CHATBOT_ENABLED" });
      expect((await system.request(`{ chatbotStatus { confidenceThreshold } }`, {}, customer)).errors).toBeUndefined();
      const token = await system.token("customer", DEMO.otherCustomer.id);
      const started = await system.request(
        `mutation { startChat(input: { type: WEB, language: "en", botFirst: true }) { id } }`,
        {},
        token,
      );
      expect(started.errors).toBeUndefined();
      const chat = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: started.data!.startChat.id } });
      expect(chat.queuedAt).not.toBeNull();
      expect(await system.db.prisma.chatMessage.count({ where: { chatId: chat.id, senderKind: "BOT" } })).toBe(0);
      await system.request(
        `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
        { input: { chatId: chat.id, status: "ABANDONED" } },
        token,
      );
    });
    // On (the default), bot-first chats are greeted by the bot.
    await withConfig({ CHAT_OPERATING_HOURS: "24/7" }, async () => {
      const started = await system.request(
        `mutation { startChat(input: { type: WEB, language: "en", botFirst: true }) { id } }`,
        {},
        customer,
      );
      expect(started.errors).toBeUndefined();
      expect(
        await system.db.prisma.chatMessage.count({ where: { chatId: started.data!.startChat.id, senderKind: "BOT" } }),
      ).toBe(1);
      await system.request(
        `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
        { input: { chatId: started.data!.startChat.id, status: "ABANDONED" } },
        customer,
      );
    });
  });
});

describe("the channel router under the switches", () => {
  const REQUEST = `mutation($input: RequestSupportInput!) { requestSupport(input: $input) { route reason ticket { id } } }`;
  const SIMPLE = { message: "How do I enable two-factor authentication?" };

  it("AI_CHATBOT_ENABLED=false: a simple query becomes a ticket instead of a bot answer", async () => {
    const on = await system.request(REQUEST, { input: SIMPLE }, customer);
    expect(on.errors).toBeUndefined();
    expect(on.data!.requestSupport).toMatchObject({ route: "CHATBOT", ticket: null });
    await withConfig({ AI_CHATBOT_ENABLED: false }, async () => {
      const off = await system.request(REQUEST, { input: SIMPLE }, customer);
      expect(off.errors).toBeUndefined();
      expect(off.data!.requestSupport.route).toBe("TICKET");
      expect(off.data!.requestSupport.reason).toMatch(/chatbot is switched off/);
      expect(off.data!.requestSupport.ticket.id).toEqual(expect.any(String));
    });
  });

  it("SUPPORT_SYSTEM_ENABLED=false: a request that needs a ticket is refused with FEATURE_DISABLED, nothing written", async () => {
    const before = await system.db.prisma.ticket.count();
    await withConfig({ SUPPORT_SYSTEM_ENABLED: false, AI_CHATBOT_ENABLED: false }, async () => {
      const refused = await system.request(REQUEST, { input: SIMPLE }, customer);
      expect(codeOf(refused)).toBe("FEATURE_DISABLED");
      expect(refused.errors![0].extensions).toMatchObject({ variable: "SUPPORT_SYSTEM_ENABLED" });
    });
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });
});

describe("support hours and seeded capacity", () => {
  it("SUPPORT_WEEKDAY_HOURS / SUPPORT_WEEKEND_HOURS set the default business calendar and the chat hours", async () => {
    const schedule = await system.request(
      `{ businessSchedule { utcOffsetMinutes days { weekday ranges { start end } } } }`,
      {},
      agent,
    );
    expect(schedule.errors).toBeUndefined();
    const days = Object.fromEntries(
      schedule.data!.businessSchedule.days.map((d: { weekday: number; ranges: unknown[] }) => [d.weekday, d.ranges]),
    );
    expect(schedule.data!.businessSchedule.utcOffsetMinutes).toBe(240);
    for (const weekday of [1, 2, 3, 4, 5])
      expect(days[weekday]).toEqual([
        { start: "09:00", end: "13:00" },
        { start: "14:00", end: "17:00" },
      ]);
    for (const weekday of [0, 6]) expect(days[weekday] ?? []).toEqual([]);
    const availability = await system.request(`{ supportAvailability { operatingHours } }`, {}, customer);
    expect(availability.data!.supportAvailability.operatingHours).toBe("UTC+04:00; mon-fri 09:00-13:00 14:00-17:00");
  });

  it("seeded agents take their chat capacity from MAX_CONCURRENT_CHATS_PER_AGENT", async () => {
    for (const demo of DEMO_AGENTS.slice(0, 3)) {
      const result = await system.request(
        `query($id: ID!) { agent(id: $id) { maxConcurrentChats } }`,
        { id: demo.id },
        supervisor,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.agent.maxConcurrentChats).toBe(5);
    }
  });
});

describe("chat queue information", () => {
  const START = `mutation { startChat(input: { type: WEB, language: "en" }) { id status queuePosition estimatedWaitSeconds } }`;

  it("QUEUE_POSITION_UPDATES and ESTIMATED_WAIT_TIME decide whether a waiting customer sees a position and an estimate", async () => {
    await withConfig({ CHAT_OPERATING_HOURS: "24/7" }, async () => {
      // Nobody is online: every chat waits.
      await system.db.prisma.agent.updateMany({ data: { status: "OFFLINE" } });
      const first = await system.request(START, {}, customer);
      expect(first.errors).toBeUndefined();
      expect(first.data!.startChat).toMatchObject({ status: "WAITING" });
      expect(first.data!.startChat.queuePosition).toBeGreaterThanOrEqual(1);
      expect(first.data!.startChat.estimatedWaitSeconds).toEqual(expect.any(Number));
      const chatId = first.data!.startChat.id;
      const read = () =>
        system.request(
          `query($id: ID!) { chat(id: $id) { queuePosition estimatedWaitSeconds } }`,
          { id: chatId },
          customer,
        );
      const availability = () => system.request(`{ supportAvailability { estimatedWaitSeconds } }`, {}, customer);
      expect((await availability()).data!.supportAvailability.estimatedWaitSeconds).toEqual(expect.any(Number));

      await withConfig({ QUEUE_POSITION_UPDATES: false }, async () => {
        const chat = (await read()).data!.chat;
        expect(chat.queuePosition).toBeNull();
        expect(chat.estimatedWaitSeconds).toEqual(expect.any(Number));
      });
      await withConfig({ ESTIMATED_WAIT_TIME: false }, async () => {
        const chat = (await read()).data!.chat;
        expect(chat.queuePosition).toBeGreaterThanOrEqual(1);
        expect(chat.estimatedWaitSeconds).toBeNull();
        expect((await availability()).data!.supportAvailability.estimatedWaitSeconds).toBeNull();
      });

      // Live updates: a second waiting customer moves up when the first leaves — announced only when switched on.
      const otherToken = await system.token("customer", DEMO.otherCustomer.id);
      const second = await system.request(START, {}, otherToken);
      expect(second.errors).toBeUndefined();
      const secondId = second.data!.startChat.id;
      const storedPosition = async () =>
        (await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: secondId } })).queuePosition;
      const startPosition = await storedPosition();
      const client = system.subscribe(otherToken);
      const events = collect<any>(
        client,
        `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on QueuePositionEvent { position } } }`,
        { chatId: secondId },
      );
      await sleep(500);
      await withConfig({ QUEUE_POSITION_UPDATES: false }, async () => {
        const abandoned = await system.request(
          `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
          { input: { chatId, status: "ABANDONED" } },
          customer,
        );
        expect(abandoned.errors).toBeUndefined();
        await eventually(async () => (await storedPosition()) !== startPosition, 20_000, 200); // it did move …
        await sleep(500);
      });
      expect(events.received.filter((e) => e.data?.chatEvents?.__typename === "QueuePositionEvent")).toEqual([]); // … but nobody was told
      await client.dispose();
      await system.request(
        `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
        { input: { chatId: secondId, status: "ABANDONED" } },
        otherToken,
      );
    }).finally(() => system.db.prisma.agent.updateMany({ data: { status: "ONLINE" } }));
  }, 60_000);
});

describe("chatbot switches", () => {
  const ASK = `query($text: String!) { chatbotAnswer(input: { text: $text, language: "en" }) { intent articles { title } } }`;

  it("KNOWLEDGE_BASE_SEARCH_ENABLED=false: the chatbot answers without searching the knowledge base", async () => {
    const text = "How do I connect my wallet to the platform?";
    const on = await system.request(ASK, { text }, customer);
    expect(on.errors).toBeUndefined();
    expect(on.data!.chatbotAnswer.articles.length).toBeGreaterThan(0);
    await withConfig({ KNOWLEDGE_BASE_SEARCH_ENABLED: false }, async () => {
      const off = await system.request(ASK, { text }, customer);
      expect(off.errors).toBeUndefined();
      expect(off.data!.chatbotAnswer.articles).toEqual([]);
    });
  });

  it("INTENT_CLASSIFICATION_ENABLED=false: no intent is recognised; every question is a knowledge question", async () => {
    const text = "I want to talk to a human agent please";
    const on = await system.request(ASK, { text }, customer);
    expect(on.data!.chatbotAnswer.intent).toBe("human_handoff");
    await withConfig({ INTENT_CLASSIFICATION_ENABLED: false }, async () => {
      const off = await system.request(ASK, { text }, customer);
      expect(off.errors).toBeUndefined();
      expect(off.data!.chatbotAnswer.intent).toBe("knowledge_question");
    });
  });
});

describe("notification switches", () => {
  it("TICKET_NOTIFICATIONS_ENABLED=false: no ticket notifications (received, assignment …)", async () => {
    const silent = await withConfig({ TICKET_NOTIFICATIONS_ENABLED: false }, () => newTicket("Silent ticket"));
    const loud = await newTicket("Loud ticket");
    expect(await notificationsOf(loud.id, "TICKET_CREATED")).toBe(1);
    expect(await notificationsOf(silent.id, "TICKET_CREATED")).toBe(0);
    expect(await system.db.prisma.notification.count({ where: { ticketId: silent.id } })).toBe(0);
  });

  it("SLA_WARNING_NOTIFICATIONS=false: the warning is recorded but nobody is notified", async () => {
    // Wednesday 2026-11-18 12:00 at UTC+4: open since 09:00 local under the configured hours.
    const NOW = new Date("2026-11-18T08:00:00Z");
    const urlOf = (subgraph: SubgraphName) => system.subgraphs[subgraph]!.url;
    const services: SubgraphServices = {
      config: system.config,
      db: system.db,
      pubsub: system.pubsub,
      logger: createLogger("silent"),
      internal: createInternalClient({ serviceName: "tickets", secret: system.config.INTERNAL_SECRET, urlOf }),
    };
    const nearing = async (subject: string) => {
      const ticket = await newTicket(subject);
      const createdAt = new Date(NOW.getTime() - ticket.sla.slaHours * 0.8 * 3600_000); // 80 % of the window
      await system.db.sql.query(
        `UPDATE "tickets"."tickets" SET "createdAt" = $2, "slaCheckAt" = $3 WHERE "id" = $1::uuid`,
        [ticket.id, createdAt, new Date(NOW.getTime() - 60_000)],
      );
      await system.db.sql.query(`UPDATE "tickets"."status_changes" SET "at" = $2 WHERE "ticketId" = $1::uuid`, [
        ticket.id,
        createdAt,
      ]);
      await system.db.sql.query(`UPDATE "tickets"."messages" SET "createdAt" = $2 WHERE "ticketId" = $1::uuid`, [
        ticket.id,
        createdAt,
      ]);
      return ticket;
    };
    const warnings = (id: string) =>
      system.db.prisma.ticketsOutboxEvent.count({ where: { aggregateId: id, type: "ticket.sla_warning" } });

    const quiet = await nearing("Quiet warning");
    await withConfig({ SLA_WARNING_NOTIFICATIONS: false }, () => sweepOnce(services, NOW));
    expect(await warnings(quiet.id)).toBe(1);
    expect(await notificationsOf(quiet.id, "SLA_WARNING")).toBe(0);

    const told = await nearing("Told warning");
    await sweepOnce(services, NOW);
    expect(await warnings(told.id)).toBe(1);
    expect(await notificationsOf(told.id, "SLA_WARNING")).toBe(1);
  });

  it("ESCALATION_NOTIFICATIONS=false: an escalation is not announced (no supervisor notice, no Slack/Teams post)", async () => {
    const escalate = (id: string) =>
      system.request(
        `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { status } }`,
        { input: { ticketId: id, reason: "VIP customer" } },
        agent,
      );
    const quiet = await newTicket("Quiet escalation");
    await withConfig({ ESCALATION_NOTIFICATIONS: false }, async () => {
      const result = await escalate(quiet.id);
      expect(result.data!.escalateTicket.status).toBe("ESCALATED");
    });
    const loud = await newTicket("Loud escalation");
    await escalate(loud.id);
    await eventually(async () => posts.find((p) => p.body.includes(loud.number)));
    expect(await notificationsOf(loud.id, "TICKET_ESCALATED")).toBe(1);
    expect(await notificationsOf(quiet.id, "TICKET_ESCALATED")).toBe(0);
    expect(posts.filter((p) => p.body.includes(quiet.number))).toEqual([]);
  });
});

describe("Slack and Teams switches", () => {
  const escalate = async (subject: string) => {
    const ticket = await newTicket(subject);
    const result = await system.request(
      `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { id } }`,
      { input: { ticketId: ticket.id, reason: "Needs a specialist" } },
      agent,
    );
    expect(result.errors).toBeUndefined();
    return ticket;
  };
  const slackPosts = (number: string) =>
    posts.filter((p) => p.path.startsWith("/services/") && p.body.includes(number));
  const teamsPosts = (number: string) =>
    posts.filter((p) => p.path.startsWith("/webhookb2/") && p.body.includes(number));
  const queued = (number: string, channel: "SLACK" | "TEAMS") =>
    system.db.prisma.notificationDelivery.count({ where: { channel, subject: { contains: number } } });

  it("both on: escalations post to the Slack and Teams incoming webhooks in their message shapes", async () => {
    const ticket = await escalate("Both channels");
    const slack = await eventually(async () => slackPosts(ticket.number)[0]);
    expect(slack.path).toBe("/services/T0001/B0001/slacksecret");
    expect(JSON.parse(slack.body)).toEqual({ text: expect.stringContaining(ticket.number) });
    const teams = await eventually(async () => teamsPosts(ticket.number)[0]);
    expect(JSON.parse(teams.body)).toMatchObject({
      "@type": "MessageCard",
      "@context": "https://schema.org/extensions",
      title: expect.stringContaining(ticket.number),
    });
  });

  it("SLACK_INTEGRATION_ENABLED=false: nothing goes to Slack, Teams still gets it", async () => {
    const ticket = await withConfig({ SLACK_INTEGRATION_ENABLED: false }, () => escalate("Teams only"));
    await eventually(async () => teamsPosts(ticket.number)[0]);
    expect(await queued(ticket.number, "SLACK")).toBe(0);
    expect(slackPosts(ticket.number)).toEqual([]);
  });

  it("the live support status reports a switched-off integration as not configured", async () => {
    const QUERY = `{ liveSupportStatus { integrations { name status } } }`;
    const statusOf = async (name: string) =>
      (
        (await system.request(QUERY, {}, supervisor)).data!.liveSupportStatus.integrations as {
          name: string;
          status: string;
        }[]
      ).find((i) => i.name === name)?.status;
    // On, the webhooks are probed: the local receiver answers.
    expect(await statusOf("slack")).toBe("UP");
    expect(await statusOf("teams")).toBe("UP");
    await withConfig({ SLACK_INTEGRATION_ENABLED: false, TEAMS_INTEGRATION_ENABLED: false }, async () => {
      expect(await statusOf("slack")).toBe("NOT_CONFIGURED");
      expect(await statusOf("teams")).toBe("NOT_CONFIGURED");
    });
  });

  it("TEAMS_INTEGRATION_ENABLED=false: nothing goes to Teams, Slack still gets it", async () => {
    const ticket = await withConfig({ TEAMS_INTEGRATION_ENABLED: false }, () => escalate("Slack only"));
    await eventually(async () => slackPosts(ticket.number)[0]);
    expect(await queued(ticket.number, "TEAMS")).toBe(0);
    expect(teamsPosts(ticket.number)).toEqual([]);
  });
});
