/** Ticket lifecycle end to end: transitions, conversation, SLA clock pauses, history, merge, macros, filters, access. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";

let system: TestSystem;
let customer: string;
let other: string;
let agent: string;

const TICKET_FIELDS = `id number status priority firstRespondedAt resolvedAt closedAt assignedAgentId
  sla { breached firstReply { dueAt satisfiedAt status } nextReply { dueAt satisfiedAt status } resolution { dueAt satisfiedAt status pausedSeconds } }`;

beforeAll(async () => {
  system = await startTestSystem({
    env: { SLA_SWEEP_INTERVAL_MS: "3600000", TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1" },
  });
  customer = await system.token("customer");
  other = await system.token("customer", DEMO.otherCustomer.id);
  agent = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

async function newTicket(input: Record<string, unknown> = {}, token = customer) {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Card payment failed",
        description: "My card deposit failed with code 05 but the amount is held.",
        categoryKey: "payment_issues",
        ...input,
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket;
}

const message = (ticketId: string, body: string, token: string, internal = false) =>
  system.request(
    `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id internal authorRole } }`,
    { input: { ticketId, body, internal } },
    token,
  );
const update = (input: Record<string, unknown>, token = agent) =>
  system.request(
    `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ${TICKET_FIELDS} } }`,
    { input },
    token,
  );
const action = (name: string, ticketId: string, token = agent) =>
  system.request(
    `mutation($input: TicketActionInput!) { ${name}(input: $input) { ${TICKET_FIELDS} } }`,
    { input: { ticketId } },
    token,
  );
const read = async (id: string, token = agent) =>
  (await system.request(`query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id }, token)).data!.ticket;
const outboxTypes = async (ticketId: string) =>
  (
    await system.db.sql.query<{ type: string }>(
      `SELECT "type" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 ORDER BY "occurredAt", "id"`,
      [ticketId],
    )
  ).map((r) => r.type);

describe("conversation and SLA targets", () => {
  it("records the first agent reply as first response; internal notes stay hidden from the customer", async () => {
    const ticket = await newTicket();
    const recorder = recordStatements();
    let note;
    try {
      note = await message(ticket.id, "Checked the acquirer logs: code 05 = do not honour.", agent, true);
    } finally {
      recorder.restore();
    }
    expect(note.data!.addTicketMessage.internal).toBe(true);
    // A note changes nothing the SLA reads: its timeline is not read back, nor the ticket rewritten.
    expect(recorder.statements.filter((sql) => /"status_changes"|UPDATE "tickets"\."tickets"/.test(sql))).toEqual([]);
    expect((await read(ticket.id)).firstRespondedAt).toBeNull(); // a note is not a reply
    const reply = await message(ticket.id, "Hello, the hold is released by your bank within 5 business days.", agent);
    expect(reply.errors).toBeUndefined();
    const after = await read(ticket.id);
    expect(after.firstRespondedAt).not.toBeNull();
    expect(after.sla.firstReply).toMatchObject({ status: "SATISFIED", satisfiedAt: after.firstRespondedAt });

    const asCustomer = await system.request(
      `query($id: ID!) { ticket(id: $id) { messages(first: 50) { edges { node { body internal authorRole } } } } }`,
      { id: ticket.id },
      customer,
    );
    const bodies = asCustomer.data!.ticket.messages.edges.map((e: any) => e.node);
    expect(bodies.some((m: any) => m.internal)).toBe(false);
    expect(bodies.map((m: any) => m.body)).toContain(
      "Hello, the hold is released by your bank within 5 business days.",
    );
    const asAgent = await system.request(
      `query($id: ID!) { ticket(id: $id) { messages(first: 50) { edges { node { internal } } } } }`,
      { id: ticket.id },
      agent,
    );
    expect(asAgent.data!.ticket.messages.edges.filter((e: any) => e.node.internal)).toHaveLength(1);
    // Customers cannot write notes.
    expect((await message(ticket.id, "psst", customer, true)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await eventually(async () => (await outboxTypes(ticket.id)).includes("ticket.first_replied"));
  });

  it("pauses the clock while PENDING and resumes (→ OPEN) on the customer's reply; a next-reply cycle starts", async () => {
    const ticket = await newTicket();
    await message(ticket.id, "Could you send a screenshot?", agent);
    const pending = await update({ ticketId: ticket.id, status: "PENDING", note: "waiting for screenshot" });
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.updateTicket.status).toBe("PENDING");
    expect(pending.data!.updateTicket.sla.resolution.status).toBe("PAUSED");
    await message(ticket.id, "Here it is.", customer);
    const resumed = await read(ticket.id);
    expect(resumed.status).toBe("OPEN");
    expect(resumed.sla.nextReply.status).toMatch(/RUNNING|WARNING/);
    await message(ticket.id, "Thanks, looking at it.", agent);
    expect((await read(ticket.id)).sla.nextReply.status).toBe("SATISFIED");
    const statuses = await system.db.prisma.ticketStatusChange.findMany({
      where: { ticketId: ticket.id },
      orderBy: { at: "asc" },
    });
    expect(statuses.map((s) => s.status)).toEqual(["OPEN", "PENDING", "OPEN"]);
  });
});

describe("workflow", () => {
  it("resolves, reopens on a customer reply, resolves again and closes; the history records each step", async () => {
    const ticket = await newTicket();
    const resolved = await action("resolveTicket", ticket.id);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveTicket).toMatchObject({ status: "RESOLVED" });
    const firstResolvedAt = resolved.data!.resolveTicket.resolvedAt;
    expect(firstResolvedAt).not.toBeNull();
    // CSAT survey on resolution (CUSTOMER_SATISFACTION_SURVEYS defaults on).
    const notes = await system.request(
      `{ notifications(first: 50) { edges { node { kind ticketId } } } }`,
      {},
      customer,
    );
    expect(notes.data!.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: "CSAT_SURVEY",
      ticketId: ticket.id,
    });

    await message(ticket.id, "It happened again this morning.", customer);
    expect((await read(ticket.id)).status).toBe("OPEN");
    expect((await action("resolveTicket", ticket.id)).data!.resolveTicket.resolvedAt).toBe(firstResolvedAt); // the first resolution counts
    const closed = await action("closeTicket", ticket.id);
    expect(closed.data!.closeTicket.status).toBe("CLOSED");

    const history = await system.request(
      `query($id: ID!) { ticket(id: $id) { history(first: 50) { edges { node { action field oldValue newValue actorRole actorId } } } } }`,
      { id: ticket.id },
      agent,
    );
    const steps = history
      .data!.ticket.history.edges.map((e: any) => e.node)
      .filter((h: any) => h.action === "status_changed")
      .map((h: any) => `${h.oldValue}>${h.newValue}`);
    expect(steps).toEqual(["OPEN>RESOLVED", "RESOLVED>OPEN", "OPEN>RESOLVED", "RESOLVED>CLOSED"]);
    expect(history.data!.ticket.history.edges.find((e: any) => e.node.newValue === "CLOSED").node.actorId).toBe(
      DEMO.agent.id,
    );
    await eventually(async () => {
      const types = await outboxTypes(ticket.id);
      return types.includes("ticket.resolved") && types.includes("ticket.reopened") && types.includes("ticket.closed");
    });
  });

  it("refuses transitions the workflow does not allow, with a coded error and nothing written", async () => {
    const ticket = await newTicket();
    const historyBefore = await system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: ticket.id } });
    const close = await action("closeTicket", ticket.id);
    expect(close.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(close.errors?.[0]?.message).toMatch(/cannot become closed/);
    const reopen = await action("reopenTicket", ticket.id);
    expect(reopen.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await update({ ticketId: ticket.id, status: "AUTO_RESOLVED" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // A failing multi-field update writes none of its fields.
    const mixed = await update({ ticketId: ticket.id, priority: "LOW", status: "CLOSED" });
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await read(ticket.id)).priority).toBe(ticket.priority);
    expect(await system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: ticket.id } })).toBe(historyBefore);
    // The owning customer may reopen a resolved ticket; another customer may not.
    await action("resolveTicket", ticket.id);
    expect((await action("reopenTicket", ticket.id, other)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reopened = await action("reopenTicket", ticket.id, customer);
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenTicket.status).toBe("OPEN");
    // Closed is terminal.
    await action("resolveTicket", ticket.id);
    await action("closeTicket", ticket.id);
    expect((await action("reopenTicket", ticket.id)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await message(ticket.id, "hello?", customer)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("merges a duplicate into the primary ticket, keeping the conversation", async () => {
    const primary = await newTicket({ subject: "Payment failed twice" });
    const duplicate = await newTicket({ subject: "Payment failed again" });
    await message(duplicate.id, "Adding: the second attempt also failed.", customer);
    const merged = await system.request(
      `mutation($input: MergeTicketsInput!) { mergeTickets(input: $input) { id messages(first: 50) { edges { node { body } } } } }`,
      { input: { primaryTicketId: primary.id, duplicateTicketIds: [duplicate.id] } },
      agent,
    );
    expect(merged.errors).toBeUndefined();
    const bodies = merged.data!.mergeTickets.messages.edges.map((e: any) => e.node.body);
    expect(bodies).toContain("Adding: the second attempt also failed.");
    expect(bodies.some((b: string) => b.startsWith(`Merged from ${duplicate.number}`))).toBe(true);
    const dup = await system.request(
      `query($id: ID!) { ticket(id: $id) { status mergedInto { id } } }`,
      { id: duplicate.id },
      agent,
    );
    expect(dup.data!.ticket).toEqual({ status: "CLOSED", mergedInto: { id: primary.id } });
    await eventually(async () => (await outboxTypes(duplicate.id)).includes("ticket.merged"));
    // Another customer's ticket cannot be merged in.
    const foreign = await newTicket({}, other);
    const refused = await system.request(
      `mutation($input: MergeTicketsInput!) { mergeTickets(input: $input) { id } }`,
      { input: { primaryTicketId: primary.id, duplicateTicketIds: [foreign.id] } },
      agent,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("applies a macro in the ticket's language with its placeholders filled", async () => {
    const macros = await system.request(`{ macros { id key languages } }`, {}, agent);
    const greeting = macros.data!.macros.find((m: any) => m.key === "greeting");
    expect(greeting.languages).toEqual(["ar", "en"]);
    const ticket = await newTicket({ language: "ar" });
    const applied = await system.request(
      `mutation($input: ApplyMacroInput!) { applyMacro(input: $input) { body authorRole } }`,
      { input: { ticketId: ticket.id, macroId: greeting.id } },
      agent,
    );
    expect(applied.errors).toBeUndefined();
    const body: string = applied.data!.applyMacro.body;
    expect(body).toMatch(/[\u0600-\u06FF]/);
    expect(body).toContain(ticket.number);
    expect(body).not.toMatch(/\{\{/);
    expect(
      (
        await system.request(
          `mutation($input: ApplyMacroInput!) { applyMacro(input: $input) { id } }`,
          { input: { ticketId: ticket.id, macroId: randomUUID() } },
          agent,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("filters tickets by status, priority, category, customer and full text over messages", async () => {
    const ticket = await newTicket({
      subject: "Zebra-striped invoice question",
      description: "Where is my quarterly statement?",
      language: "en",
    });
    await message(ticket.id, "The flamingo reference number is 7781.", customer);
    const list = async (filter: Record<string, unknown>) =>
      (
        await system.request(
          `query($filter: TicketFilter) { tickets(first: 100, filter: $filter) { edges { node { id } } } }`,
          { filter },
          agent,
        )
      ).data!.tickets.edges.map((e: any) => e.node.id);
    expect(await list({ text: "zebra" })).toEqual([ticket.id]);
    expect(await list({ text: "flamingo" })).toEqual([ticket.id]);
    expect(await list({ text: "flamingo", status: ["RESOLVED"] })).toEqual([]);
    expect(await list({ category: "billing_support", customerId: DEMO.customer.id })).toContain(ticket.id);
    expect(await list({ category: "payment_issues" })).toContain(ticket.id);
    expect(await list({ breachedSla: true })).not.toContain(ticket.id);
    // Shared search normalisation: English stemming by ticket language, Arabic letter variants and diacritics.
    expect(await list({ text: "statements quarterly" })).toEqual([ticket.id]);
    const arabic = await newTicket({
      subject: "لا أستطيع تسجيل الدخول إلى حسابي الاستثماري",
      description: "تظهر رسالة خطأ غريبة عند الدخول",
      categoryKey: "login_issues",
      language: "ar",
    });
    expect(await list({ text: "استطيع الاستثماري" })).toEqual([arabic.id]);
    // One vector per ticket covers subject and conversation: words may be spread over both.
    expect(await list({ text: "zebra flamingo" })).toEqual([ticket.id]);
    // A long text is truncated (shared parseSearchQuery), not refused; one without words is.
    const long = await system.request(
      `query($filter: TicketFilter) { tickets(first: 5, filter: $filter) { edges { node { id } } } }`,
      { filter: { text: "zebra ".repeat(60) } },
      agent,
    );
    expect(long.errors).toBeUndefined();
    expect(long.data!.tickets.edges.map((e: any) => e.node.id)).toEqual([ticket.id]);
    const noWords = await system.request(
      `query($filter: TicketFilter) { tickets(first: 5, filter: $filter) { edges { node { id } } } }`,
      { filter: { text: " &|!(): " } },
      agent,
    );
    expect(noWords.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("access", () => {
  it("answers a customer touching another customer's ticket with FORBIDDEN, the same as for a missing one", async () => {
    const theirs = await newTicket({}, other);
    const missing = randomUUID();
    const forOther = await system.request(`query($id: ID!) { ticket(id: $id) { id } }`, { id: theirs.id }, customer);
    const forMissing = await system.request(`query($id: ID!) { ticket(id: $id) { id } }`, { id: missing }, customer);
    expect(forOther.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forMissing.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forOther.errors?.[0]?.message).toBe(forMissing.errors?.[0]?.message);
    const before = await system.db.prisma.ticketMessage.count();
    for (const id of [theirs.id, missing]) {
      const write = await message(id, "let me in", customer);
      expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(write.errors?.[0]?.message).toBe(forMissing.errors?.[0]?.message);
    }
    expect(await system.db.prisma.ticketMessage.count()).toBe(before);
    // Staff get NOT_FOUND for unknown ids; customers cannot run staff mutations.
    expect((await action("resolveTicket", missing)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await action("resolveTicket", theirs.id, customer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await update({ ticketId: theirs.id, assignedAgentId: "not-a-uuid" })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });
});
