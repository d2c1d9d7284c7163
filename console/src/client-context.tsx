/** The signed-in session's GraphQL client, and hooks for live data over it. */
import { createContext, useContext, useEffect, useRef, useState } from "react";
import type { GraphQLClient, GraphQLRequestError } from "./graphql";

export const ClientContext = createContext<GraphQLClient | null>(null);

export function useClient(): GraphQLClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient outside a signed-in session");
  return client;
}

/**
 * The latest result of a subscription (null until the first one), and its last error.
 * `variables` are compared by value, so an inline object does not resubscribe each render.
 */
export function useSubscription<T>(query: string, variables: Record<string, unknown> = {}, onData?: (data: T) => void) {
  const client = useClient();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const callback = useRef(onData);
  callback.current = onData;
  const key = JSON.stringify(variables);
  useEffect(() => {
    setData(null);
    return client.subscribe<T>(
      query,
      JSON.parse(key) as Record<string, unknown>,
      (next) => {
        setError(null);
        setData(next);
        callback.current?.(next);
      },
      setError,
    );
  }, [client, query, key]);
  return { data, error };
}

/** A query's answer, run again when `refreshKey` or the variables change. */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, refreshKey: unknown = 0) {
  const client = useClient();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const key = JSON.stringify(variables);
  useEffect(() => {
    let current = true;
    client.request<T>(query, JSON.parse(key) as Record<string, unknown>).then(
      (next) => current && (setData(next), setError(null)),
      (failure: GraphQLRequestError) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, query, key, refreshKey]);
  return { data, error };
}
