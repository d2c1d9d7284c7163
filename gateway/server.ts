/**
 * The gateway: Apollo Server + @apollo/gateway over the checked-in supergraph for queries and
 * mutations, and graphql-ws on the same /graphql path for subscriptions (forwarded to the
 * owning subgraph, see subscriptions.ts). It verifies the caller's JWT once and forwards a
 * signed identity to subgraphs.
 */
import { graphiqlPage } from "./ide.js";
import { consoleFiles } from "./console.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { installDateTimeParsing } from "../shared/date-time.js";
import { ApolloGateway, RemoteGraphQLDataSource, type ServiceMap } from "@apollo/gateway";
import { GraphQLError, type ExecutionArgs } from "graphql";
import type { Config, SubgraphName } from "../shared/config.js";
import { SUBGRAPH_NAMES } from "../shared/config.js";
import { AppError, formatClientError, rateLimited } from "../shared/errors.js";
import {
  attachWebSocketServer,
  createHttpHandler,
  drainWebSockets,
  headerValue,
  type ExchangeRequest,
  listenOn,
  refusalWindow,
} from "../shared/http.js";
import { createHttpClient } from "../shared/http-client.js";
import { ANONYMOUS, authorizationVerifier, isStaff } from "../shared/identity.js";
import { IdentityTokens } from "../shared/identity-tokens.js";
import type { Logger } from "../shared/logger.js";
import { projectPath } from "../shared/paths.js";
import { currentRequestId, REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "../shared/request-scope.js";
import type { GatewayContext } from "./context.js";
import { createRateLimiter } from "./rate-limit.js";
import { SubgraphSource } from "./subgraph-source.js";
import { applyApolloDataCollectionSetting } from "./apollo-data-collection.js";
import { dedupingFetcher } from "./dedupe.js";
import { Admission, rateLimitKey } from "./admission.js";
import { SubscriptionForwarder } from "./subscriptions.js";
import { UpstreamConnections } from "./upstream.js";
import { SocketDocuments } from "./socket-documents.js";
import { serveGraphqlWs } from "./socket-server.js";

/** How long a graceful stop waits for in-flight requests and socket operations (Apollo's own drain default). */
const SHUTDOWN_GRACE_MS = 10_000;
export const SUPERGRAPH_PATH = projectPath("schema", "supergraph.graphql");

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  port: number;
  host: string;
  subgraphUrl: (name: SubgraphName) => string;
  supergraphSdl?: string;
}

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  /** Client subscriptions open now, and the upstream groups they share. */
  subscriptionStats(): { groups: number; members: number };
  /** The gateway's graphql-ws connections to subgraphs open now, by subgraph (all subscriptions ride these). */
  upstreamSockets(): Record<string, number>;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config } = options;
  const logger = options.logger.child({ service: "gateway" });
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, "utf8");
  const isSubgraph = (name: string): name is SubgraphName => (SUBGRAPH_NAMES as readonly string[]).includes(name);
  const urlOf = (name: string) => (isSubgraph(name) ? options.subgraphUrl(name) : name);
  const identityTokens = new IdentityTokens(config.INTERNAL_SECRET);

  // Subgraph calls use pooled keep-alive connections without WHATWG streams (see http-client.ts).
  // The gateway's default fetcher, make-fetch-happen, adds an HTTP cache and a retry layer the
  // gateway never uses, and its agent captures a stack trace on every request.
  const subgraphClient = createHttpClient({
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    maxResponseBytes: config.SUBGRAPH_MAX_RESPONSE_BYTES,
    inProcess: config.IN_PROCESS_SUBGRAPH_CALLS,
  });
  const fetcher = dedupingFetcher(subgraphClient) as unknown as RemoteGraphQLDataSource["fetcher"];
  const dataSources: ServiceMap = {};
  applyApolloDataCollectionSetting(config);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => (dataSources[name] = new SubgraphSource(name, urlOf(name), fetcher, identityTokens)),
    logger: { debug() {}, info() {}, warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
  });
  // A bad date is refused here, before planning, exactly as a subgraph would refuse it.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => installDateTimeParsing(apiSchema));

  const limiter = createRateLimiter({
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    redisUrl: config.REDIS_URL,
    keyPrefix: config.PUBSUB_CHANNEL_PREFIX,
  });
  const clientOf = (request: ExchangeRequest) => ({
    // Behind a trusted load balancer the client is the first X-Forwarded-For hop.
    address:
      (config.TRUST_PROXY ? headerValue(request.headers["x-forwarded-for"])?.split(",")[0]?.trim() : null) ||
      request.socket.remoteAddress ||
      null,
    userAgent: headerValue(request.headers["user-agent"]),
  });
  /** Who a bearer token names (verified once per token, remembered until it expires). */
  const callerOf = authorizationVerifier({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER });
  /**
   * The caller of one request or socket; every request spends at least one point of their budget.
   * The request id is the HTTP request's scope (http.ts), or the socket's own.
   */
  const contextFor = async (headers: {
    authorization?: string | null;
    acceptLanguage?: string | null;
    client: GatewayContext["client"];
    requestId: string;
  }): Promise<GatewayContext> => {
    let identity;
    try {
      identity = await callerOf(headers.authorization);
    } catch (error) {
      // Guessing tokens spends the address's budget like any other request.
      const wait = await limiter.take(rateLimitKey({ identity: ANONYMOUS, client: headers.client }));
      throw wait > 0 ? rateLimited(wait) : error;
    }
    const context: GatewayContext = {
      identity,
      acceptLanguage: headers.acceptLanguage ?? null,
      requestId: headers.requestId,
      client: headers.client,
    };
    const wait = await limiter.take(rateLimitKey(context));
    if (wait > 0) throw rateLimited(wait);
    return context;
  };

  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The process entry points own SIGTERM/SIGINT (a graceful drain, then exit 0); Apollo's own
    // handler would stop the server and re-raise the signal, killing the process mid-drain.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: config.MAX_BATCH_SIZE > 1,
    formatError: (formatted, error) =>
      formatClientError(
        formatted,
        (e) => logger.error("request failed", { error: e }),
        (error as { originalError?: unknown })?.originalError ?? error,
      ),
    // No response cache sits in front of the graph: computing cache hints per field is waste.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const upstream = new UpstreamConnections((name) => urlOf(name).replace(/^http/, "ws"), identityTokens);
  const forwarder = new SubscriptionForwarder({
    supergraphSdl,
    dataSources: () => dataSources,
    upstream,
    logger,
    maxPerCaller: config.MAX_SUBSCRIPTIONS_PER_CALLER,
  });
  installDateTimeParsing(forwarder.validationSchema);
  const admission = new Admission(forwarder.validationSchema, config, limiter);
  const socketDocuments = new SocketDocuments(forwarder.validationSchema);

  // Set by close(): /ready turns false and new sockets are refused while in-flight work drains.
  let draining = false;
  let socketOperationsInFlight = 0;
  const wsServer = attachWebSocketServer(httpServer, "/graphql", {
    maxPerAddress: config.MAX_SOCKETS_PER_ADDRESS,
    addressOf: (request) => clientOf(request).address,
    accepting: () => !draining,
  });
  const wsCleanup = serveGraphqlWs<GatewayContext>(
    {
      connect: async (request, params) => {
        try {
          const authorization =
            params?.authorization ?? params?.Authorization ?? headerValue(request.headers.authorization);
          return await contextFor({
            authorization: typeof authorization === "string" ? authorization : null,
            acceptLanguage: headerValue(request.headers["accept-language"]),
            client: clientOf(request),
            requestId: requestIdFrom(headerValue(request.headers[REQUEST_ID_HEADER])),
          });
        } catch {
          return null;
        }
      },
      prepare: async (context, payload, running) => {
        if (running >= config.MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new AppError(
              "RATE_LIMITED",
              `At most ${config.MAX_SUBSCRIPTIONS_PER_SOCKET} operations at once on one connection`,
              { limit: "maxSubscriptionsPerSocket", max: config.MAX_SUBSCRIPTIONS_PER_SOCKET },
            ),
          ];
        }
        try {
          // Each operation over the socket is limited and charged as over HTTP.
          await admission.admit(context, payload);
        } catch (error) {
          return [error as GraphQLError];
        }
        const document = socketDocuments.documentOf(payload.query);
        if (Array.isArray(document)) return document;
        return {
          schema: forwarder.validationSchema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? undefined,
          contextValue: context,
        } satisfies ExecutionArgs;
      },
      subscribe: (args, target) => {
        try {
          // Not in the socket's request scope: an upstream subscription is shared by every caller
          // asking the same, and its events are no one request's.
          return forwarder.subscribe(
            args.document,
            (args.variableValues ?? {}) as Record<string, unknown>,
            args.operationName ?? undefined,
            args.contextValue as GatewayContext,
            target,
          );
        } catch (error) {
          // A plan that cannot be built is the caller's problem, not a reason to drop the socket.
          return {
            errors: [
              error instanceof GraphQLError
                ? error
                : new GraphQLError((error as Error).message, { extensions: { code: "BAD_USER_INPUT" } }),
            ],
          };
        }
      },
      execute: async (args) => {
        socketOperationsInFlight++;
        try {
          const context = args.contextValue as GatewayContext;
          return await withRequestId(context.requestId, () => executeOverSocket(args));
        } finally {
          socketOperationsInFlight--;
        }
      },
      formatErrors: (errors) =>
        errors.map((error) =>
          formatClientError(
            error.toJSON(),
            (e) => logger.error("subscription failed", { error: e }),
            error.originalError ?? error,
          ),
        ),
    },
    wsServer,
    logger,
  );

  /** A query or mutation sent over a socket runs through the normal federated path. */
  async function executeOverSocket(args: ExecutionArgs) {
    const response = await apollo.executeOperation(
      {
        query: args.document,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName ?? undefined,
      },
      { contextValue: args.contextValue as GatewayContext },
    );
    if (response.body.kind !== "single")
      return { errors: [new GraphQLError("Incremental delivery is not supported over WebSocket")] };
    const max = admission.limitsFor((args.contextValue as GatewayContext).identity).maxResponseBytes;
    if (Buffer.byteLength(JSON.stringify(response.body.singleResult)) > max) {
      return {
        errors: [
          new AppError(
            "QUERY_TOO_COMPLEX",
            `Response exceeds maxResponseBytes = ${max}; ask for fewer items or fields`,
            { limit: "maxResponseBytes", max },
          ),
        ],
      };
    }
    return response.body.singleResult as never;
  }

  httpServer.on(
    "request",
    createHttpHandler({
      apollo,
      corsOrigins: (config.CORS_ORIGINS ?? (config.NODE_ENV === "production" ? "" : "*"))
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      context: (request) =>
        contextFor({
          authorization: headerValue(request.headers.authorization),
          acceptLanguage: headerValue(request.headers["accept-language"]),
          client: clientOf(request),
          requestId: currentRequestId() ?? requestIdFrom(null),
        }),
      // The HTTP request already spent one point on admission.
      admit: (context, operation) => admission.admit(context, operation, 1),
      maxResponseBytes: (context) => admission.limitsFor(context.identity).maxResponseBytes,
      idePage: graphiqlPage,
      staticFiles: consoleFiles(),
      maxBatchSize: config.MAX_BATCH_SIZE,
      accepting: () => !draining,
      anonymous: (context) => context.identity.role === "anonymous",
      // Which subgraphs are down is for staff; anyone may learn that the gateway is up.
      health: async (request) => {
        const caller = await callerOf(headerValue(request.headers.authorization)).catch(() => ANONYMOUS);
        return isStaff(caller)
          ? { service: "gateway", subgraphs: await subgraphHealth(urlOf) }
          : { service: "gateway" };
      },
      ready: async () => !draining && Object.values(await subgraphHealth(urlOf)).every((status) => status === "ok"),
      accessLog: { logger, level: "info" },
    }),
  );

  await listenOn(httpServer, { port: options.port, host: options.host, portVariable: "GATEWAY_PORT" });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === "0.0.0.0" ? "127.0.0.1" : options.host;
  logger.info("gateway listening", { port });
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    subscriptionStats: () => forwarder.stats,
    upstreamSockets: () => upstream.sockets,
    // A graceful stop (SIGTERM): refuse new connections, let HTTP requests and operations over
    // sockets in flight answer, then close sockets with 1012 so clients reconnect and resume.
    async close() {
      draining = true;
      await refusalWindow(httpServer);
      await Promise.all([
        apollo.stop(),
        drainWebSockets(wsServer, { busy: () => socketOperationsInFlight, graceMs: SHUTDOWN_GRACE_MS }),
      ]);
      await wsCleanup.dispose();
      subgraphClient.close();
      await upstream.close();
      await limiter.close();
    },
  };
}

/** Each subgraph's /health, for the gateway's own health answer and the live dashboard. */
export async function subgraphHealth(
  urlOf: (name: SubgraphName) => string,
): Promise<Record<SubgraphName, "ok" | "down">> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      try {
        const response = await fetch(urlOf(name).replace(/\/graphql$/, "/health"), {
          signal: AbortSignal.timeout(1500),
        });
        return [name, response.ok ? "ok" : "down"] as const;
      } catch {
        return [name, "down"] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, "ok" | "down">;
}

export { AppError };
