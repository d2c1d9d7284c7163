/**
 * Runs one subgraph: Apollo Server over HTTP (/graphql, /health, /ready) and, when the schema
 * has subscriptions, graphql-ws on the same path. Every request must carry an identity signed
 * by the gateway (or by another subgraph, for service calls).
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { GraphQLError, getOperationAST, parse, validate, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_AGENT_HEADER,
  type BaseContext,
  type ClientInfo,
  type SubgraphServices,
} from "./context.js";
import { AppError, formatClientError } from "./errors.js";
import {
  attachWebSocketServer,
  createHttpHandler,
  drainWebSockets,
  graphQLErrorBody,
  headerValue,
  INTERNAL_SERVER_ERROR,
  listenOn,
  refusalWindow,
  SERVICE_RESTARTING,
} from "./http.js";
import { serveInProcess, type OperationRunner } from "./in-process-exchange.js";
import { ANONYMOUS, IDENTITY_HEADER, identityVerifier, ROLES, type Identity } from "./identity.js";
import { forbidden, unauthenticated } from "./errors.js";
import { createReplayGuard, type ReplayGuard } from "./replay-guard.js";
import { readOutboxPage } from "./outbox.js";
import { startEventRetention } from "./event-retention.js";
import type { Logger } from "./logger.js";
import { currentRequestId, REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "./request-scope.js";
import { subgraphPortVariable, type SubgraphName } from "./config.js";

export const OUTBOX_PATH = "/internal/outbox";

export interface SubgraphDefinition<Context extends BaseContext> {
  name: SubgraphName;
  schema: GraphQLSchema;
  /** Adds the subgraph's own per-request state (DataLoaders…) to the base context. */
  createContext(base: BaseContext, services: SubgraphServices): Context;
  /** Starts background work (outbox relay, sweepers); returns its stop function. */
  startBackground?(services: SubgraphServices): Promise<() => Promise<void>>;
}

/**
 * Who a subscription runs as when a service (the gateway) opens it on a caller's behalf, in the
 * subscribe message's `extensions.caller`: the caller as the gateway verified them (null for an
 * anonymous caller) and the details the gateway forwards over HTTP as headers. Only a
 * connection that proved a service identity may name a caller; the subscription may outlive any
 * token, so the caller travels as the verified identity, not as a token.
 */
export interface CallerExtension {
  identity: Identity | null;
  acceptLanguage?: string | null;
  client?: ClientInfo | null;
}

const CALLER_ROLES: readonly string[] = [...ROLES];

const REPLAYED_TOKEN = "This identity token was already used for a mutation; each write needs a fresh one";

/** The identity token a graphql-ws operation carries itself, in `extensions.headers`. */
function operationIdentityToken(extensions: Record<string, unknown> | null | undefined): string | null {
  const headers = extensions?.headers;
  if (!headers || typeof headers !== "object") return null;
  const token = (headers as Record<string, unknown>)[IDENTITY_HEADER];
  return typeof token === "string" && token ? token : null;
}

/** The caller a service names, or null when it is not a well-formed user identity. */
function callerIdentity(value: unknown): Identity | null {
  if (value === null) return ANONYMOUS;
  const candidate = value as Partial<Identity> | undefined;
  if (
    !candidate ||
    typeof candidate.role !== "string" ||
    !CALLER_ROLES.includes(candidate.role) ||
    typeof candidate.subject !== "string"
  )
    return null;
  return {
    subject: candidate.subject,
    role: candidate.role,
    ...(typeof candidate.name === "string" ? { name: candidate.name } : {}),
  };
}

export interface RunningServer {
  name: string;
  url: string;
  wsUrl: string;
  port: number;
  /** Starts the background work, when it was deferred (idempotent). */
  startBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
  /**
   * Leave background work (event consumers catching up from other subgraphs, sweepers) to a
   * later `startBackground()`: the all-in-one process starts every listener first, so that no
   * consumer asks a subgraph that is not listening yet.
   */
  deferBackground?: boolean;
}

