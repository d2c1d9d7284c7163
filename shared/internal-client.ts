/**
 * Typed commands between subgraphs ("tickets asks agents who takes this"): an HTTP GraphQL call
 * to the owning subgraph with a signed service identity and a timeout. Callers decide the
 * fallback when it fails (queue it, retry from the outbox).
 */
import { IDENTITY_HEADER, type Identity } from "./identity.js";
import { IdentityTokens, isMutationDocument } from "./identity-tokens.js";
import type { SubgraphName } from "./config.js";
import type { DomainEvent } from "./outbox.js";
import { createHttpClient, RequestTimeoutError, type HttpRequestInit } from "./http-client.js";
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
  /** Reads a producer's outbox after a position (oldest first). */
  readOutbox(
    subgraph: SubgraphName,
    after: { occurredAt: string; id: string } | null,
    limit?: number,
  ): Promise<DomainEvent[]>;
  /** Where a subgraph's GraphQL endpoint is (its /health and /ready sit beside it). Optional for test doubles. */
  urlOf?(subgraph: SubgraphName): string;
}

export function createInternalClient(options: {
  serviceName: string;
  secret: string;
  urlOf: (subgraph: SubgraphName) => string;
  defaultTimeoutMs?: number;
}): InternalClient {
  // Pooled keep-alive connections without WHATWG streams, as the gateway's subgraph calls (see
  // http-client.ts): a create makes three of these calls, and fetch cost as much CPU as each callee.
  const http = createHttpClient();
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
      return ((await response.json()) as { events: DomainEvent[] }).events;
    },
    async request<T>(
      subgraph: SubgraphName,
      query: string,
      variables: Record<string, unknown> = {},
      callOptions: InternalCallOptions = {},
    ) {
      const response = await send(
        subgraph,
        options.urlOf(subgraph),
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(await serviceHeaders(subgraph, query, callOptions.as)),
          },
          body: JSON.stringify({ query, variables }),
        },
        callOptions.timeoutMs ?? options.defaultTimeoutMs ?? 3000,
      );
      const body = (await response.json().catch(() => null)) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      if (!body) throw new InternalCallError(subgraph, `HTTP ${response.status} without a GraphQL body`);
      if (body.errors?.length && !(callOptions.partialData && body.data))
        throw new InternalCallError(subgraph, body.errors[0].message, body.errors[0].extensions?.code);
      return body.data as T;
    },
  };
}
