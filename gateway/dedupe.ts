/**
 * In-flight deduplication of identical subgraph fetches (what Apollo Router calls
 * `deduplicate_query`): while a fetch is on its way, an identical one — same subgraph, same
 * body, same identity token — waits for its answer instead of being sent again. Mutations
 * never merge (each carries a fresh, single-use identity token), callers with different
 * identities never share an answer (their tokens differ), and anonymous callers share only
 * with the same address and user agent.
 */
import type { HttpClient, HttpRequestInit, HttpResponse } from "../shared/http-client.js";
import { CLIENT_ADDRESS_HEADER, CLIENT_AGENT_HEADER } from "../shared/context.js";
import { IDENTITY_HEADER } from "../shared/identity.js";

export function dedupingFetcher(fetch: HttpClient): HttpClient & { readonly inFlight: number } {
  const pending = new Map<string, Promise<HttpResponse>>();
  const deduped = (url: string, init: HttpRequestInit = {}) => {
    const body = typeof init.body === "string" ? init.body : null;
    // Only what is safe to share: a read (the body names its operation) by a known identity.
    if (body === null || init.method !== "POST" || /^\{"query":"\s*mutation\b/.test(body)) return fetch(url, init);
    const headers = init.headers ?? {};
    // Anonymous callers carry no token; their address keeps per-visitor counts (article views) honest.
    const who =
      headers[IDENTITY_HEADER] ??
      `anonymous@${headers[CLIENT_ADDRESS_HEADER] ?? ""}/${headers[CLIENT_AGENT_HEADER] ?? ""}`;
    const key = `${url}\n${who}\n${headers["accept-language"] ?? ""}\n${body}`;
    const existing = pending.get(key);
    if (existing) return existing;
    const request = fetch(url, init).finally(() => pending.delete(key));
    pending.set(key, request);
    return request;
  };
  return Object.defineProperties(deduped, {
    close: { value: () => fetch.close() },
    inFlight: { get: () => pending.size },
  }) as HttpClient & { readonly inFlight: number };
}
