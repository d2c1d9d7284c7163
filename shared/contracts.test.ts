import { describe, expect, it } from "vitest";
import { callInternal, internalOperation, registeredInternalOperations } from "./contracts.js";
import type { InternalClient } from "./internal-client.js";

describe("internalOperation", () => {
  it("registers a named query or mutation with its callee", () => {
    const operation = internalOperation<{ id: string }, { agent: { id: string } | null }>(
      "agents",
      "query ContractsProbeAgent($id: ID!) { agent(id: $id) { id } }",
    );
    expect(operation).toMatchObject({ callee: "agents", name: "ContractsProbeAgent", kind: "query" });
    expect(registeredInternalOperations()).toContain(operation);
  });

  it("refuses an anonymous document, a subscription, two operations in one and a name used twice", () => {
    expect(() => internalOperation("agents", "{ agents { id } }")).toThrow(/operation name/);
    expect(() => internalOperation("chat", "subscription ContractsProbeSub { chatEvents { id } }")).toThrow(
      /queries or mutations/,
    );
    expect(() => internalOperation("chat", "query A { a } query B { b }")).toThrow(/exactly one/);
    internalOperation("tickets", "query ContractsProbeTwice { a }");
    expect(() => internalOperation("tickets", "query ContractsProbeTwice { b }")).toThrow(/named ContractsProbeTwice/);
  });

  it("calls the callee with the declared document", async () => {
    const calls: unknown[][] = [];
    const internal: InternalClient = {
      request: async (...args: unknown[]) => (calls.push(args), { ok: true }) as never,
      readOutbox: async () => ({ events: [], missedThrough: null }),
    };
    const operation = internalOperation<{ n: number }, { ok: boolean }>(
      "analytics",
      "mutation ContractsProbeCall($n: Int) { ok(n: $n) }",
    );
    await expect(callInternal(internal, operation, { n: 1 }, { timeoutMs: 5 })).resolves.toEqual({ ok: true });
    expect(calls).toEqual([["analytics", operation.document, { n: 1 }, { timeoutMs: 5 }]]);
  });
});
