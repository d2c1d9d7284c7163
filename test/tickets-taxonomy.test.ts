/**
 * The specification's ticket taxonomy through the gateway: categories, subcategories, priorities,
 * SLA hours and named escalation tiers; `priority = priority_override || category.priority`;
 * customers may not raise priority; categorising a triaged ticket recomputes priority and SLA as
 * creation does; escalation routes to the category's specialist tier; specializations are
 * category keys; a ticket written by any path is swept.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInternalClient } from "../shared/internal-client.js";
import { createLogger } from "../shared/logger.js";
import type { SubgraphName } from "../shared/config.js";
import type { SubgraphServices } from "../shared/context.js";
import { sweepOnce } from "../subgraphs/tickets/sla-sweep.js";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

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

const TICKET_FIELDS = "id priority category { key } subcategory { key } needsTriage escalationTier sla { slaHours }";
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;

async function newTicket(input: Record<string, unknown>, token = customer) {
  const result = await system.request(
    CREATE,
    {
      input: {
        channel: "IN_APP",
        subject: "Help please",
        description: "Something is wrong with my account.",
        ...input,
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket as {
    id: string;
    priority: string;
    category: { key: string } | null;
    subcategory: { key: string } | null;
    sla: { slaHours: number };
  };
}

describe("ticket categories", () => {
  it("are the specification's five, each with its five subcategories, priority, SLA hours and tier", async () => {
    const result = await system.request(
      `{ ticketCategories { key defaultPriority slaHours escalationTier subcategories { key defaultPriority slaHours escalationTier } } }`,
      {},
      agent,
    );
    expect(result.errors).toBeUndefined();
    const byKey = Object.fromEntries((result.data!.ticketCategories as any[]).map((c) => [c.key, c]));
    expect(Object.keys(byKey).sort()).toEqual([
      "account_support",
      "billing_support",
      "compliance_support",
      "investment_support",
      "technical_support",
    ]);
    expect(byKey.investment_support).toMatchObject({
      defaultPriority: "MEDIUM",
      slaHours: 4,
      escalationTier: "investment_specialist",
    });
    expect(byKey.technical_support).toMatchObject({
      defaultPriority: "HIGH",
      slaHours: 2,
      escalationTier: "technical_specialist",
    });
    expect(byKey.account_support).toMatchObject({
      defaultPriority: "MEDIUM",
      slaHours: 6,
      escalationTier: "account_specialist",
    });
    expect(byKey.compliance_support).toMatchObject({
      defaultPriority: "HIGH",
      slaHours: 4,
      escalationTier: "compliance_specialist",
    });
    expect(byKey.billing_support).toMatchObject({
      defaultPriority: "HIGH",
      slaHours: 3,
      escalationTier: "billing_specialist",
    });
    expect(byKey.account_support.subcategories.map((s: { key: string }) => s.key).sort()).toEqual(
      ["2fa_assistance", "account_security", "document_upload_help", "kyc_verification", "profile_updates"].sort(),
    );
    expect(byKey.investment_support.subcategories.map((s: { key: string }) => s.key)).toContain(
      "token_purchase_issues",
    );
    expect(byKey.technical_support.subcategories.map((s: { key: string }) => s.key)).toContain(
      "wallet_connection_problems",
    );
    expect(byKey.compliance_support.subcategories.map((s: { key: string }) => s.key)).toContain("legal_clarifications");
    expect(byKey.billing_support.subcategories.map((s: { key: string }) => s.key)).toContain("fee_clarifications");
  });
});

describe("priority and SLA at creation", () => {
  it("takes the category's priority and SLA hours unless overridden", async () => {
    const ticket = await newTicket({ categoryKey: "2fa_assistance" });
    expect(ticket).toMatchObject({
      priority: "MEDIUM",
      category: { key: "account_support" },
      subcategory: { key: "2fa_assistance" },
      sla: { slaHours: 6 },
    });
    const lowered = await newTicket({ categoryKey: "fee_clarifications", priorityOverride: "MEDIUM" });
    expect(lowered).toMatchObject({ priority: "MEDIUM", category: { key: "billing_support" }, sla: { slaHours: 4 } });
    const raisedByStaff = await newTicket(
      { categoryKey: "kyc_verification", priorityOverride: "URGENT", customerId: DEMO.customer.id },
      agent,
    );
    expect(raisedByStaff).toMatchObject({ priority: "URGENT", sla: { slaHours: 1 } });
  });

  it("refuses a customer raising their own ticket's priority, and writes nothing", async () => {
    const before = await system.db.prisma.ticket.count();
    for (const [categoryKey, priorityOverride] of [
      ["2fa_assistance", "URGENT"],
      ["2fa_assistance", "HIGH"],
      ["payment_issues", "URGENT"],
    ]) {
      const result = await system.request(
        CREATE,
        {
          input: {
            channel: "IN_APP",
            subject: "Urgent!!",
            description: "Please hurry.",
            categoryKey,
            priorityOverride,
          },
        },
        customer,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "priorityOverride" });
    }
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });

  it("refuses unknown category keys, old ones included", async () => {
    for (const categoryKey of ["account_management", "payment_failed", "nope"]) {
      const result = await system.request(
        CREATE,
        { input: { channel: "IN_APP", subject: "x", description: "y", categoryKey } },
        customer,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "categoryKey" });
    }
  });
});

describe("categorising a triaged ticket", () => {
  const UPDATE = `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ${TICKET_FIELDS} } }`;

  /** The classifier's triage outcome: no category, the uncategorised priority and SLA. */
  async function triaged(input: Record<string, unknown> = {}) {
    const ticket = await newTicket({ categoryKey: "profile_updates", ...input });
    await system.db.prisma.ticket.update({
      where: { id: ticket.id },
      data: {
        categoryKey: null,
        subcategoryKey: null,
        needsTriage: true,
        priority: (input.priorityOverride as "LOW") ?? "MEDIUM",
        slaHours: 4,
      },
    });
    return ticket;
  }

  it("recomputes priority and SLA as creation would", async () => {
    const ticket = await triaged();
    const result = await system.request(
      UPDATE,
      { input: { ticketId: ticket.id, categoryKey: "payment_issues" } },
      agent,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateTicket).toMatchObject({
      needsTriage: false,
      priority: "HIGH",
      category: { key: "billing_support" },
      subcategory: { key: "payment_issues" },
      sla: { slaHours: 3 },
    });
    const history = await system.db.prisma.ticketHistoryEntry.findMany({
      where: { ticketId: ticket.id, action: "priority_changed" },
    });
    expect(history.map((h) => [h.oldValue, h.newValue])).toEqual([["MEDIUM", "HIGH"]]);
  });

  it("keeps the customer's override", async () => {
    const ticket = await triaged({ priorityOverride: "LOW" });
    const result = await system.request(
      UPDATE,
      { input: { ticketId: ticket.id, categoryKey: "technical_support" } },
      agent,
    );
    expect(result.data!.updateTicket).toMatchObject({
      priority: "LOW",
      category: { key: "technical_support" },
      sla: { slaHours: 4 },
    });
  });
});

