/**
 * Input hygiene through the gateway: text with NUL or over its documented maximum is refused
 * with BAD_USER_INPUT and writes nothing — the reported cases, then every string slot of every
 * root query and mutation of the public graph, as an admin would send them.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";
import { argumentsWith, stringSlots } from "./support/input-slots.js";

let system: TestSystem;
let customer: string;
let agent: string;
let admin: string;

beforeAll(async () => {
  system = await startTestSystem({
    env: { SLA_SWEEP_INTERVAL_MS: "3600000", TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1" },
  });
  customer = await system.token("customer");
  agent = await system.token("agent");
  admin = await system.token("admin");
});

afterAll(async () => {
  await system?.close();
});

const count = async (table: string) =>
  Number((await system.db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

async function newTicket() {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Cannot log in",
        description: "The app says my password is wrong after the update.",
      },
    },
    customer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket.id as string;
}

describe("the reported cases", () => {
  it("createTicket with NUL in the subject: BAD_USER_INPUT naming the field, no ticket", async () => {
    const before = await count(`"tickets"."tickets"`);
    const result = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: { channel: "IN_APP", subject: "Payment\u0000failed", description: "Deposit of 500 AED failed." },
      },
      customer,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.subject" });
    expect(result.errors?.[0].message).not.toMatch(/22021|invalid byte|stack/i);
    expect(await count(`"tickets"."tickets"`)).toBe(before);
  });

  it("addTicketMessage with NUL in the body: BAD_USER_INPUT, no message", async () => {
    const ticketId = await newTicket();
    const before = await count(`"tickets"."messages"`);
    const result = await system.request(
      `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
      { input: { ticketId, body: "hello\u0000" } },
      customer,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.body" });
    expect(await count(`"tickets"."messages"`)).toBe(before);
  });

  it("createAgent with NUL in the display name: BAD_USER_INPUT, no agent", async () => {
    const before = await count(`"agents"."agents"`);
    const result = await system.request(
      `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`,
      {
        input: { email: "nul.agent@switchboard.example", displayName: "Nul\u0000Agent", languages: ["en"] },
      },
      admin,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.displayName" });
    expect(await count(`"agents"."agents"`)).toBe(before);
  });

  it("updateTicket and resolveTicket refuse a 1 MB note; the append-only history gains nothing", async () => {
    const ticketId = await newTicket();
    const before = await count(`"tickets"."history"`);
    const megabyte = "n".repeat(1024 * 1024);
    const update = await system.request(
      `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { id } }`,
      { input: { ticketId, priority: "HIGH", note: megabyte } },
      agent,
    );
    expect(update.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.note",
      maxLength: 2000,
    });
    const resolve = await system.request(
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id status } }`,
      { input: { ticketId, note: megabyte } },
      agent,
    );
    expect(resolve.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.note" });
    expect(await count(`"tickets"."history"`)).toBe(before);
    const ticket = await system.request(
      `query($id: ID!) { ticket(id: $id) { priority status } }`,
      { id: ticketId },
      agent,
    );
    expect(ticket.data!.ticket.status).not.toBe("RESOLVED");
  });

  it("an unpaired surrogate is refused too; Arabic, Hindi, Urdu and emoji pass", async () => {
    const bad = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: { channel: "IN_APP", subject: "Broken \ud83d", description: "Text with a broken emoji." },
      },
      customer,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.subject" });
    const good = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "IN_APP",
          subject: "مشكلة في المحفظة 🔐",
          description: "मेरा वॉलेट कनेक्ट नहीं हो रहा — والٹ کنیکٹ نہیں ہو رہا",
        },
      },
      customer,
    );
    expect(good.errors).toBeUndefined();
  });
});

describe("every string slot of every root query and mutation through the gateway", () => {
  it("refuses one character over the documented maximum with BAD_USER_INPUT naming the slot, and NUL likewise", async () => {
    const introspection = await system.request<IntrospectionQuery>(getIntrospectionQuery(), {}, admin);
    const schema = buildClientSchema(introspection.data!);
    const roots = [
      ["query", schema.getQueryType()!],
      ["mutation", schema.getMutationType()!],
    ] as const;
    const failures: string[] = [];
    let checked = 0;
    for (const [operation, root] of roots) {
      for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
        const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
        const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
        const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
        const document = `${operation}${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""} ${selection} }`;
        for (const slot of stringSlots(field)) {
          // The documented maximum, read back from the description the client sees.
          const documented = /at most ([\d,]+) characters/.exec(slot.description)?.[1];
          if (!documented) {
            failures.push(`${field.name}(${slot.path}): no documented maximum`);
            continue;
          }
          const max = Number(documented.replace(/,/g, ""));
          for (const value of ["a".repeat(max + 1), "a\u0000b"]) {
            const result = await system.request(document, argumentsWith(field, slot.keys, value), admin);
            const error = result.errors?.[0];
            checked++;
            if (error?.extensions?.code !== "BAD_USER_INPUT" || error.extensions.field !== slot.path) {
              failures.push(
                `${field.name}(${slot.path}) with ${value.length > 3 ? `${value.length} characters` : "NUL"}: ${JSON.stringify(result.errors ?? result.data).slice(0, 200)}`,
              );
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});
