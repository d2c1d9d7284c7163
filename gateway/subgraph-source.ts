/**
 * How the gateway talks to one subgraph: the caller's identity token and client details on
 * every fetch, and a subgraph's misbehaviour turned into an answer a client can act on. A
 * subgraph that is down, resets the connection, stalls past the timeout, answers too much or
 * something that is not GraphQL becomes SERVICE_UNAVAILABLE with `retryable: true`; a subgraph's
 * own coded errors on a non-2xx answer (401, 400…) pass through as they are.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { CLIENT_ADDRESS_HEADER, CLIENT_AGENT_HEADER } from "../shared/context.js";
import { ANONYMOUS, IDENTITY_HEADER } from "../shared/identity.js";
import { isMutationDocument, type IdentityTokens } from "../shared/identity-tokens.js";
import { REQUEST_ID_HEADER } from "../shared/request-scope.js";
import type { GatewayContext } from "./context.js";

export const serviceUnavailable = () =>
  new GraphQLError("A service this operation needs is unavailable; retry shortly", {
    extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
  });

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    fetcher: RemoteGraphQLDataSource["fetcher"],
    private readonly identityTokens: IdentityTokens,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // Entity fetches made while executing a subscription event carry the same context.
    const token = await this.identityTokens.tokenFor(context?.identity ?? ANONYMOUS, this.serviceName, {
      forMutation: isMutationDocument(request.query),
    });
    if (token) headers.set(IDENTITY_HEADER, token);
    if (context?.acceptLanguage) headers.set("accept-language", context.acceptLanguage);
    if (context?.client?.address) headers.set(CLIENT_ADDRESS_HEADER, context.client.address);
    if (context?.client?.userAgent) headers.set(CLIENT_AGENT_HEADER, context.client.userAgent);
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /** A non-2xx answer: the subgraph's own coded error when it sent one, else unavailable. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0],
  ): Promise<GraphQLError> {
    let body: SubgraphErrorBody | null = null;
    try {
      body = (await response.json()) as SubgraphErrorBody;
    } catch {
      body = null;
    }
    const first = body?.errors?.[0];
    const code = first?.extensions?.code;
    if (response.status < 500 && typeof first?.message === "string" && typeof code === "string") {
      return new GraphQLError(first.message, { extensions: { ...first.extensions } });
    }
    return serviceUnavailable();
  }

  /** Transport failures (refused, reset, timed out, oversized, not JSON) are the caller's to retry. */
  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    throw serviceUnavailable();
  }
}
