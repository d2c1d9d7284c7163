import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import type { InternalClient } from "./internal-client.js";
import { CUSTOMER_PROFILE_KEPT_MS, CUSTOMER_PROFILES_KEPT, fetchCustomerProfile } from "./customer-profile.js";

/** An agents stand-in answering the profile query from `customers`; every id asked, in order. */
function agentsKnowing(customers: Map<string, { preferredLanguage: string | null }>, fail = false) {
  const asked: string[] = [];
  const internal: InternalClient = {
    async request<T>(_subgraph: string, _query: string, variables?: Record<string, unknown>): Promise<T> {
      const id = String(variables?.id);
      asked.push(id);
      await new Promise((resolve) => setImmediate(resolve));
      if (fail) throw new Error("agents: timed out");
      const customer = customers.get(id);
      return { customer: customer ? { ...customer, country: "IN", email: null } : null } as T;
    },
    readOutbox: async () => ({ events: [], missedThrough: null }),
  };
  return { asked, services: { internal, logger: createLogger("silent") } };
}

describe("fetchCustomerProfile", () => {
  it("asks agents once per customer while the copy is young, and again once it is old", async () => {
    const customers = new Map([["c1", { preferredLanguage: "hi" }]]);
    const { asked, services } = agentsKnowing(customers);
    const expected = { preferredLanguage: "hi", country: "IN", email: null };
    expect(await fetchCustomerProfile(services, "c1", 0)).toEqual(expected);
    expect(await fetchCustomerProfile(services, "c1", CUSTOMER_PROFILE_KEPT_MS - 1)).toEqual(expected);
    expect(asked).toEqual(["c1"]);
    customers.set("c1", { preferredLanguage: "ar" });
    expect(await fetchCustomerProfile(services, "c1", CUSTOMER_PROFILE_KEPT_MS)).toMatchObject({
      preferredLanguage: "ar",
    });
    expect(asked).toEqual(["c1", "c1"]);
  });

  it("shares one call between concurrent lookups of a customer", async () => {
    const { asked, services } = agentsKnowing(new Map([["c1", { preferredLanguage: "en" }]]));
    const answers = await Promise.all([1, 2, 3].map(() => fetchCustomerProfile(services, "c1", 0)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(asked).toEqual(["c1"]);
  });

  it("keeps neither an unknown customer nor a failed lookup", async () => {
    const customers = new Map<string, { preferredLanguage: string | null }>();
    const { asked, services } = agentsKnowing(customers);
    expect(await fetchCustomerProfile(services, "new", 0)).toBe("unknown");
    customers.set("new", { preferredLanguage: "ur" });
    expect(await fetchCustomerProfile(services, "new", 1)).toMatchObject({ preferredLanguage: "ur" });
    expect(asked).toEqual(["new", "new"]);

    const failing = agentsKnowing(customers, true);
    expect(await fetchCustomerProfile(failing.services, "new", 0)).toBeNull();
    expect(await fetchCustomerProfile(failing.services, "new", 1)).toBeNull();
    expect(failing.asked).toEqual(["new", "new"]);
  });

  it("keeps each subgraph's copies apart and forgets the least recently asked past the limit", async () => {
    const customers = new Map(
      Array.from({ length: CUSTOMER_PROFILES_KEPT + 1 }, (_, i) => [`c${i}`, { preferredLanguage: "en" }]),
    );
    const first = agentsKnowing(customers);
    const second = agentsKnowing(customers);
    await fetchCustomerProfile(first.services, "c0", 0);
    await fetchCustomerProfile(second.services, "c0", 0);
    expect([first.asked, second.asked]).toEqual([["c0"], ["c0"]]);
    for (let i = 1; i <= CUSTOMER_PROFILES_KEPT; i++) await fetchCustomerProfile(first.services, `c${i}`, 0);
    await fetchCustomerProfile(first.services, "c1", 0); // still kept
    await fetchCustomerProfile(first.services, "c0", 0); // the least recently asked: forgotten
    expect(first.asked.filter((id) => id === "c1")).toHaveLength(1);
    expect(first.asked.filter((id) => id === "c0")).toHaveLength(2);
  });
});
