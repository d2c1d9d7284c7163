/** Ticket intake end to end: language chain, classification/triage, priority, SLA state, idempotency, bad input. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";

let system: TestSystem;
let customer: string;
let agent: string;

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) {
  id number status priority language tags needsTriage classificationConfidence
  category { key slaHours } subcategory { key }
  sla { slaHours breached firstReply { dueAt breachedAt satisfiedAt status } nextReply { dueAt status } resolution { dueAt status } }
} }`;

beforeAll(async () => {
  system = await startTestSystem();
  customer = await system.token("customer");
  agent = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

const create = (input: Record<string, unknown>, token = customer, headers: Record<string, string> = {}) =>
  system.request(CREATE, { input: { channel: "IN_APP", ...input } }, token, headers);

describe("intake", () => {
  it("classifies a clear ticket into category and subcategory with confidence, tags, priority and SLA state", async () => {
    const result = await create({
      subject: "PROPX tokens not received",
      description:
        "I bought 25 PROPX tokens of the Marina Heights property yesterday, the payment went through but the tokens are not in my portfolio.",
    });
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.createTicket;
    expect(ticket.number).toMatch(/^SB-\d{5}$/);
    expect(ticket.category.key).toBe("investment_support");
    expect(ticket.needsTriage).toBe(false);
    expect(ticket.classificationConfidence).toBeGreaterThan(0.5);
    expect(ticket.classificationConfidence).toBeLessThanOrEqual(1);
    expect(ticket.tags.length).toBeGreaterThan(0);
    // The category's priority and SLA hours (investment_support: MEDIUM, 4 h); three targets with deadlines.
    expect(ticket.priority).toBe("MEDIUM");
    expect(ticket.sla.slaHours).toBe(4);
    expect(ticket.sla.firstReply.status).toBe("RUNNING");
    expect(new Date(ticket.sla.firstReply.dueAt).getTime()).toBeGreaterThan(Date.now() - 1000);
    expect(ticket.sla.nextReply.status).toBe("NOT_STARTED");
    expect(new Date(ticket.sla.resolution.dueAt) > new Date(ticket.sla.firstReply.dueAt)).toBe(true);
    // The timeline and audit trail were stored with it.
    expect(await system.db.prisma.ticketStatusChange.count({ where: { ticketId: ticket.id } })).toBe(1);
    const history = await system.request(
      `query($id: ID!) { ticket(id: $id) { history(first: 10) { edges { node { action actorRole note } } } } }`,
      { id: ticket.id },
      agent,
    );
    expect(history.data!.ticket.history.edges[0].node).toMatchObject({ action: "created", actorRole: "customer" });
  });

  it("classifies Arabic tickets and detects the language when nothing else says", async () => {
    // A customer agents knows nothing about, no Accept-Language: detection decides.
    const stranger = await system.token("customer", randomUUID());
    const result = await create(
      {
        subject: "لا أستطيع تسجيل الدخول إلى التطبيق",
        description: "عند إدخال كلمة المرور يظهر خطأ في التطبيق ولا أستطيع الدخول إلى حسابي",
      },
      stranger,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTicket.category?.key).toBe("technical_support");
    expect(result.data!.createTicket.language).toBe("ar");
    const urdu = await create(
      {
        subject: "میرا اکاؤنٹ بند ہو گیا ہے",
        description: "میں اپنے اکاؤنٹ میں لاگ ان نہیں کر پا رہا ہوں، براہ کرم مدد کریں",
      },
      stranger,
    );
    expect(urdu.data!.createTicket.language).toBe("ur");
    const hindi = await create(
      { subject: "मेरा पैसा नहीं आया", description: "मैंने पांच दिन पहले पैसे निकाले थे लेकिन अभी तक बैंक में नहीं आए" },
      stranger,
    );
    expect(hindi.data!.createTicket.language).toBe("hi");
    const english = await create(
      { subject: "Cannot log in", description: "The app shows an error when I enter my password." },
      stranger,
    );
    expect(english.data!.createTicket.language).toBe("en");
  });

  it("chooses the language: explicit > customer's preferred > Accept-Language > detection > en", async () => {
    const explicit = await create(
      { subject: "Need help with my fees", description: "What are the fees on my account?", language: "ar-AE" },
      customer,
      { "accept-language": "hi-IN" },
    );
    expect(explicit.data!.createTicket.language).toBe("ar");
    // The demo customer prefers ar at agents: it wins over the header and the (English) text.
    const preferred = await create(
      { subject: "Need help with my fees", description: "What are the fees on my account?" },
      customer,
      { "accept-language": "hi-IN,hi;q=0.9" },
    );
    expect(DEMO.customer.preferredLanguage).toBe("ar");
    expect(preferred.data!.createTicket.language).toBe("ar");
    // Unknown to agents: Accept-Language wins over detection.
    const stranger = await system.token("customer", randomUUID());
    const viaHeader = await create(
      { subject: "Need help with my fees", description: "What are the fees on my account?" },
      stranger,
      { "accept-language": "fr-CA;q=0.4, hi-IN;q=0.9" },
    );
    expect(viaHeader.data!.createTicket.language).toBe("hi");
  });

  it("sends low-confidence tickets to the triage queue instead of guessing", async () => {
    const result = await create({ subject: "Hello", description: "Hi there, I have a question for you." });
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.createTicket;
    expect(ticket.needsTriage).toBe(true);
    expect(ticket.category).toBeNull();
    expect(ticket.tags).toContain("triage");
    const queue = await system.request(
      `{ tickets(first: 50, filter: { triage: true }) { edges { node { id needsTriage } } } }`,
      {},
      agent,
    );
    expect(queue.data!.tickets.edges.map((e: any) => e.node.id)).toContain(ticket.id);
    // Categorising it takes it out of triage.
    const updated = await system.request(
      `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { needsTriage tags category { key } subcategory { key } } }`,
      { input: { ticketId: ticket.id, categoryKey: "fee_clarifications" } },
      agent,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTicket).toMatchObject({
      needsTriage: false,
      category: { key: "billing_support" },
      subcategory: { key: "fee_clarifications" },
    });
    expect(updated.data!.updateTicket.tags).not.toContain("triage");
  });

  it("honours a staff priority override and the stricter SLA hours", async () => {
    const result = await create(
      {
        subject: "Profile update",
        description: "I need to change my address on my profile.",
        categoryKey: "profile_updates",
        priorityOverride: "URGENT",
        customerId: DEMO.customer.id,
      },
      agent,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTicket.priority).toBe("URGENT");
    expect(result.data!.createTicket.sla.slaHours).toBe(1);
  });

  it("lets an agent and the chat service create tickets on a customer's behalf", async () => {
    const byAgent = await create(
      {
        channel: "PHONE",
        subject: "Called about KYC",
        description: "Customer called: passport upload rejected.",
        customerId: DEMO.customer.id,
      },
      agent,
    );
    expect(byAgent.errors).toBeUndefined();
    const { IDENTITY_HEADER, signIdentity } = await import("../shared/identity.js");
    const response = await fetch(system.subgraphs.tickets!.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [IDENTITY_HEADER]: await signIdentity(
          { subject: "chat", role: "service" },
          { secret: system.config.INTERNAL_SECRET, audience: "tickets" },
        ),
      },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            channel: "CHAT",
            subject: "Chat transcript",
            description: "Converted from a chat about a failed card payment.",
            customerId: DEMO.customer.id,
          },
        },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.createTicket.status).toBe("OPEN");
  });

  it("writes the ticket with its attachments, timeline, audit entry, confirmation and event in one statement, and answers the row as stored", async () => {
    const FIELDS = `id number subject description channel status priority language classificationConfidence
      needsTranslation needsTriage tags customerId assignedAgentId escalationTier escalatedAt createdAt updatedAt
      firstRespondedAt resolvedAt closedAt
      sla { slaHours breached firstReply { dueAt status } nextReply { dueAt status } resolution { dueAt status } }`;
    const recorder = recordStatements();
    let result;
    try {
      // A question the classifier cannot place: it stays in triage, so the answer is the row as written.
      result = await system.request(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${FIELDS} } }`,
        {
          input: {
            channel: "EMAIL",
            subject: "Hello",
            description: "Hi there, I have a question for you.",
            attachments: [
              {
                name: "statement.pdf",
                url: "https://files.example/statement.pdf",
                contentType: "application/pdf",
                size: 1200,
              },
            ],
          },
        },
        customer,
      );
    } finally {
      recorder.restore();
    }
    expect(result.errors).toBeUndefined();
    const created = result.data!.createTicket;
    expect(created.needsTriage).toBe(true);
    const writes = recorder.statements.filter((text) => /INSERT INTO "tickets"\."tickets"/.test(text));
    expect(writes).toHaveLength(1);
    for (const table of ["messages", "status_changes", "history", "notifications", "deliveries", "outbox_events"])
      expect(writes[0]).toContain(`INSERT INTO "tickets"."${table}"`);
    const read = await system.request(`query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`, { id: created.id }, agent);
    expect(read.data!.ticket).toEqual(created);
    // Every part landed, the attachments on the opening message.
    const [messages, statusChanges, history, notifications, events] = await Promise.all([
      system.db.prisma.ticketMessage.findMany({ where: { ticketId: created.id } }),
      system.db.prisma.ticketStatusChange.count({ where: { ticketId: created.id } }),
      system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: created.id, action: "created" } }),
      system.db.prisma.notification.count({ where: { ticketId: created.id, kind: "TICKET_CREATED" } }),
      system.db.sql.query<{ type: string; payload: { number: string } }>(
        `SELECT "type", "payload" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1`,
        [created.id],
      ),
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ authorRole: "intake", internal: false });
    expect(messages[0].attachments).toEqual([
      { name: "statement.pdf", url: "https://files.example/statement.pdf", contentType: "application/pdf", size: 1200 },
    ]);
    expect([statusChanges, history, notifications]).toEqual([1, 1, 1]);
    expect(events).toEqual([
      expect.objectContaining({ type: "ticket.created", payload: expect.objectContaining({ number: created.number }) }),
    ]);
  });

  it("numbers a burst of tickets consecutively in one process, drawing the numbers a block at a time", async () => {
    const recorder = recordStatements();
    let numbers: string[];
    try {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          create({ subject: `Burst ${i}`, description: "My XERA withdrawal is pending since yesterday." }),
        ),
      );
      expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
      numbers = results.map((result) => result.data!.createTicket.number as string);
    } finally {
      recorder.restore();
    }
    const sequence = numbers.map((number) => Number(number.replace("SB-", ""))).sort((a, b) => a - b);
    expect(sequence).toEqual(sequence.map((_, i) => sequence[0] + i));
    const draws = recorder.statements.filter((text) => text.includes("nextval("));
    expect(draws.length).toBeGreaterThan(0);
    expect(draws.length).toBeLessThan(12);
  });

  it("repeating an idempotency key returns the first ticket and writes nothing", async () => {
    const input = {
      subject: "Double submit",
      description: "My app submitted this twice.",
      idempotencyKey: "intake-idem-1",
    };
    const first = await create(input);
    const countBefore = await system.db.prisma.ticket.count();
    const notesBefore = await system.db.prisma.notification.count();
    const second = await create(input);
    expect(second.data!.createTicket.id).toBe(first.data!.createTicket.id);
    expect(await system.db.prisma.ticket.count()).toBe(countBefore);
    expect(await system.db.prisma.notification.count()).toBe(notesBefore);
  });

  it("confirms to the customer with an in-app notification", async () => {
    const result = await create({
      subject: "Invoice needed",
      description: "Please send me an invoice for my subscription fee.",
    });
    const id = result.data!.createTicket.id;
    const notes = await system.request(
      `{ notifications(first: 50) { edges { node { kind ticketId title } } } }`,
      {},
      customer,
    );
    expect(notes.data!.notifications.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ kind: "TICKET_CREATED", ticketId: id }),
    );
  });

  it("rejects bad input with a coded error and writes nothing", async () => {
    const before = await system.db.prisma.ticket.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ subject: "", description: "x" }, "BAD_USER_INPUT"],
      [{ subject: "x".repeat(20_000), description: "x" }, "BAD_USER_INPUT"],
      [{ subject: "ok", description: "x".repeat(20_001) }, "BAD_USER_INPUT"],
      [{ subject: "ok", description: "ok", categoryKey: "no_such_category" }, "BAD_USER_INPUT"],
      [{ subject: "ok", description: "ok", language: "not a language!" }, "BAD_USER_INPUT"],
      [
        { subject: "ok", description: "ok", attachments: [{ name: "a.png", url: "javascript:alert(1)" }] },
        "BAD_USER_INPUT",
      ],
      [
        { subject: "ok", description: "ok", attachments: [{ name: "", url: "https://files.example/a.png" }] },
        "BAD_USER_INPUT",
      ],
      [
        {
          subject: "ok",
          description: "ok",
          attachments: [{ name: "a.png", url: "https://files.example/a.png", size: -1 }],
        },
        "BAD_USER_INPUT",
      ],
      [{ subject: "ok", description: "ok", customerId: DEMO.otherCustomer.id }, "FORBIDDEN"],
    ];
    for (const [input, code] of cases) {
      const result = await create(input);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe(code);
    }
    const noCustomer = await create({ subject: "ok", description: "ok" }, agent);
    expect(noCustomer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });
});
