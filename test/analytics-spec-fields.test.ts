/**
 * Issue 13.8 (analytics part) through the gateway: the live support status says, for each
 * configured integration, whether it can be reached right now (local receivers stand in for Slack, Teams,
 * SMTP, Salesforce and translators; a closed port stands in for one that is down). The feedback
 * fields and trends of 13.8 are in analytics-regressions.test.ts (default configuration).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let http: Server;
let smtp: TcpServer;
const received: { method: string; url: string }[] = [];
let closedPort: number;

async function listen(server: Server | TcpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  http = createHttpServer((request: IncomingMessage, response) => {
    received.push({ method: request.method ?? "", url: request.url ?? "" });
    request.resume();
    response.writeHead(request.method === "HEAD" ? 405 : 404).end();
  });
  const httpPort = await listen(http);
  smtp = createTcpServer((socket) => {
    socket.on("error", () => undefined);
    socket.end("220 localhost ESMTP\r\n");
  });
  const smtpPort = await listen(smtp);
  // A port nobody listens on: bind, read the number, close.
  const probe = createTcpServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  const base = `http://127.0.0.1:${httpPort}`;
  system = await startTestSystem({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SLACK_WEBHOOK_URL: `${base}/services/T000/B000/slack`,
      TEAMS_WEBHOOK_URL: `http://127.0.0.1:${closedPort}/teams`,
      TRANSLATOR_URL: `${base}/translate`,
      TRANSLATION_PROVIDERS: `backup=http://127.0.0.1:${closedPort}/`,
      SALESFORCE_INTEGRATION_ENABLED: "true",
      SALESFORCE_LOGIN_URL: base,
      SALESFORCE_CLIENT_ID: "switchboard-test",
      SALESFORCE_CLIENT_SECRET: "switchboard-test-secret",
    },
  });
});

afterAll(async () => {
  http?.closeAllConnections();
  await system?.close();
  http?.closeAllConnections();
  await new Promise((resolve) => http?.close(resolve));
  await new Promise((resolve) => smtp?.close(resolve));
});

describe("live support status (13.8)", () => {
  it("reports response time, every subgraph's health and whether each configured integration is reachable", async () => {
    const result = await system.request(
      `{ liveSupportStatus { responseTimeSeconds systemStatus { name status } integrations { name status } } }`,
      {},
      await system.token("supervisor"),
    );
    expect(result.errors).toBeUndefined();
    const status = result.data!.liveSupportStatus;
    expect(status).toHaveProperty("responseTimeSeconds");
    expect(status.systemStatus).toEqual(
      ["tickets", "chat", "knowledge", "agents", "analytics"].map((name) => ({ name, status: "UP" })),
    );
    const integrations = Object.fromEntries(
      status.integrations.map((i: { name: string; status: string }) => [i.name, i.status]),
    );
    expect(integrations).toMatchObject({
      in_app: "UP",
      email: "UP",
      slack: "UP",
      teams: "DOWN",
      salesforce: "UP",
      translator: "UP",
      "translator:backup": "DOWN",
      typesense: process.env.TYPESENSE_URL ? expect.any(String) : "NOT_CONFIGURED",
    });
    // Reachability asks without posting anything to a webhook.
    expect(received.some((r) => r.method === "HEAD" && r.url === "/services/T000/B000/slack")).toBe(true);
    expect(received.filter((r) => r.url.startsWith("/services/T000")).every((r) => r.method === "HEAD")).toBe(true);
  });
});
