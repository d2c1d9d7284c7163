/**
 * Typed commands between subgraphs ("tickets asks agents who takes this"): an HTTP GraphQL call
 * to the owning subgraph with a signed service identity and a timeout. Callers decide the
 * fallback when it fails (queue it, retry from the outbox).
 *
 * Calls are automatic persisted queries: a document's text goes to a subgraph once, with its
 * SHA-256; later calls send only the hash, so the callee neither hashes nor parses the text again
 * (Apollo Server keys its parsed-document cache by that hash). A callee that has forgotten it
 * (restarted, evicted) answers PERSISTED_QUERY_NOT_FOUND and the call is sent again with the text.
 */
import { createHash } from "node:crypto";
import { IDENTITY_HEADER, type Identity } from "./identity.js";
import { IdentityTokens, isMutationDocument } from "./identity-tokens.js";
import type { SubgraphName } from "./config.js";
import type { DomainEvent, OutboxPage } from "./outbox.js";
import { createHttpClient, RequestTimeoutError, type HttpRequestInit } from "./http-client.js";
import { operationsInProcess } from "./in-process-exchange.js";
import { currentRequestId, REQUEST_ID_HEADER } from "./request-scope.js";

export class InternalCallError extends Error {
  constructor(
    readonly subgraph: SubgraphName,
    message: string,
    readonly code?: string,
  ) {
    super(`${subgraph}: ${message}`);
    this.name = "InternalCallError";
  }
}

export interface InternalCallOptions {
  timeoutMs?: number;
  /** Call as this caller instead of as the service, so the callee applies the caller's visibility rules. */
  as?: Identity;
  /** Return the data even when some fields failed (entity lookups where a miss is an answer). */
  partialData?: boolean;
}

export interface InternalClient {
  request<T>(
    subgraph: SubgraphName,
    query: string,
    variables?: Record<string, unknown>,
    options?: InternalCallOptions,
  ): Promise<T>;
  /** Reads a producer's outbox after a position (oldest first), and whether events after it were pruned. */
  readOutbox(
    subgraph: SubgraphName,
    after: { occurredAt: string; id: string } | null,
    limit?: number,
  ): Promise<OutboxPage>;
  /** Where a subgraph's GraphQL endpoint is (its /health and /ready sit beside it). Optional for test doubles. */
  urlOf?(subgraph: SubgraphName): string;
}