describe("escalation", () => {
  it("routes to the category's specialist tier, and only agents holding it may take the ticket", async () => {
    const ticket = await newTicket({ categoryKey: "refund_requests" });
    const result = await system.request(
      `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { status escalationTier } }`,
      { input: { ticketId: ticket.id, reason: "Refund over the limit" } },
      agent,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.escalateTicket).toEqual({ status: "ESCALATED", escalationTier: "billing_specialist" });
    const item = await eventually(async () => {
      const rows = await system.db.sql.query<{ requiredTier: string | null; agentId: string | null }>(
        `SELECT "requiredTier", "agentId" FROM "agents"."work_items" WHERE "itemId" = $1::uuid AND "requiredTier" IS NOT NULL`,
        [ticket.id],
      );
      return rows[0];
    });
    expect(item.requiredTier).toBe("billing_specialist");
    if (item.agentId) {
      const holder = await system.db.prisma.agent.findUniqueOrThrow({ where: { id: item.agentId } });
      expect(holder.escalationTiers).toContain("billing_specialist");
    }
  });
});

describe("agents' specializations and tiers", () => {
  const CREATE_AGENT = `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id specializations escalationTiers } }`;

  it("are the specification's category keys and named tiers", async () => {
    const ok = await system.request(
      CREATE_AGENT,
      {
        input: {
          email: `spec-${randomUUID()}@example.com`,
          displayName: "Spec Agent",
          languages: ["en"],
          specializations: ["compliance_support"],
          escalationTiers: ["compliance_specialist"],
        },
      },
      admin,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createAgent).toMatchObject({
      specializations: ["compliance_support"],
      escalationTiers: ["compliance_specialist"],
    });
    const before = await system.db.prisma.agent.count();
    const unknown = await system.request(
      CREATE_AGENT,
      {
        input: {
          email: `bad-${randomUUID()}@example.com`,
          displayName: "Bad Agent",
          languages: ["en"],
          specializations: ["compliance"],
        },
      },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "specializations" });
    const badTier = await system.request(
      CREATE_AGENT,
      {
        input: {
          email: `bad-${randomUUID()}@example.com`,
          displayName: "Bad Agent",
          languages: ["en"],
          escalationTiers: ["tier_2"],
        },
      },
      admin,
    );
    expect(badTier.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "escalationTiers" });
    expect(await system.db.prisma.agent.count()).toBe(before);
  });
});

describe("SLA sweep of tickets written outside intake", () => {
  it("sweeps a ticket inserted without an SLA check time (seed, import, SQL) and escalates it when breached", async () => {
    const id = randomUUID();
    const createdAt = new Date(Date.now() - 7 * 24 * 3600_000);
    await system.db.sql.query(
      `INSERT INTO "tickets"."tickets" ("id", "subject", "description", "channel", "status", "priority", "language", "categoryKey", "subcategoryKey", "tags", "customerId", "slaHours", "createdAt", "updatedAt")
       VALUES ($1::uuid, 'Imported', 'Imported from another help desk', 'EMAIL', 'OPEN', 'HIGH', 'en', 'billing_support', 'payment_issues', '{}', $2::uuid, 3, $3, $3)`,
      [id, DEMO.customer.id, createdAt],
    );
    await system.db.sql.query(
      `INSERT INTO "tickets"."status_changes" ("id", "ticketId", "status", "at") VALUES (gen_random_uuid(), $1::uuid, 'OPEN', $2)`,
      [id, createdAt],
    );
    const row = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } });
    expect(row.slaCheckAt).not.toBeNull();

    const urlOf = (subgraph: SubgraphName) => system.subgraphs[subgraph]!.url;
    const services: SubgraphServices = {
      config: system.config,
      db: system.db,
      pubsub: system.pubsub,
      logger: createLogger("silent"),
      internal: createInternalClient({ serviceName: "tickets", secret: system.config.INTERNAL_SECRET, urlOf }),
    };
    let escalated: string[] = [];
    for (let round = 0; round < 20 && !escalated.includes(id); round++)
      escalated = [...escalated, ...(await sweepOnce(services, new Date(), 500)).escalated];
    expect(escalated).toContain(id);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } })).escalationTier).toBe(
      "billing_specialist",
    );
  });
});
