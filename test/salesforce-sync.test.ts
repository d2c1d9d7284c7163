/**
 * SALESFORCE_INTEGRATION_ENABLED=true: tickets are mirrored as Salesforce Cases through the REST
 * API's shape, against a local HTTP receiver that behaves like Salesforce and checks each request
 * (OAuth token endpoint, bearer token, the versioned sobjects path, External Id upsert, field
 * values). Failures are retried with backoff; an expired session gets a new token; repeated syncs
 * update the one Case instead of creating another.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../shared/config.js";
import {
  caseFields,
  caseMapping,
  createSalesforceClient,
  DEFAULT_CASE_PRIORITY,
  parseMapping,
  SalesforceError,
} from "../subgraphs/tickets/integrations/salesforce.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

const CLIENT_ID = "3MVG9switchboard.test.client";
const CLIENT_SECRET = "A1B2C3D4E5F6-test-secret";
const EXTERNAL_ID_FIELD = "Switchboard_Ticket_Number__c";

interface SalesforceCase {
  Id: string;
  externalId: string;
  fields: Record<string, unknown>;
  writes: number;
}

/** A small Salesforce: issues tokens, keeps Cases by External Id, can fail or expire sessions on demand. */
class FakeSalesforce {
  server!: Server;
  url = "";
  cases = new Map<string, SalesforceCase>();
  tokenRequests: URLSearchParams[] = [];
  problems: string[] = [];
  validTokens = new Set<string>();
  failNext = 0;
  private sequence = 0;

