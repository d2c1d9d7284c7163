import { describe, expect, it } from "vitest";
import { createLogger, type LogLevel } from "./logger.js";
import { requestIdFrom, withRequestId } from "./request-scope.js";

const BEARER = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0b21lci0xIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
const SECRET = "a-very-long-internal-secret-value-0123456789";

/** A logger writing into an array of raw lines. */
function capture(level: LogLevel = "debug") {
  const raw: string[] = [];
  const logger = createLogger(level, { destination: { write: (line: string) => void raw.push(line) } });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, any>) };
}

describe("createLogger", () => {
  it("writes one JSON object per line with level, ISO time, msg and the fields", () => {
    const { logger, raw, lines } = capture("info");
    logger.info("ticket created", { ticketId: "t1", count: 2 });
    logger.child({ subgraph: "tickets" }).warn("slow", { ms: 900 });
    expect(raw.every((line) => line.endsWith("\n") && !line.slice(0, -1).includes("\n"))).toBe(true);
    const [first, second] = lines();
    expect(first).toEqual({
      level: "info",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      msg: "ticket created",
      ticketId: "t1",
      count: 2,
    });
    expect(second).toMatchObject({ level: "warn", msg: "slow", subgraph: "tickets", ms: 900 });
  });

  it("writes a field bound by a child and again by its own child once, with the inner value", () => {
    const { logger, raw, lines } = capture();
    logger.child({ subgraph: "tickets", replica: "a" }).child({ replica: "b" }).info("ready");
    expect(raw[0].match(/"replica"/g)).toHaveLength(1);
    expect(lines()[0]).toMatchObject({ subgraph: "tickets", replica: "b" });
  });

  it("drops lines below its level; silent writes nothing", () => {
    const info = capture("info");
    info.logger.debug("detail");
    info.logger.error("failure");
    expect(info.lines().map((line) => line.level)).toEqual(["error"]);
    const silent = capture("silent");
    silent.logger.error("failure");
    expect(silent.raw).toEqual([]);
  });

  it("redacts a bearer token and secrets by name at any depth, in fields and in child bindings", () => {
    const { logger, raw, lines } = capture();
    const fields = {
      authorization: `Bearer ${BEARER}`,
      request: {
        headers: {
          authorization: `Bearer ${BEARER}`,
          "x-switchboard-identity": BEARER,
          "content-type": "application/json",
        },
      },
      settings: {
        integrations: { salesforce: { password: SECRET, user: "sync@example.com" } },
        config: { JWT_SECRET: SECRET, INTERNAL_SECRET: SECRET },
      },
      endpoints: [{ url: "https://partner.example/hook", secret: SECRET }],
    };
    logger.info("outgoing call", fields);
    logger.child({ upstream: { token: SECRET, name: "agents" } }).warn("retrying");
    const text = raw.join("");
    expect(text).not.toContain(BEARER);
    expect(text).not.toContain(SECRET);
    const [line, childLine] = lines();
    expect(line.authorization).toBe("[REDACTED]");
    expect(line.request.headers).toEqual({
      authorization: "[REDACTED]",
      "x-switchboard-identity": "[REDACTED]",
      "content-type": "application/json",
    });
    expect(line.settings.integrations.salesforce).toEqual({ password: "[REDACTED]", user: "sync@example.com" });
    expect(line.settings.config).toEqual({ JWT_SECRET: "[REDACTED]", INTERNAL_SECRET: "[REDACTED]" });
    expect(line.endpoints).toEqual([{ url: "https://partner.example/hook", secret: "[REDACTED]" }]);
    expect(childLine.upstream).toEqual({ token: "[REDACTED]", name: "agents" });
    // The caller's objects are left as they were.
    expect(fields.request.headers.authorization).toBe(`Bearer ${BEARER}`);
    expect(fields.settings.config.JWT_SECRET).toBe(SECRET);
  });

  it("serialises errors with type, message and stack, scrubbing credentials from their text and from messages", () => {
    const { logger, raw, lines } = capture();
    const cause = new Error(`connect to redis://default:${SECRET}@cache:6379 failed`);
    const error = Object.assign(new Error(`upstream refused Authorization: Bearer ${BEARER}`, { cause }), {
      code: "ECONNRESET",
    });
    logger.error(`call with Bearer ${BEARER} failed`, { error });
    logger.warn("webhook failed", { error: "POST https://hooks.slack.com/services/T000/B000/XXXXXXXX answered 500" });
    expect(raw.join("")).not.toMatch(new RegExp(`${BEARER}|${SECRET}|XXXXXXXX`));
    const [line, stringLine] = lines();
    expect(line.msg).toBe("call with Bearer [REDACTED] failed");
    expect(line.error).toMatchObject({
      type: "Error",
      message: "upstream refused Authorization: Bearer [REDACTED]",
      code: "ECONNRESET",
      cause: { message: "connect to redis://[REDACTED]@cache:6379 failed" },
    });
    expect(line.error.stack).toMatch(/^Error: upstream refused Authorization: Bearer \[REDACTED\]\n\s+at /);
    expect(stringLine.error).toBe("POST https://hooks.slack.com/[REDACTED] answered 500");
  });

  it("stamps the current request's id on every line written for it, across awaits and child loggers", async () => {
    const { logger, lines } = capture();
    const child = logger.child({ subgraph: "chat" });
    logger.info("before");
    await withRequestId("req-1", async () => {
      logger.info("start");
      await new Promise((resolve) => setTimeout(resolve, 5));
      child.warn("after a timer");
    });
    await withRequestId("req-2", async () => child.info("other"));
    logger.info("after");
    expect(lines().map((line) => [line.msg, line.requestId])).toEqual([
      ["before", undefined],
      ["start", "req-1"],
      ["after a timer", "req-1"],
      ["other", "req-2"],
      ["after", undefined],
    ]);
  });
});

describe("requestIdFrom", () => {
  it("keeps a plausible caller id and replaces anything else with a UUID", () => {
    expect(requestIdFrom("abc")).toBe("abc");
    expect(requestIdFrom("4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7")).toBe(
      "4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7",
    );
    for (const bad of [null, "", "a b", 'x\n{"level":"error"}', "x".repeat(129)]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
