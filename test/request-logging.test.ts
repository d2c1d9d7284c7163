/** Request ids and redaction in the logs, through the gateway: the lines a real request writes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../shared/identity.js";
import { createLogger } from "../shared/logger.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
const raw: string[] = [];
const lines = () => raw.map((line) => JSON.parse(line) as Record<string, any>);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  system = await startTestSystem({
    only: ["knowledge", "agents"],
    logger: createLogger("debug", { destination: { write: (line: string) => void raw.push(line) } }),
  });
});

afterAll(async () => {
  await system?.close();
});

const post = (headers: Record<string, string>, query = "query Categories { knowledgeCategories { key } }") =>
  fetch(system.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, operationName: "Categories" }),
  });

/** The access lines of the gateway and of the knowledge subgraph for one request id. */
const linesFor = (requestId: string) =>
  eventually(async () => {
    const mine = lines().filter((line) => line.requestId === requestId);
    const gateway = mine.find((line) => line.service === "gateway" && line.msg === "request completed");
    const subgraph = mine.find((line) => line.subgraph === "knowledge" && line.msg === "request completed");
    return gateway && subgraph ? { mine, gateway, subgraph } : null;
  });

describe("request ids in the logs", () => {
  it("keeps the caller's x-request-id: echoed in the response, on the gateway's and the subgraph's lines", async () => {
    const token = await system.token("agent");
    const response = await post({ authorization: `Bearer ${token}`, "x-request-id": "abc" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).errors).toBeUndefined();
    expect(response.headers.get("x-request-id")).toBe("abc");
    const { mine, gateway, subgraph } = await linesFor("abc");
    expect(gateway).toMatchObject({
      level: "info",
      method: "POST",
      status: 200,
      operationName: "Categories",
      durationMs: expect.any(Number),
    });
    expect(subgraph).toMatchObject({ level: "debug", status: 200 });
    expect(mine.every((line) => typeof line.time === "string" && typeof line.level === "string")).toBe(true);
  });

  it("gives a request without a usable id a new one, the same in the response and in every service", async () => {
    const missing = await post({});
    const generated = missing.headers.get("x-request-id")!;
    expect(generated).toMatch(UUID);
    await linesFor(generated);
    const forged = await post({ "x-request-id": 'x"} {"level":"error' });
    const replaced = forged.headers.get("x-request-id")!;
    expect(replaced).toMatch(UUID);
    await linesFor(replaced);
    expect(raw.join("")).not.toContain('"level":"error');
  });

  it("never writes an Authorization token, valid or not, to any line", async () => {
    const token = await system.token("supervisor");
    await post({ authorization: `Bearer ${token}`, "x-request-id": "with-token" });
    await linesFor("with-token");
    const forged = await mintToken({
      secret: "an-attacker-guessing-the-secret-0123456789",
      issuer: "switchboard",
      role: "admin",
      subject: "mallory",
    });
    const refused = await post({ authorization: `Bearer ${forged}`, "x-request-id": "forged-token" });
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await eventually(async () => lines().some((line) => line.requestId === "forged-token" && line.status === 401));
    const text = raw.join("");
    expect(raw.length).toBeGreaterThan(4);
    for (const secret of [token, forged, token.split(".")[2], forged.split(".")[2]]) expect(text).not.toContain(secret);
    // The identity the gateway forwards to subgraphs is a token too: it never reaches a line either.
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});