  async start() {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const reply = (status: number, payload?: unknown) => {
          response.writeHead(status, payload === undefined ? {} : { "content-type": "application/json" });
          response.end(payload === undefined ? undefined : JSON.stringify(payload));
        };
        try {
          this.handle(request, body, reply);
        } catch (error) {
          this.problems.push(String(error));
          reply(500, [{ errorCode: "UNKNOWN_EXCEPTION", message: String(error) }]);
        }
      });
    });
    const port = await new Promise<number>((resolve) =>
      this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as AddressInfo).port)),
    );
    this.url = `http://127.0.0.1:${port}`;
  }

  private handle(request: IncomingMessage, body: string, reply: (status: number, payload?: unknown) => void) {
    const url = new URL(request.url ?? "/", this.url);
    if (url.pathname === "/services/oauth2/token") {
      if (request.method !== "POST") return reply(405);
      if (!String(request.headers["content-type"]).startsWith("application/x-www-form-urlencoded"))
        this.problems.push("token request is not form-encoded");
      const form = new URLSearchParams(body);
      this.tokenRequests.push(form);
      if (
        form.get("grant_type") !== "client_credentials" ||
        form.get("client_id") !== CLIENT_ID ||
        form.get("client_secret") !== CLIENT_SECRET
      ) {
        return reply(400, { error: "invalid_client", error_description: "invalid client credentials" });
      }
      const token = `00Dxx0000001gPL!token-${++this.sequence}`;
      this.validTokens.add(token);
      return reply(200, {
        access_token: token,
        instance_url: this.url,
        id: `${this.url}/id/00Dxx0000001gPL/005xx000001Sv6e`,
        token_type: "Bearer",
        issued_at: String(Date.now()),
        signature: "c2lnbmF0dXJl",
      });
    }
    const match = /^\/services\/data\/v(\d+\.\d)\/sobjects\/Case\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      this.problems.push(`unexpected ${request.method} ${url.pathname}`);
      return reply(404, [{ errorCode: "NOT_FOUND", message: "The requested resource does not exist" }]);
    }
    const [, version, field, rawValue] = match;
    const auth = String(request.headers.authorization ?? "");
    if (!auth.startsWith("Bearer ") || !this.validTokens.has(auth.slice(7)))
      return reply(401, [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
    if (this.failNext > 0) {
      this.failNext--;
      return reply(503, [{ errorCode: "SERVER_UNAVAILABLE", message: "Service temporarily unavailable" }]);
    }
    if (request.method !== "PATCH") this.problems.push(`Case written with ${request.method}, not PATCH (upsert)`);
    if (version !== "60.0") this.problems.push(`API version ${version}`);
    if (field !== EXTERNAL_ID_FIELD) this.problems.push(`External Id field ${field}`);
    if (!String(request.headers["content-type"]).startsWith("application/json"))
      this.problems.push("Case body is not JSON");
    const fields = JSON.parse(body) as Record<string, unknown>;
    if (EXTERNAL_ID_FIELD in fields) this.problems.push("External Id repeated in the body");
    for (const [name, allowed] of Object.entries({
      Status: ["New", "Working", "Escalated", "Closed"],
      Priority: ["Low", "Medium", "High"],
      Origin: ["Phone", "Email", "Web"],
    })) {
      if (!allowed.includes(fields[name] as string))
        return reply(400, [
          {
            errorCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            message: `bad value for restricted picklist field: ${fields[name]}`,
            fields: [name],
          },
        ]);
    }
    const externalId = decodeURIComponent(rawValue);
    const existing = this.cases.get(externalId);
    if (existing) {
      existing.fields = { ...existing.fields, ...fields };
      existing.writes++;
      return reply(200, { id: existing.Id, success: true, errors: [], created: false });
    }
    const created: SalesforceCase = {
      Id: `500xx000000${String(++this.sequence).padStart(4, "0")}AAA`,
      externalId,
      fields,
      writes: 1,
    };
    this.cases.set(externalId, created);
    return reply(201, { id: created.Id, success: true, errors: [], created: true });
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const salesforce = new FakeSalesforce();
let system: TestSystem;
let customer: string;
let agent: string;
let admin: string;

beforeAll(async () => {
  await salesforce.start();
  system = await startTestSystem({
    env: {
      SALESFORCE_INTEGRATION_ENABLED: "true",
      SALESFORCE_LOGIN_URL: salesforce.url,
      SALESFORCE_CLIENT_ID: CLIENT_ID,
      SALESFORCE_CLIENT_SECRET: CLIENT_SECRET,
      SALESFORCE_CATEGORY_FIELD: "Switchboard_Category__c",
      NOTIFICATION_RETRY_BASE_MS: "50",
      NOTIFICATION_MAX_ATTEMPTS: "5",
      SLA_SWEEP_INTERVAL_MS: "3600000",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
    },
  });
  customer = await system.token("customer");
  agent = await system.token("agent");
  admin = await system.token("admin");
}, 60_000);

afterAll(async () => {
  await system?.close();
  await salesforce.close();
});

async function newTicket(subject: string, description: string, categoryKey = "payment_issues") {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
    { input: { channel: "EMAIL", subject, description, categoryKey } },
    customer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket as { id: string; number: string };
}

const syncs = async (_ticketId: string) => {
  const result = await system.request(
    `{ notificationDeliveries(first: 100, channel: "SALESFORCE") { edges { node { id eventType status attempts lastError } } } }`,
    {},
    admin,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.notificationDeliveries.edges.map((e: any) => e.node) as {
    id: string;
    eventType: string;
    status: string;
    attempts: number;
    lastError: string | null;
  }[];
};

describe("Salesforce Cases sync", () => {
  it("creates one Case per ticket by External Id upsert, then keeps its status and priority in step", async () => {
    const ticket = await newTicket(
      "Bank transfer not credited",
      "I sent 12,000 AED by bank transfer on Sunday and my NexVestXR wallet still shows zero.",
    );
    const created = await eventually(async () => salesforce.cases.get(ticket.number), 10_000);
    expect(created.fields).toMatchObject({
      Subject: "Bank transfer not credited",
      Description: expect.stringContaining("12,000 AED"),
      Status: "New",
      Origin: "Email",
      IsEscalated: false,
      SuppliedEmail: expect.stringContaining("@"),
      Switchboard_Category__c: "payment_issues",
    });
    expect(["Medium", "High"]).toContain(created.fields.Priority);
    expect(salesforce.tokenRequests[0].get("grant_type")).toBe("client_credentials");

    const escalated = await system.request(
      `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { priority } }`,
      { input: { ticketId: ticket.id, reason: "Bank trace needed" } },
      agent,
    );
    expect(escalated.errors).toBeUndefined();
    await eventually(async () => salesforce.cases.get(ticket.number)?.fields.Status === "Escalated", 10_000);
    expect(salesforce.cases.get(ticket.number)!.fields.IsEscalated).toBe(true);
    expect(salesforce.cases.get(ticket.number)!.fields.Priority).toBe(
      escalated.data!.escalateTicket.priority === "MEDIUM" ? "Medium" : "High",
    );

    const resolved = await system.request(
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { status } }`,
      { input: { ticketId: ticket.id } },
      agent,
    );
    expect(resolved.errors).toBeUndefined();
    await eventually(async () => salesforce.cases.get(ticket.number)?.fields.Status === "Closed", 10_000);

    // Still exactly one Case for the ticket, written several times; every request had the right shape.
    expect([...salesforce.cases.values()].filter((c) => c.externalId === ticket.number)).toHaveLength(1);
    expect(salesforce.cases.get(ticket.number)!.writes).toBeGreaterThanOrEqual(3);
    expect(salesforce.problems).toEqual([]);
    const delivered = await eventually(async () => {
      const rows = await syncs(ticket.id);
      return rows.filter((r) => r.status === "DELIVERED").length >= 3 ? rows : null;
    }, 10_000);
    // One pending sync per ticket carries every change made before it goes out (queueCaseSync), so
    // which later event names a row depends on timing; the Case states above are what must hold.
    expect(delivered.map((r) => r.eventType)).toContain("ticket.created");
    expect(delivered.filter((r) => r.status === "FAILED")).toEqual([]);
  });

  it("a category or priority changed by staff reaches the Case", async () => {
    const ticket = await newTicket(
      "Question about fees",
      "What is the fee for selling PROPX tokens on the secondary market?",
      "fee_clarifications",
    );
    await eventually(async () => salesforce.cases.get(ticket.number), 10_000);
    const updated = await system.request(
      `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { priority } }`,
      { input: { ticketId: ticket.id, priority: "LOW" } },
      agent,
    );
    expect(updated.errors).toBeUndefined();
    await eventually(async () => salesforce.cases.get(ticket.number)?.fields.Priority === "Low", 10_000);
  });

  it("retries with backoff while Salesforce is unavailable, and fetches a new token when the session expires", async () => {
    // The earlier tests' syncs are done, so the two failures land on this ticket's syncs (its
    // ticket.created and ticket.assigned run side by side: either may take them).
    const earlier = await eventually(async () => {
      const all = await syncs("");
      return all.every((r) => r.status === "DELIVERED" || r.status === "FAILED") ? all : null;
    }, 15_000);
    const seen = new Set(earlier.map((r) => r.id));
    salesforce.failNext = 2;
    const ticket = await newTicket("Withdrawal stuck", "My withdrawal of 3,000 AED has been pending since Tuesday.");
    const synced = await eventually(async () => salesforce.cases.get(ticket.number), 15_000);
    expect(synced.fields.Status).toBe("New");
    const rows = await eventually(async () => {
      const mine = (await syncs(ticket.id)).filter((r) => !seen.has(r.id));
      const retried = mine.reduce((sum, r) => sum + r.attempts - 1, 0);
      return retried >= 2 && mine.every((r) => r.status === "DELIVERED") ? mine : null;
    }, 10_000);
    expect(rows.every((r) => r.lastError === null)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(rows.length + 2);

    // Salesforce revokes every session: the next sync gets a 401, asks for a token again and succeeds.
    const tokensBefore = salesforce.tokenRequests.length;
    salesforce.validTokens.clear();
    const resolved = await system.request(
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { status } }`,
      { input: { ticketId: ticket.id } },
      agent,
    );
    expect(resolved.errors).toBeUndefined();
    await eventually(async () => salesforce.cases.get(ticket.number)?.fields.Status === "Closed", 10_000);
    expect(salesforce.tokenRequests.length).toBe(tokensBefore + 1);
    expect(salesforce.problems).toEqual([]);
  });
});

describe("Salesforce client errors", () => {
  it("reports refused credentials and refused fields with Salesforce's own error codes", async () => {
    const badSecret = createSalesforceClient(
      loadConfig({
        SALESFORCE_INTEGRATION_ENABLED: "true",
        SALESFORCE_LOGIN_URL: salesforce.url,
        SALESFORCE_CLIENT_ID: CLIENT_ID,
        SALESFORCE_CLIENT_SECRET: "wrong",
      }),
    );
    await expect(badSecret.upsertCase("SB-19999", { Subject: "x" })).rejects.toThrow(/HTTP 400.*invalid_client/);
    const client = createSalesforceClient(
      loadConfig({
        SALESFORCE_INTEGRATION_ENABLED: "true",
        SALESFORCE_LOGIN_URL: salesforce.url,
        SALESFORCE_CLIENT_ID: CLIENT_ID,
        SALESFORCE_CLIENT_SECRET: CLIENT_SECRET,
      }),
    );
    const refused = client.upsertCase("SB-19998", { Subject: "x", Status: "Open", Priority: "Low", Origin: "Web" });
    await expect(refused).rejects.toBeInstanceOf(SalesforceError);
    await expect(refused).rejects.toThrow(/HTTP 400\): INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST/);
    expect(salesforce.cases.has("SB-19998")).toBe(false);
  });
});

