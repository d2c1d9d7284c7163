import { describe, expect, it } from "vitest";
import { macroBodyFor, renderTemplate } from "./macros.js";
import { signWebhook } from "./notifications/channels.js";
import { retryDelayMs } from "./notifications/delivery.js";
import { createHmac } from "node:crypto";

describe("macros", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(
      renderTemplate("Hi {{customer.name}}, ticket {{ ticket.number }} — {{agent.name}} {{unknown.thing}}", {
        "customer.name": "Sara",
        "ticket.number": "SB-10001",
        "agent.name": "Omar",
      }),
    ).toBe("Hi Sara, ticket SB-10001 — Omar {{unknown.thing}}");
  });

  it("picks the ticket's language, else English", () => {
    const macro = { bodies: { en: "Hello", ar: "مرحبا" } };
    expect(macroBodyFor(macro, "ar")).toEqual({ language: "ar", body: "مرحبا" });
    expect(macroBodyFor(macro, "hi")).toEqual({ language: "en", body: "Hello" });
    expect(macroBodyFor({ bodies: {} }, "en")).toBeNull();
  });
});

describe("delivery helpers", () => {
  it("signs webhook bodies with HMAC-SHA256 over timestamp.body", () => {
    const signature = signWebhook("s3cret", '{"a":1}', 1700000000);
    const expected = createHmac("sha256", "s3cret").update('1700000000.{"a":1}').digest("hex");
    expect(signature).toBe(`t=1700000000,v1=${expected}`);
  });

  it("backs off exponentially with a cap", () => {
    expect(retryDelayMs(1000, 1)).toBe(1000);
    expect(retryDelayMs(1000, 3)).toBe(4000);
    expect(retryDelayMs(1000, 40)).toBe(6 * 3600_000);
  });
});
