import { describe, expect, it } from "vitest";
import { createLogger } from "../../../shared/logger.js";
import { HttpCustomerContextProvider } from "./customer-context.js";

const logger = createLogger("silent");
const context = {
  customerId: "ignored",
  kycStatus: "PENDING",
  kycReason: "r",
  kycNextStep: "n",
  kycUpdatedAt: null,
  investments: [],
  recentTransactions: [],
};

describe("HttpCustomerContextProvider", () => {
  it("GETs /customers/{id}/context and returns the body", async () => {
    const seen: string[] = [];
    const provider = new HttpCustomerContextProvider("http://ctx.example/api/", logger, 1000, (async (url: string) => {
      seen.push(url);
      return new Response(JSON.stringify(context), { status: 200 });
    }) as unknown as typeof fetch);
    expect(await provider.get("c-1")).toEqual({ ...context, customerId: "c-1" });
    expect(seen).toEqual(["http://ctx.example/api/customers/c-1/context"]);
    expect(provider.kind).toBe("HTTP");
  });

  it.each([
    ["404", () => new Response("", { status: 404 })],
    ["500", () => new Response("boom", { status: 500 })],
    ["malformed", () => new Response(JSON.stringify({ kycStatus: 1 }), { status: 200 })],
    ["network error", () => Promise.reject(new Error("ECONNREFUSED"))],
  ])("answers null on %s", async (_name, respond) => {
    const provider = new HttpCustomerContextProvider("http://ctx.example", logger, 1000, (async () =>
      respond()) as unknown as typeof fetch);
    expect(await provider.get("c-1")).toBeNull();
  });
});
