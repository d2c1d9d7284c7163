/**
 * Hive Gateway in front of Switchboard's subgraphs, configured rather than programmed:
 *
 *   npx hive-gateway supergraph schema/supergraph.local.graphql -c examples/hive-gateway/gateway.config.ts
 *
 * 1. `jwt`: Hive's JWT plugin verifies the client's bearer token (HS256, JWT_SECRET, issuer
 *    JWT_ISSUER) from the Authorization header, or from the graphql-ws connection parameter
 *    `authorization` — the same place our own gateway reads it. A request without a token
 *    stays anonymous (public reads); a bad token is refused with 401.
 * 2. `propagateHeaders`: for every subgraph request (HTTP and graphql-ws alike) the gateway
 *    signs the forwarded identity subgraphs accept: a JWT with INTERNAL_SECRET, bound to that
 *    subgraph (`aud`), valid 60 s, with a fresh `jti` (docs/security.md, "Running behind
 *    another router"). Anonymous callers send none.
 * 3. `transportEntries`: subscriptions go to each subgraph's graphql-ws endpoint (same path as
 *    HTTP, /graphql); the identity token travels with each subscribe message.
 *
 * Environment: JWT_SECRET, JWT_ISSUER, INTERNAL_SECRET, read and checked like every Switchboard
 * service (development defaults unless NODE_ENV=production); PORT and HOST for the gateway.
 */
import {
  createInlineSigningKeyProvider,
  defineConfig,
  extractFromHeader,
  type ExtractTokenFunction,
} from "@graphql-hive/gateway";
import { loadConfig } from "../../shared/config.js";
import { IDENTITY_HEADER, identityFromClaims, signIdentity } from "../../shared/identity.js";

const config = loadConfig(process.env);

/** The client token of a graphql-ws connection: its `authorization` parameter, "Bearer <token>" or bare. */
const fromConnectionParams: ExtractTokenFunction = ({ serverContext }) => {
  const value = (serverContext.connectionParams as Record<string, unknown> | undefined)?.authorization;
  if (typeof value !== "string") return undefined;
  const match = /^(?:Bearer\s+)?(\S+)$/i.exec(value.trim());
  return match ? { token: match[1], prefix: "Bearer" } : undefined;
};

/** Headers that carry the caller to one subgraph: a fresh identity token for it, and their language. */
async function forwardedHeaders(
  claims: Record<string, unknown> | undefined,
  subgraphName: string,
  request: Request,
): Promise<Record<string, string | null>> {
  const identity = identityFromClaims(claims);
  return {
    [IDENTITY_HEADER]: identity
      ? await signIdentity(identity, { secret: config.INTERNAL_SECRET, audience: subgraphName.toLowerCase() })
      : null,
    "accept-language": request.headers.get("accept-language"),
  };
}

export const gatewayConfig = defineConfig({
  jwt: {
    signingKeyProviders: [createInlineSigningKeyProvider(config.JWT_SECRET)],
    tokenLookupLocations: [extractFromHeader({ name: "authorization", prefix: "Bearer" }), fromConnectionParams],
    tokenVerification: { algorithms: ["HS256"], issuer: config.JWT_ISSUER },
    // Anonymous is allowed (public reads); a token that is present must be valid.
    reject: { missingToken: false, invalidToken: true },
    // The raw client token and claims stay at the gateway: subgraphs get the signed identity instead.
    forward: { payload: false, token: false },
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ context, request, subgraphName }) =>
      forwardedHeaders(
        (context as { jwt?: { payload?: Record<string, unknown> } }).jwt?.payload,
        subgraphName,
        request,
      ),
  },
  transportEntries: {
    "*.http": { options: { subscriptions: { kind: "ws", location: "/graphql" } } },
  },
});