describe("Salesforce configuration and mapping", () => {
  it("refuses to start enabled without the connected app's credentials, naming the variable", () => {
    expect(() => loadConfig({ SALESFORCE_INTEGRATION_ENABLED: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ SALESFORCE_INTEGRATION_ENABLED: "true", SALESFORCE_CLIENT_ID: "x" })).toThrow(
      /SALESFORCE_CLIENT_SECRET/,
    );
    expect(() => loadConfig({ SALESFORCE_API_VERSION: "latest" })).toThrow(/SALESFORCE_API_VERSION/);
    expect(() => loadConfig({ SALESFORCE_EXTERNAL_ID_FIELD: "Ticket Number" })).toThrow(/SALESFORCE_EXTERNAL_ID_FIELD/);
    expect(loadConfig({}).SALESFORCE_INTEGRATION_ENABLED).toBe(false);
  });

  it("maps statuses and priorities with operator overrides, and refuses unknown keys", () => {
    expect(parseMapping("URGENT=Critical, low = Lowest", DEFAULT_CASE_PRIORITY, "SALESFORCE_PRIORITY_MAP")).toEqual({
      LOW: "Lowest",
      MEDIUM: "Medium",
      HIGH: "High",
      URGENT: "Critical",
    });
    expect(() => parseMapping("SEVERE=High", DEFAULT_CASE_PRIORITY, "SALESFORCE_PRIORITY_MAP")).toThrow(
      /SALESFORCE_PRIORITY_MAP/,
    );
    const mapping = caseMapping(loadConfig({ SALESFORCE_STATUS_MAP: "ON_HOLD=On Hold" }));
    const base = {
      number: 48,
      subject: "s",
      description: "d",
      channel: "CHAT",
      customerEmail: null,
      escalatedAt: null,
      categoryKey: "billing_support",
      subcategoryKey: null,
    } as const;
    expect(caseFields({ ...base, status: "ON_HOLD", priority: "URGENT" }, mapping)).toMatchObject({
      Status: "On Hold",
      Priority: "High",
      Origin: "Web",
      IsEscalated: false,
    });
    expect(caseFields({ ...base, status: "AUTO_RESOLVED", priority: "LOW" }, mapping)).toMatchObject({
      Status: "Closed",
      Priority: "Low",
    });
    expect(caseFields({ ...base, status: "OPEN", priority: "LOW" }, mapping)).not.toHaveProperty("SuppliedEmail");
  });
});
