/**
 * Every subscription is authorised when it is opened: a caller without the right gets one coded
 * error and the stream ends at once — no open stream that answers each event with FORBIDDEN,
 * no silent hang. Walks every root subscription of the public graph.
 */
import { buildClientSchema, getIntrospectionQuery, getNamedType, isLeafType, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, DEMO, startTestSystem, type TestSystem } from "./harness.js";
import { sampleValue } from "./support/input-slots.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

/** Subscriptions a signed-in customer may not open at all (staff screens). */
const STAFF_ONLY = [
  "agentStatusChanged",
  "agentPresence",
  "queueStatusChanged",
  "ticketViewersChanged",
  "liveSupportStatus",
  "ticketQueueEvents",
];

async function subscriptionFields() {
  const introspection = await system.request<IntrospectionQuery>(
    getIntrospectionQuery(),
    {},
    await system.token("admin"),
  );
  const root = buildClientSchema(introspection.data!).getSubscriptionType()!;
  return Object.values(root.getFields()).map((field) => {
    const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
    const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
    return {
      name: field.name,
      document: `subscription${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""} ${selection} }`,
      variables: Object.fromEntries(
        field.args.filter((arg) => String(arg.type).endsWith("!")).map((arg) => [arg.name, sampleValue(arg.type)]),
      ),
    };
  });
}

/** Opens a subscription and waits for it to end; returns the codes it ended with. */
async function refusal(token: string | null, document: string, variables: Record<string, unknown>): Promise<string[]> {
  const client = system.subscribe(token);
  try {
    const stream = collect(client, document, variables);
    const ended = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (stream.error || stream.received.some((r) => r.errors?.length)) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    await Promise.race([
      ended,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${document}: still open after 3 s`)), 3000)),
    ]);
    const errors = stream.received.flatMap((r) => r.errors ?? []);
    const failure = stream.error as { message?: string } | unknown[] | null;
    const codes = errors.map((e) => String(e.extensions?.code));
    if (Array.isArray(failure))
      codes.push(...failure.map((e) => String((e as { extensions?: { code?: string } }).extensions?.code)));
    return codes;
  } finally {
    await client.dispose();
  }
}

describe("subscriptions are authorised when opened", () => {
  it("an anonymous client gets UNAUTHENTICATED at once on every subscription", async () => {
    const fields = await subscriptionFields();
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "ticketQueueEvents",
        "queueStatusChanged",
        "notificationAdded",
        "liveSupportStatus",
        "chatEvents",
      ]),
    );
    for (const field of fields) {
      expect({ field: field.name, codes: await refusal(null, field.document, field.variables) }).toEqual({
        field: field.name,
        codes: ["UNAUTHENTICATED"],
      });
    }
  });

  it("a customer gets FORBIDDEN at once on staff subscriptions, and on another customer's ticket", async () => {
    const customer = await system.token("customer");
    const fields = await subscriptionFields();
    for (const field of fields.filter((f) => STAFF_ONLY.includes(f.name))) {
      expect({ field: field.name, codes: await refusal(customer, field.document, field.variables) }).toEqual({
        field: field.name,
        codes: ["FORBIDDEN"],
      });
    }
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "IN_APP",
          subject: "Staking rewards missing",
          description: "My PROPX staking rewards did not arrive this month.",
        },
      },
      await system.token("customer", DEMO.otherCustomer.id),
    );
    const codes = await refusal(customer, `subscription($id: ID!) { ticketEvents(ticketId: $id) { __typename } }`, {
      id: created.data!.createTicket.id,
    });
    expect(codes).toEqual(["FORBIDDEN"]);
  });
});
