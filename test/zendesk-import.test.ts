/**
 * ZENDESK_MIGRATION_ENABLED: the importer of a Zendesk tickets export (test/fixtures/zendesk-export.json:
 * users, tickets, comments and audits as Zendesk's API returns them, Arabic and English). Imported
 * tickets are read back through the gateway; a second run creates nothing; a later export adds only
 * the new comments; the switch off refuses to run (the library call and `npm run import:zendesk`).
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../shared/config.js";
import {
  categoryFromTags,
  mapChannel,
  mapLocale,
  mapPriority,
  mapStatus,
  mapTags,
  parseZendeskExport,
} from "../scripts/zendesk/export.js";
import { importZendeskExport, ZendeskImportDisabledError, zendeskUuid } from "../scripts/zendesk/importer.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/zendesk-export.json", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TAG_MAP = { fees: "fee_clarifications" };

let system: TestSystem;
let admin: string;
let exportText: string;

beforeAll(async () => {
  exportText = await readFile(FIXTURE, "utf8");
  system = await startTestSystem({ env: { ZENDESK_MIGRATION_ENABLED: "true", SLA_SWEEP_INTERVAL_MS: "3600000" } });
  admin = await system.token("admin");
}, 60_000);

afterAll(async () => {
  await system?.close();
});

const counts = async () => {
  const [row] = await system.db.sql.query<{ tickets: number; messages: number; customers: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM "tickets"."tickets") AS tickets, (SELECT count(*)::int FROM "tickets"."messages") AS messages,
            (SELECT count(*)::int FROM "agents"."customers") AS customers, (SELECT count(*)::int FROM "tickets"."outbox_events") AS events`,
  );
  return row;
};

const importedId = async (zendeskId: number) => {
  const [row] = await system.db.sql.query<{ id: string }>(
    `SELECT "id" FROM "tickets"."tickets" WHERE "idempotencyKey" = $1`,
    [`zendesk:${zendeskId}`],
  );
  return row?.id;
};

const TICKET = `query($id: ID!) { ticket(id: $id) {
  number subject description channel status priority language needsTriage tags createdAt resolvedAt closedAt firstRespondedAt
  category { key } subcategory { key } assignedAgentId customer { id name email preferredLanguage }
  messages(first: 50) { edges { node { body internal authorRole authorId createdAt attachments { name url contentType size } } } }
} }`;

describe("Zendesk importer", () => {
  it("refuses to run while ZENDESK_MIGRATION_ENABLED is false, writing nothing", async () => {
    const before = await counts();
    const off = loadConfig({ ...system.env, ZENDESK_MIGRATION_ENABLED: "false" });
    await expect(importZendeskExport(parseZendeskExport(exportText), { db: system.db, config: off })).rejects.toThrow(
      ZendeskImportDisabledError,
    );
    expect(await counts()).toEqual(before);

    const run = await promisify(execFile)("npx", ["tsx", "scripts/import-zendesk.ts", FIXTURE], {
      cwd: ROOT,
      env: { ...process.env, ZENDESK_MIGRATION_ENABLED: "false", PGLITE_DIR: "memory://", DATABASE_URL: "" },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "The Zendesk importer is switched off: set ZENDESK_MIGRATION_ENABLED=true to import a Zendesk export (nothing was read or written).",
    );
  }, 60_000);

  it("imports tickets, comments and users with their times, statuses, priorities, tags and categories", async () => {
    const before = await counts();
    const report = await importZendeskExport(parseZendeskExport(exportText), {
      db: system.db,
      config: system.config,
      tagMap: TAG_MAP,
    });
    expect(report.tickets).toEqual({ imported: 5, alreadyImported: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ zendeskId: 50006, reason: "status deleted is not imported" }]);
    // Three new customers; Mohammed Al-Hashimi already has a profile (same email, other case).
    expect(report.customers.created).toBe(3);
    expect(report.messages.imported).toBe(3 + 3 + 2 + 1 + 1);
    const after = await counts();
    expect(after.tickets - before.tickets).toBe(5);
    expect(after.customers - before.customers).toBe(3);

    // Arabic, open, high priority, category from its tag, assigned to the agent with the same email.
    const arabic = (await system.request(TICKET, { id: await importedId(50001) }, admin)).data!.ticket;
    expect(arabic).toMatchObject({
      subject: "لم تصل رموز PROPX بعد الشراء",
      channel: "IN_APP",
      status: "OPEN",
      priority: "HIGH",
      language: "ar",
      needsTriage: false,
      category: { key: "investment_support" },
      subcategory: { key: "token_purchase_issues" },
      assignedAgentId: DEMO_AGENT_ID("omar.alfarsi@switchboard.example"),
      createdAt: "2026-11-29T06:12:40.000Z",
      firstRespondedAt: "2026-11-29T08:40:05.000Z",
      customer: {
        id: zendeskUuid("user", 361100001),
        name: "فاطمة المنصوري",
        email: "fatima.almansouri@example.ae",
        preferredLanguage: "ar",
      },
    });
    expect(arabic.number).toMatch(/^SB-\d+$/);
    expect(arabic.tags).toEqual(["zendesk", "propx", "token_purchase_issues", "marsa_dubai"]);
    expect(arabic.description).toContain("ORD-77812");
    const messages = arabic.messages.edges.map((e: any) => e.node);
    expect(messages.map((m: any) => [m.authorRole, m.internal])).toEqual([
      ["agent", false],
      ["agent", true],
      ["customer", false],
    ]);
    expect(messages[0].body).toContain("شبكة Polygon");
    expect(messages[2]).toMatchObject({
      authorId: zendeskUuid("user", 361100001),
      createdAt: "2026-11-30T10:05:12.000Z",
      attachments: [{ name: "wallet-screenshot.png", contentType: "image/png", size: 184233 }],
    });

    // Solved by email; comments and the status timeline from the audits.
    const solved = (await system.request(TICKET, { id: await importedId(50002) }, admin)).data!.ticket;
    expect(solved).toMatchObject({
      status: "RESOLVED",
      channel: "EMAIL",
      priority: "MEDIUM",
      language: "en",
      resolvedAt: "2026-11-22T15:45:00.000Z",
    });
    expect(solved.messages.edges.map((e: any) => e.node.body)).toEqual([
      expect.stringContaining("source-of-funds check"),
      "Yes, the Emirates NBD account is in my name, IBAN ending 4471.",
      expect.stringContaining("7,500 AED was released today"),
    ]);
    expect(solved.needsTriage || solved.category !== null).toBe(true);

    const closed = (await system.request(TICKET, { id: await importedId(50003) }, admin)).data!.ticket;
    expect(closed).toMatchObject({
      status: "CLOSED",
      channel: "CHAT",
      priority: "LOW",
      subcategory: { key: "dividend_inquiries" },
      closedAt: "2026-10-09T08:00:00.000Z",
      assignedAgentId: null,
    });

    // Pending KYC ticket of an existing customer: no Zendesk priority → the category's default; hyphenated tag.
    const kyc = (await system.request(TICKET, { id: await importedId(50004) }, admin)).data!.ticket;
    expect(kyc).toMatchObject({
      status: "PENDING",
      customer: { id: DEMO.customer.id },
      category: { key: "account_support" },
      subcategory: { key: "kyc_verification" },
      priority: "MEDIUM",
    });
    const kycCategory = await system.request(`{ ticketCategories { key defaultPriority } }`, {}, admin);
    expect(kyc.priority).toBe(
      kycCategory.data!.ticketCategories.find((c: any) => c.key === "account_support").defaultPriority,
    );

    // On hold, category from the caller's tag map; the private note stays internal.
    const fees = (await system.request(TICKET, { id: await importedId(50005) }, admin)).data!.ticket;
    expect(fees).toMatchObject({
      status: "ON_HOLD",
      language: "ar",
      subcategory: { key: "fee_clarifications" },
      category: { key: "billing_support" },
    });
    expect(fees.messages.edges.map((e: any) => e.node.internal)).toEqual([true]);

    // The customer sees their imported tickets, without internal notes.
    const fatima = await system.token("customer", zendeskUuid("user", 361100001));
    const own = await system.request(
      `query($id: ID!) { ticket(id: $id) { status messages(first: 50) { edges { node { internal } } } } }`,
      { id: await importedId(50001) },
      fatima,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.ticket.messages.edges.map((e: any) => e.node.internal)).toEqual([false, false]);
  }, 60_000);

  it("is idempotent: the same export again creates nothing; a later export adds only the new comments", async () => {
    const before = await counts();
    const again = await importZendeskExport(parseZendeskExport(exportText), {
      db: system.db,
      config: system.config,
      tagMap: TAG_MAP,
    });
    expect(again.tickets).toEqual({ imported: 0, alreadyImported: 5, skipped: 1 });
    expect(again.messages.imported).toBe(0);
    expect(again.customers.created).toBe(0);
    expect(await counts()).toEqual(before);

    const later = JSON.parse(exportText);
    later.comments["50001"].push({
      id: 910000105,
      type: "Comment",
      author_id: 361200001,
      body: "وصلت الرموز إلى محفظتك الآن، نعتذر عن التأخير.",
      public: true,
      attachments: [],
      created_at: "2026-12-01T06:00:00Z",
    });
    const update = await importZendeskExport(parseZendeskExport(JSON.stringify(later)), {
      db: system.db,
      config: system.config,
      tagMap: TAG_MAP,
    });
    expect(update.tickets.imported).toBe(0);
    expect(update.messages.imported).toBe(1);
    const after = await counts();
    expect(after).toEqual({ ...before, messages: before.messages + 1 });
  }, 60_000);
});

function DEMO_AGENT_ID(email: string): string {
  const agent = DEMO_AGENTS.find((a) => a.email === email);
  if (!agent) throw new Error(`no demo agent ${email}`);
  return agent.id;
}

describe("Zendesk export shapes and value mapping", () => {
  it("reads newline-delimited exports with embedded comments and users", () => {
    const ndjson = [
      JSON.stringify({
        id: 7,
        subject: "Wallet",
        description: "MetaMask will not connect",
        status: "new",
        priority: "urgent",
        requester_id: 1,
        tags: [],
        via: { channel: "web" },
        created_at: "2026-01-01T00:00:00Z",
        comments: [
          { id: 2, author_id: 1, body: "later", public: true, created_at: "2026-01-01T01:00:00Z" },
          { id: 1, author_id: 1, body: "MetaMask will not connect", public: true, created_at: "2026-01-01T00:00:00Z" },
        ],
      }),
      JSON.stringify({ users: [{ id: 1, name: "Aisha", role: "end-user", locale: "ur-PK" }] }),
    ].join("\n");
    const parsed = parseZendeskExport(ndjson);
    expect(parsed.tickets.map((t) => t.id)).toEqual([7]);
    expect(parsed.comments.get(7)!.map((c) => c.id)).toEqual([1, 2]);
    expect(parsed.users.get(1)!.name).toBe("Aisha");
    expect(() => parseZendeskExport("{not json\n")).toThrow(/Line 1 is not JSON/);
    expect(() => parseZendeskExport(JSON.stringify({ tickets: [{ id: 1 }] }))).toThrow(/Not a Zendesk ticket/);
  });

  it("maps statuses, priorities, channels, locales, tags and categories", () => {
    expect(["new", "open", "pending", "hold", "solved", "closed", "deleted"].map(mapStatus)).toEqual([
      "OPEN",
      "OPEN",
      "PENDING",
      "ON_HOLD",
      "RESOLVED",
      "CLOSED",
      null,
    ]);
    expect(["low", "normal", "high", "urgent", null].map(mapPriority)).toEqual([
      "LOW",
      "MEDIUM",
      "HIGH",
      "URGENT",
      null,
    ]);
    expect(
      [{ channel: "email" }, { channel: "native_messaging" }, { channel: "voice" }, { channel: "whatsapp" }, null].map(
        mapChannel,
      ),
    ).toEqual(["EMAIL", "CHAT", "PHONE", "SOCIAL", "IN_APP"]);
    expect(["ar", "en-GB", "hi", "ur-PK", "fr", null].map(mapLocale)).toEqual(["ar", "en", "hi", "ur", null, null]);
    expect(mapTags(["VIP Customer", "propx", "propx", "zendesk"])).toEqual(["zendesk", "vip_customer", "propx"]);
    const categories = new Map<string, string | null>([
      ["technical_support", null],
      ["staking_support", "investment_support"],
      ["investment_support", null],
    ]);
    expect(categoryFromTags(["technical_support", "staking-support"], categories)).toBe("staking_support");
    expect(categoryFromTags(["technical_support"], categories)).toBe("technical_support");
    expect(categoryFromTags(["stake"], categories, { stake: "staking_support" })).toBe("staking_support");
    expect(categoryFromTags(["unknown"], categories)).toBeNull();
  });
});