export async function startSubgraphServer<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  services: SubgraphServices,
  listen: ListenOptions,
): Promise<RunningServer> {
  const logger = services.logger.child({ subgraph: definition.name });
  const identityOf = identityVerifier({ secret: services.config.INTERNAL_SECRET, audience: definition.name });
  const replayGuard = createReplayGuard(services.config.REDIS_URL, services.config.PUBSUB_CHANNEL_PREFIX);
  const httpServer = createServer();
  const hasSubscriptions = Boolean(definition.schema.getSubscriptionType());
  // Set by close(): requests and sockets arriving during the drain are refused, not half-run.
  let draining = false;
  const wsServer = hasSubscriptions
    ? attachWebSocketServer(httpServer, "/graphql", { accepting: () => !draining })
    : null;

  const contextFor = (base: BaseContext) => definition.createContext(base, services);
  const wsCleanup = wsServer
    ? useServer<{ identity?: string; acceptLanguage?: string; client?: ClientInfo }, { base?: BaseContext }>(
        {
          schema: definition.schema,
          onConnect: async (ctx) => {
            try {
              const forwarded = await identityOf(ctx.connectionParams?.identity);
              // A connection token opens one connection: a captured one cannot open another.
              if (forwarded.tokenId && !(await replayGuard.claim(forwarded.tokenId, forwarded.expiresAt))) return false;
              ctx.extra.base = {
                identity: forwarded.identity,
                acceptLanguage: ctx.connectionParams?.acceptLanguage ?? null,
                client: ctx.connectionParams?.client ?? null,
                requestId: randomUUID(),
              };
              return true;
            } catch {
              return false;
            }
          },
          // Each operation runs as its caller. Our gateway keeps one connection per subgraph (as a
          // service) and names the caller of each subscription in `extensions.caller`; another
          // router sends the caller's identity token with each operation, in
          // `extensions.headers` (what Hive Gateway's header propagation does over graphql-ws).
          onSubscribe: async (ctx, _id, payload) => {
            const connection = ctx.extra.base as BaseContext;
            let base = connection;
            const caller = payload.extensions?.caller as CallerExtension | undefined;
            const operationToken = operationIdentityToken(payload.extensions);
            if (caller) {
              if (connection.identity.role !== "service")
                return [unauthenticated("Only a service connection may subscribe on a caller's behalf")];
              const identity = callerIdentity(caller.identity);
              if (!identity) return [unauthenticated("The caller named by the gateway is not a valid identity")];
              base = {
                ...connection,
                identity,
                acceptLanguage: caller.acceptLanguage ?? null,
                client: caller.client ?? null,
                requestId: randomUUID(),
              };
            } else if (operationToken) {
              let forwarded;
              try {
                forwarded = await identityOf(operationToken);
              } catch (error) {
                return [error as GraphQLError];
              }
              const headers = payload.extensions!.headers as Record<string, unknown>;
              base = {
                ...connection,
                identity: forwarded.identity,
                identityToken: { id: forwarded.tokenId, expiresAt: forwarded.expiresAt },
                ...(typeof headers["accept-language"] === "string"
                  ? { acceptLanguage: headers["accept-language"] }
                  : {}),
                requestId: randomUUID(),
              };
            }
            let document;
            try {
              document = parse(payload.query);
            } catch (error) {
              return [new GraphQLError((error as Error).message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
            }
            const errors = validate(definition.schema, document);
            if (errors.length > 0) return errors;
            // As over HTTP: a write claims its operation's token, so a captured one cannot repeat it.
            const token = base.identityToken;
            if (
              token?.id &&
              getOperationAST(document, payload.operationName)?.operation === "mutation" &&
              !(await replayGuard.claim(token.id, token.expiresAt))
            ) {
              return [unauthenticated(REPLAYED_TOKEN)];
            }
            return {
              schema: definition.schema,
              document,
              variableValues: payload.variables ?? {},
              operationName: payload.operationName ?? undefined,
              contextValue: contextFor(base),
            };
          },
          onError: (_ctx, _id, _payload, errors) =>
            errors.map((error) =>
              formatClientError(
                error.toJSON(),
                (e) => logger.error("subscription failed", { error: e }),
                error.originalError ?? error,
              ),
            ),
        },
        wsServer,
      )
    : null;

  const apollo = new ApolloServer<Context>({
    schema: definition.schema,
    // The process entry points own SIGTERM/SIGINT (a graceful drain, then exit 0); Apollo's own
    // handler would stop the server and re-raise the signal, killing the process mid-drain.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatClientError(
        formatted,
        (e) => logger.error("request failed", { error: e }),
        (error as { originalError?: unknown })?.originalError ?? error,
      ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No response cache sits in front of the graph: computing cache hints per field is waste.
      ApolloServerPluginCacheControlDisabled(),
      ...(wsCleanup
        ? [
            {
              async serverWillStart() {
                return {
                  async drainServer() {
                    await wsCleanup.dispose();
                  },
                };
              },
            },
          ]
        : []),
      refuseReplayedMutations(replayGuard),
    ],
  });
  await apollo.start();

  /** A request's context from its headers (the forwarded identity, language, client), as HTTP and in-process calls build it. */
  const contextFromHeaders = async (headers: IncomingHttpHeaders) => {
    const forwarded = await identityOf(headerValue(headers[IDENTITY_HEADER]));
    return contextFor({
      identity: forwarded.identity,
      identityToken: { id: forwarded.tokenId, expiresAt: forwarded.expiresAt },
      acceptLanguage: headerValue(headers["accept-language"]),
      client: {
        address: headerValue(headers[CLIENT_ADDRESS_HEADER]),
        userAgent: headerValue(headers[CLIENT_AGENT_HEADER]),
      },
      requestId: currentRequestId() ?? randomUUID(),
    });
  };
  const handler = createHttpHandler({
    apollo,
    context: (request) => contextFromHeaders(request.headers),
    health: async () => ({ service: definition.name }),
    // The gateway logs each client request; a subgraph's share of it is detail.
    accessLog: { logger, level: "debug" },
    routes: {
      // Consumers that were down catch up from here (service identities only).
      [OUTBOX_PATH]: async (request, url) => {
        const { identity } = await identityOf(headerValue(request.headers[IDENTITY_HEADER]));
        if (identity.role !== "service") throw forbidden();
        const afterId = url.searchParams.get("afterId");
        const afterTime = url.searchParams.get("afterOccurredAt");
        const limit = Math.min(Number(url.searchParams.get("limit") ?? 500) || 500, 1000);
        const after = afterId && afterTime ? { id: afterId, occurredAt: new Date(afterTime) } : null;
        return readOutboxPage(services.db, definition.name, after, limit);
      },
    },
    accepting: () => !draining,
    // Ready = the database and the bus answer: a request now would not fail on either.
    ready: async () => {
      if (draining) return false;
      const database = services.db.sql.query("SELECT 1").then(
        () => true,
        () => false,
      );
      const [databaseUp, busUp] = await Promise.all([database, services.pubsub.healthy()]);
      return databaseUp && busUp;
    },
  });
  httpServer.on("request", handler);

  await listenOn(httpServer, {
    port: listen.port,
    host: listen.host,
    portVariable: subgraphPortVariable(definition.name),
  });
  let background: Promise<() => Promise<void>> | null = null;
  const startBackground = async () => {
    background ??= (async () => {
      const stopOwn = definition.startBackground ? await definition.startBackground(services) : async () => undefined;
      const stopRetention = startEventRetention(services, definition.name);
      const stop = async () => {
        await stopRetention();
        await stopOwn();
      };
      // The background's bus subscriptions (event consumers, chat queue positions) are active
      // before the subgraph counts as started: a message published while a SUBSCRIBE is still in
      // flight is lost, and queue positions have no catch-up (ready() waits a few seconds at most).
      await services.pubsub.ready();
      return stop;
    })();
    await background;
  };
  if (!listen.deferBackground) await startBackground();
  const { port } = httpServer.address() as AddressInfo;
  const host = listen.host === "0.0.0.0" ? "127.0.0.1" : listen.host;
  logger.info("subgraph listening", { port });
  // Callers in this process reach the same handler without the loopback socket while the server
  // holds its port.
  const stopServingInProcess = serveInProcess(
    `http://${host}:${port}`,
    handler,
    () => httpServer.listening,
    inProcessOperations({ apollo, context: contextFromHeaders, accepting: () => !draining, logger }),
  );
  return {
    name: definition.name,
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    startBackground,
    async close() {
      draining = true;
      await refusalWindow(httpServer);
      const stopBackground = await background;
      await stopBackground?.();
      // Sockets (the gateways' upstream subscriptions) are told "service restart" (1012), so they
      // reconnect and resume at once, rather than graphql-ws's own "going away" (1001) on dispose.
      if (wsServer) await drainWebSockets(wsServer, { busy: () => 0, graceMs: 0 });
      await apollo.stop();
      stopServingInProcess();
      await replayGuard.close();
      wsServer?.close();
    },
  };
}

/**
 * The subgraph's GraphQL operations for callers in this process (in-process-exchange.ts): what a
 * POST of `body` with `headers` to /graphql answers — refused while draining, the same context
 * (identity checks included) and Apollo pipeline, errors as the HTTP handler writes them — without
 * the HTTP exchange: no request and response to emulate, no content negotiation, and the answer's
 * body handed back parsed. The answer is copied through JSON, so the caller reads exactly what it
 * would have read from HTTP and never shares an object with the callee.
 */
function inProcessOperations<Context extends BaseContext>(options: {
  apollo: ApolloServer<Context>;
  context: (headers: IncomingHttpHeaders) => Promise<Context>;
  accepting: () => boolean;
  logger: Logger;
}): OperationRunner {
  return (body, headers) =>
    withRequestId(requestIdFrom(headers[REQUEST_ID_HEADER]), async () => {
      const started = performance.now();
      try {
        if (!options.accepting()) return SERVICE_RESTARTING;
        const context = await options.context(headers);
        const result = await options.apollo.executeOperation(body as GraphQLRequest, { contextValue: context });
        if (result.body.kind !== "single") throw new Error("incremental delivery is not served in process");
        return JSON.parse(JSON.stringify(result.body.singleResult)) as unknown;
      } catch (error) {
        if (error instanceof AppError) return graphQLErrorBody(error);
        return INTERNAL_SERVER_ERROR;
      } finally {
        options.logger.debug("request completed", {
          inProcess: true,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        });
      }
    });
}

/**
 * An Apollo plugin: a mutation's identity token is claimed once; the same token again (a
 * captured header replayed) is UNAUTHENTICATED before anything runs. Queries may reuse a token
 * within its lifetime.
 */
function refuseReplayedMutations(guard: ReplayGuard): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const token = contextValue.identityToken;
          if (operation?.operation !== "mutation" || !token?.id) return;
          if (!(await guard.claim(token.id, token.expiresAt))) throw unauthenticated(REPLAYED_TOKEN);
        },
      };
    },
  };
}
