/**
 * A tiny GraphQL client for the console: queries and mutations as POSTs to /graphql, and
 * subscriptions over one graphql-ws connection, both carrying the signed-in token.
 */
import { createClient, type Client } from "graphql-ws";

export const ENDPOINT = "/graphql";

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL error answer, with the first error's code (UNAUTHENTICATED, FORBIDDEN, …). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly code = errors[0]?.extensions?.code ?? "ERROR",
  ) {
    super(errors.map((e) => e.message).join("; "));
  }
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Calls `onData` for each result until the returned function is called. */
  subscribe<T>(
    query: string,
    variables: Record<string, unknown>,
    onData: (data: T) => void,
    onError?: (error: GraphQLRequestError) => void,
  ): () => void;
  close(): void;
}

function asRequestError(error: unknown): GraphQLRequestError {
  if (error instanceof GraphQLRequestError) return error;
  if (Array.isArray(error)) return new GraphQLRequestError(error as GraphQLErrorShape[]);
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error && "reason" in error
        ? `Connection closed (${String((error as CloseEvent).reason || (error as CloseEvent).code)})`
        : String(error);
  return new GraphQLRequestError([{ message, extensions: { code: "NETWORK_ERROR" } }]);
}

export function createGraphQLClient(token: string): GraphQLClient {
  const authorization = `Bearer ${token}`;
  let socket: Client | null = null;
  const ws = () =>
    (socket ??= createClient({
      url: new URL(ENDPOINT, location.href).toString().replace(/^http/, "ws"),
      connectionParams: { authorization },
      // Reconnect after a dropped connection (every live view resubscribes), but not when the
      // gateway refused the token (4403) or the protocol (44xx): that will not change by retrying.
      retryAttempts: Infinity,
      shouldRetry: (event) => !(event instanceof CloseEvent && event.code >= 4400 && event.code < 4500),
    }));

  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}) {
      let response: Response;
      try {
        response = await fetch(ENDPOINT, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            authorization,
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw asRequestError(error);
      }
      const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorShape[] } | null;
      if (!body)
        throw new GraphQLRequestError([{ message: `HTTP ${response.status}`, extensions: { code: "NETWORK_ERROR" } }]);
      if (body.errors?.length) throw new GraphQLRequestError(body.errors);
      return body.data as T;
    },
    subscribe<T>(
      query: string,
      variables: Record<string, unknown>,
      onData: (data: T) => void,
      onError?: (error: GraphQLRequestError) => void,
    ) {
      return ws().subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors?.length) onError?.(new GraphQLRequestError(result.errors as GraphQLErrorShape[]));
            else if (result.data) onData(result.data as T);
          },
          error: (error) => onError?.(asRequestError(error)),
          complete: () => undefined,
        },
      );
    },
    close() {
      void socket?.dispose();
      socket = null;
    },
  };
}
