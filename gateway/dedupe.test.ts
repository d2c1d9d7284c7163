import { describe, expect, it } from "vitest";
import { HttpResponse, type HttpClient, type HttpRequestInit } from "../shared/http-client.js";
import { dedupingFetcher } from "./dedupe.js";

function countingClient() {
  const calls: HttpRequestInit[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const client = Object.assign(
    async (url: string, init: HttpRequestInit = {}) => {
      calls.push(init);
      await gate;
      return new HttpResponse(
        url,
        200,
        "OK",
        { "content-type": "application/json" },
        Buffer.from(`{"data":{"n":${calls.length}}}`),
      );
    },
    { close: () => undefined },
  ) as HttpClient;
  return { client, calls, release: () => release() };
}

const read = (token: string, query = "query { a }", extra: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-switchboard-identity": token, ...extra },
  body: JSON.stringify({ query, variables: {} }),
});

describe("dedupingFetcher", () => {
  it("merges identical reads in flight, and only those", async () => {
    const { client, calls, release } = countingClient();
    const fetch = dedupingFetcher(client);
    const same = [
      fetch("http://s/graphql", read("t1")),
      fetch("http://s/graphql", read("t1")),
      fetch("http://s/graphql", read("t1")),
    ];
    const otherCaller = fetch("http://s/graphql", read("t2"));
    const otherQuery = fetch("http://s/graphql", read("t1", "query { b }"));
    const mutation = [
      fetch("http://s/graphql", read("t1", "mutation { m }")),
      fetch("http://s/graphql", read("t1", "mutation { m }")),
    ];
    expect(fetch.inFlight).toBe(3);
    release();
    const answers = await Promise.all([...same, otherCaller, otherQuery, ...mutation]);
    expect(calls).toHaveLength(1 + 1 + 1 + 2);
    expect(new Set(answers.slice(0, 3))).toHaveProperty("size", 1);
    expect(fetch.inFlight).toBe(0);
    // Settled fetches are not remembered: the next identical read goes out again.
    await fetch("http://s/graphql", read("t1"));
    expect(calls).toHaveLength(6);
  });

  it("keeps anonymous callers from different addresses apart", async () => {
    const { client, calls, release } = countingClient();
    const fetch = dedupingFetcher(client);
    const anonymous = (address: string) => ({
      method: "POST",
      headers: { "x-switchboard-client-address": address },
      body: JSON.stringify({ query: "query { a }" }),
    });
    const pending = [
      fetch("http://s/graphql", anonymous("1.1.1.1")),
      fetch("http://s/graphql", anonymous("1.1.1.1")),
      fetch("http://s/graphql", anonymous("2.2.2.2")),
    ];
    release();
    await Promise.all(pending);
    expect(calls).toHaveLength(2);
  });
});