export function createInternalClient(options: {
  serviceName: string;
  secret: string;
  urlOf: (subgraph: SubgraphName) => string;
  defaultTimeoutMs?: number;
  /** Calls to a subgraph served by this process skip the loopback socket (in-process-exchange.ts). */
  inProcess?: boolean;
}): InternalClient {
  // Pooled keep-alive connections without WHATWG streams, as the gateway's subgraph calls (see
  // http-client.ts): a create makes three of these calls, and fetch cost as much CPU as each callee.
  const http = createHttpClient({ inProcess: options.inProcess });
  const tokens = new IdentityTokens(options.secret);
  const service = { subject: options.serviceName, role: "service" } as const;
  // A call made while handling a request carries that request's id on to the next log.
  const serviceHeaders = async (
    subgraph: SubgraphName,
    query?: string,
    as: Identity = service,
  ): Promise<Record<string, string>> => {
    const requestId = currentRequestId();
    const token = await tokens.tokenFor(as, subgraph, { forMutation: isMutationDocument(query) });
    return {
      ...(token ? { [IDENTITY_HEADER]: token } : {}),
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    };
  };
  /** SHA-256 of each document sent (the contracts' documents: a fixed, small set). */
  const hashes = new Map<string, string>();
  const hashOf = (query: string) => {
    let hash = hashes.get(query);
    if (hash === undefined) {
      if (hashes.size >= MAX_REMEMBERED_DOCUMENTS) hashes.clear();
      hash = createHash("sha256").update(query).digest("hex");
      hashes.set(query, hash);
    }
    return hash;
  };
  /** `${subgraph} ${hash}` of each document a subgraph has accepted: later calls send the hash alone. */
  const known = new Set<string>();
  /** Callees that refused persisted queries (a server with them turned off): always the plain text. */
  const plainOnly = new Set<SubgraphName>();
  /** One exchange within `timeoutMs`; any failure to get an answer is an InternalCallError. */
  const send = (subgraph: SubgraphName, url: string, init: HttpRequestInit, timeoutMs: number) =>
    http(url, { ...init, timeoutMs }).catch((error: Error) => {
      throw new InternalCallError(subgraph, error instanceof RequestTimeoutError ? "timed out" : error.message);
    });
  return {
    urlOf: options.urlOf,
    async readOutbox(subgraph, after, limit = 500) {
      const url = new URL(options.urlOf(subgraph).replace(/\/graphql$/, "/internal/outbox"));
      url.searchParams.set("limit", String(limit));
      if (after) {
        url.searchParams.set("afterOccurredAt", after.occurredAt);
        url.searchParams.set("afterId", after.id);
      }
      const response = await send(
        subgraph,
        url.toString(),
        { headers: await serviceHeaders(subgraph) },
        options.defaultTimeoutMs ?? 5000,
      );
      if (!response.ok) throw new InternalCallError(subgraph, `outbox read failed with HTTP ${response.status}`);
      const page = (await response.json()) as { events: DomainEvent[]; missedThrough?: OutboxPage["missedThrough"] };
      return { events: page.events, missedThrough: page.missedThrough ?? null };
    },
    async request<T>(
      subgraph: SubgraphName,
      query: string,
      variables: Record<string, unknown> = {},
      callOptions: InternalCallOptions = {},
    ) {
      const headers = {
        "content-type": "application/json",
        ...(await serviceHeaders(subgraph, query, callOptions.as)),
      };
      const timeoutMs = callOptions.timeoutMs ?? options.defaultTimeoutMs ?? 3000;
      const extensions = { persistedQuery: { version: 1, sha256Hash: hashOf(query) } };
      const documentKey = `${subgraph} ${extensions.persistedQuery.sha256Hash}`;
      const url = options.urlOf(subgraph);
      const exchange = async (withText: boolean) => {
        const body = plainOnly.has(subgraph)
          ? { query, variables }
          : withText
            ? { query, variables, extensions }
            : { variables, extensions };
        // A callee in this process runs the operation without the HTTP exchange around it.
        const inProcess = options.inProcess ? operationsInProcess(url) : null;
        if (inProcess) return (await withinTime(subgraph, inProcess(body, headers), timeoutMs)) as GraphQLAnswer<T>;
        const response = await send(subgraph, url, { method: "POST", headers, body: JSON.stringify(body) }, timeoutMs);
        const answer = (await response.json().catch(() => null)) as GraphQLAnswer<T> | null;
        if (!answer) throw new InternalCallError(subgraph, `HTTP ${response.status} without a GraphQL body`);
        return answer;
      };
      let answer = await exchange(!known.has(documentKey));
      const refusal = answer.errors?.[0]?.extensions?.code;
      if (refusal === "PERSISTED_QUERY_NOT_FOUND" || refusal === "PERSISTED_QUERY_NOT_SUPPORTED") {
        // Neither refusal ran anything (they come before the operation is resolved, so a
        // mutation's single-use token is still unclaimed): the call is sent again with the text.
        if (refusal === "PERSISTED_QUERY_NOT_SUPPORTED") plainOnly.add(subgraph);
        known.delete(documentKey);
        answer = await exchange(true);
      }
      // Any GraphQL answer means the callee has the document now (parsed, validated or not).
      known.add(documentKey);
      if (answer.errors?.length && !(callOptions.partialData && answer.data))
        throw new InternalCallError(subgraph, answer.errors[0].message, answer.errors[0].extensions?.code);
      return answer.data as T;
    },
  };
}

/** `work`'s outcome within `timeoutMs`; any failure to get it is an InternalCallError, as over HTTP. */
function withinTime<T>(subgraph: SubgraphName, work: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new InternalCallError(subgraph, "timed out")), timeoutMs);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: Error) => {
        clearTimeout(timer);
        reject(new InternalCallError(subgraph, error.message));
      },
    );
  });
}

/** Documents whose hash a client keeps (far more than the contracts declare). */
const MAX_REMEMBERED_DOCUMENTS = 1000;

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}
