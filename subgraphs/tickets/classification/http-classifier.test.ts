import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TicketClassification, TicketClassifier } from "./classifier.js";
import { HttpTicketClassifier, parseTicketClassification, RemoteClassifierError } from "./http-classifier.js";

const REMOTE_ANSWER: TicketClassification = {
  categoryKey: "compliance_support",
  subcategoryKey: "aml_inquiries",
  confidence: 0.91,
  subcategoryConfidence: 0.8,
  tags: ["source of funds"],
  ranking: [
    { categoryKey: "compliance_support", probability: 0.91 },
    { categoryKey: "billing_support", probability: 0.09 },
  ],
};

const FALLBACK_ANSWER: TicketClassification = {
  categoryKey: "technical_support",
  subcategoryKey: "app_not_working",
  confidence: 0.5,
  subcategoryConfidence: 0.5,
  tags: [],
  ranking: [{ categoryKey: "technical_support", probability: 1 }],
};

const fallback: TicketClassifier = { classify: async () => FALLBACK_ANSWER };

describe("parseTicketClassification", () => {
  it("accepts a well-formed answer", () => {
    expect(parseTicketClassification(JSON.parse(JSON.stringify(REMOTE_ANSWER)))).toEqual(REMOTE_ANSWER);
  });

  it.each([
    ["not an object", []],
    ["unknown category", { ...REMOTE_ANSWER, categoryKey: "sales" }],
    ["subcategory of another category", { ...REMOTE_ANSWER, subcategoryKey: "refund_request" }],
    ["confidence out of range", { ...REMOTE_ANSWER, confidence: 1.5 }],
    ["tags not strings", { ...REMOTE_ANSWER, tags: [1] }],
    ["malformed ranking", { ...REMOTE_ANSWER, ranking: [{ categoryKey: "compliance_support" }] }],
  ])("rejects %s", (_, body) => {
    expect(() => parseTicketClassification(body)).toThrow(RemoteClassifierError);
  });
});

describe("HttpTicketClassifier against a local server", () => {
  let server: Server;
  let baseUrl: string;
  const received: unknown[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        if (request.url === "/slow") return void setTimeout(() => response.end("{}"), 1_000);
        if (request.url === "/broken") return void response.writeHead(503).end("unavailable");
        if (request.url === "/garbage") return void response.writeHead(200).end("not json");
        received.push(JSON.parse(body));
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(REMOTE_ANSWER));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("posts the ticket as JSON and returns the remote answer", async () => {
    const classifier = new HttpTicketClassifier({ url: `${baseUrl}/classify`, fallback });
    const result = await classifier.classify({ subject: "Frozen", description: "Source of funds?", language: "en" });
    expect(result).toEqual(REMOTE_ANSWER);
    expect(received.at(-1)).toEqual({ subject: "Frozen", description: "Source of funds?", language: "en" });
  });

  it.each(["/slow", "/broken", "/garbage"])("falls back when the remote answers %s", async (path) => {
    const reasons: unknown[] = [];
    const classifier = new HttpTicketClassifier({
      url: `${baseUrl}${path}`,
      timeoutMs: 200,
      fallback,
      onFallback: (error) => reasons.push(error),
    });
    expect(await classifier.classify({ subject: "x", description: "y" })).toEqual(FALLBACK_ANSWER);
    expect(reasons).toHaveLength(1);
  });
});
