/**
 * The benchmark's baseline: stock `@apollo/gateway` behind Apollo Server's standalone HTTP server,
 * configured only as any operator of these subgraphs must (no code of ours around the planner):
 * it verifies the caller's JWT and forwards the identity each subgraph expects, reusing a token
 * for queries the way the identity module allows. Usage: `stock-gateway.ts <supergraph file> <port>`
 * with JWT_SECRET, JWT_ISSUER and INTERNAL_SECRET in the environment.
 */
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { applyApolloDataCollectionSetting } from "../../gateway/apollo-data-collection.js";
import { loadConfig } from "../../shared/config.js";
import { ANONYMOUS, IDENTITY_HEADER, identityFromAuthorization, type Identity } from "../../shared/identity.js";
import { IdentityTokens } from "../../shared/identity-tokens.js";

interface Context {
  identity: Identity;
}

const [supergraphFile, port] = process.argv.slice(2);
const config = loadConfig();
const tokens = new IdentityTokens(config.INTERNAL_SECRET);

class IdentityForwarding extends RemoteGraphQLDataSource<Context> {
  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>["willSendRequest"]>>[0]) {
    if (!context.identity || context.identity.role === "anonymous") return;
    const forMutation = /^\s*mutation\b/.test(request.query ?? "");
    const token = await tokens.tokenFor(context.identity, this.name!, { forMutation });
    if (token) request.http?.headers.set(IDENTITY_HEADER, token);
  }
  constructor(options: { url: string; name: string }) {
    super({ url: options.url });
    this.name = options.name;
  }
  name?: string;
}

// The benchmark reports nothing to Apollo either (the data collection runs hourly and on stop).
applyApolloDataCollectionSetting({ APOLLO_TELEMETRY_DISABLED: true });
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphFile, "utf8"),
  buildService: ({ name, url }) => new IdentityForwarding({ name, url: url! }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: "127.0.0.1" },
  context: async ({ req }) => ({
    identity: await identityFromAuthorization(req.headers.authorization ?? null, {
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
    }).catch(() => ANONYMOUS),
  }),
});
process.stderr.write(`stock gateway at ${url}\n`);
