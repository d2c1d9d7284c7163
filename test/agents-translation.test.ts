/**
 * Language routing with a translator configured (TRANSLATOR_URL → a stand-in LibreTranslate
 * server): a conversation nobody speaks goes to the best available agent, flagged for
 * translation that is now available, and `translateText` goes through the provider.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInternalClient, type InternalClient } from "../subgraphs/common/internal-client.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let service: InternalClient;
let translator: Server;
const calls: { q: string; source: string; target: string }[] = [];

beforeAll(async () => {
  translator = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw);
      calls.push(body);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ translatedText: `<${body.target}>${body.q}` }));
    });
  });
  await new Promise<void>((resolve) => translator.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(translator.address() as AddressInfo).port}`;
  system = await startTestSystem({ env: { TRANSLATOR_URL: url, REDIS_URL: undefined } }); // in-process bus: no events from other suites
  service = createInternalClient({ serviceName: "test", secret: system.config.INTERNAL_SECRET, urlOf: (n) => system.subgraphs[n]!.url });
});

afterAll(async () => {
  await system?.close();
  await new Promise<void>((resolve) => translator.close(() => resolve()));
});

describe("language routing with a translator", () => {
  it("flags the assignment for translation, available this time", async () => {
    const james = DEMO_AGENTS.find((a) => a.displayName === "James Whitfield")!;
    await system.db.prisma.agent.updateMany({ data: { status: "OFFLINE" } });
    await system.db.prisma.agent.update({ where: { id: james.id }, data: { status: "ONLINE" } });
    const data = await service.request<any>(
      "agents",
      `mutation($input: AssignmentRequestInput!) { requestAssignment(input: $input) { status agentId needsTranslation translationAvailable translationNote } }`,
      { input: { kind: "CHAT", itemId: randomUUID(), language: "ko" } },
    );
    expect(data.requestAssignment).toEqual({ status: "ASSIGNED", agentId: james.id, needsTranslation: true, translationAvailable: true, translationNote: null });
  });

  it("translates through the provider for staff, and refuses bad languages", async () => {
    const token = await system.token("agent");
    const query = `query($input: TranslateTextInput!) { translateText(input: $input) { text translated provider unavailableReason } }`;
    const result = await system.request(query, { input: { text: "안녕하세요", sourceLanguage: "ko-KR", targetLanguage: "en" } }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.translateText).toMatchObject({ text: "<en>안녕하세요", translated: true, unavailableReason: null });
    expect(calls.at(-1)).toMatchObject({ q: "안녕하세요", source: "ko", target: "en" });
    const bad = await system.request(query, { input: { text: "hi", targetLanguage: "??" } }, token);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const customer = await system.request(query, { input: { text: "hi", targetLanguage: "en" } }, await system.token("customer"));
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
