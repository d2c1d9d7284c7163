/**
 * Serving an Apollo Server over Node's http module (what startStandaloneServer does, plus our
 * routes): /graphql, /health, /ready, CORS, and an authentication hook that can answer 401
 * with a coded GraphQL error before Apollo runs. Each request runs in a request scope (its
 * `x-request-id`, or a new one, echoed in the response) and /graphql requests are logged.
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, Server } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext as ApolloBaseContext } from "@apollo/server";
import { WebSocketServer, type WebSocket } from "ws";
import { StartupError } from "./config.js";
import { AppError } from "./errors.js";
import type { Logger } from "./logger.js";
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "./request-scope.js";
import { rememberConnection } from "./ws-frames.js";

/**
 * What the handler reads of a request: Node's IncomingMessage, or an in-process exchange's
 * (in-process-exchange.ts), which skips the loopback socket between services in one process.
 */
export interface ExchangeRequest extends AsyncIterable<unknown> {
  readonly method?: string;
  readonly url?: string;
  readonly headers: IncomingHttpHeaders;
  readonly socket: { readonly remoteAddress?: string };
}

/** What the handler writes of a response: Node's ServerResponse, or an in-process exchange's. */
export interface ExchangeResponse {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string | number | readonly string[]): unknown;
  writeHead(statusCode: number, headers?: OutgoingHttpHeaders): this;
  write(chunk: string | Buffer): unknown;
  end(chunk?: string | Buffer): unknown;
}

export interface HttpRoutesOptions<Context extends ApolloBaseContext> {
  apollo: ApolloServer<Context>;
  /** Builds the per-request context; throwing an AppError answers with that coded error. */
  context: (request: ExchangeRequest) => Promise<Context>;
  /** What /health adds to `status: ok` (it may look at the request, e.g. to say more to staff). */
  health: (request: ExchangeRequest) => Promise<Record<string, unknown>>;
  ready: () => Promise<boolean>;
  corsOrigins?: string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Additional JSON routes by path (internal endpoints). */
  routes?: Record<string, (request: ExchangeRequest, url: URL) => Promise<unknown>>;
  /** Checks an operation before Apollo sees it (limits, rate); throwing an AppError refuses it. */
  admit?: (
    context: Context,
    operation: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown },
  ) => Promise<void>;
  /** Largest response body (bytes) for this caller; a larger one is replaced by QUERY_TOO_COMPLEX. */
  maxResponseBytes?: (context: Context) => number;
  /** Most operations in one batched request (Apollo BatchHttpLink); unset or 1: batching off. */
  maxBatchSize?: number;
  /** A browser page served for `GET /graphql` asking for HTML without a query (the IDE). */
  idePage?: () => StaticPage;
  /** Static files by URL (a web app's build); null: not one of them. GET and HEAD only. */
  staticFiles?: (url: URL) => StaticFile | null;
  /** One "request completed" line per /graphql request (method, status, duration, operation), at `level`. */
  accessLog?: { logger: Logger; level: "debug" | "info" };
  /**
   * False once a graceful stop began: a request that reaches the handler after that is answered
   * 503 SERVICE_UNAVAILABLE (retryable) without running, so no write commits on a connection the
   * drain is closing.
   */
  accepting?: () => boolean;
  /**
   * True when the request carried no credentials. Such a caller's single operation that returns
   * no data, only UNAUTHENTICATED errors, is answered 401 — the status a bad or expired token
   * gets — instead of 200 (docs/security.md, "Signed out and bad tokens").
   */
  anonymous?: (context: Context) => boolean;
}

/** A file served as is: its body, a gzipped copy when worth it, and its own headers. */
export interface StaticFile {
  status?: number;
  body: Buffer;
  gzip?: Buffer;
  contentType: string;
  headers: Record<string, string>;
}

function sendFile(request: ExchangeRequest, response: ExchangeResponse, file: StaticFile): void {
  const gzip =
    file.gzip &&
    file.gzip.length < file.body.length &&
    /\bgzip\b/.test(headerValue(request.headers["accept-encoding"]) ?? "");
  response.writeHead(file.status ?? 200, {
    "content-type": file.contentType,
    ...file.headers,
    ...(file.gzip ? { vary: "accept-encoding" } : {}),
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : gzip ? file.gzip : file.body);
}

/** A prebuilt HTML page, also gzip-compressed. */
export interface StaticPage {
  html: Buffer;
  gzip: Buffer;
}

/** A browser navigating to the endpoint: GET, wants HTML, carries no operation. */
const wantsPage = (request: ExchangeRequest, url: URL) =>
  request.method === "GET" &&
  !url.searchParams.has("query") &&
  !url.searchParams.has("extensions") &&
  (request.headers.accept ?? "").includes("text/html");

function sendPage(request: ExchangeRequest, response: ExchangeResponse, page: StaticPage): void {
  const gzip = /\bgzip\b/.test(headerValue(request.headers["accept-encoding"]) ?? "");
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  response.end(gzip ? page.gzip : page.html);
}

/** The first value of a Node request header, or null. */
export function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

const STATUS_FOR_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
};
/** Every 401 names the scheme that would be accepted (RFC 9110 §11.6.1, RFC 6750). */
const WWW_AUTHENTICATE = "Bearer";

/**
 * A serialized GraphQL result that holds nothing but refusals for want of sign-in: at least one
 * error, every error UNAUTHENTICATED, and no root field with a value.
 */
export function onlyNeedsSignIn(body: string): boolean {
  if (!body.includes('"UNAUTHENTICATED"')) return false;
  let result: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    result = JSON.parse(body) as typeof result;
  } catch {
    return false;
  }
  const errors = Array.isArray(result.errors) ? result.errors : [];
  if (errors.length === 0 || !errors.every((error) => error?.extensions?.code === "UNAUTHENTICATED")) return false;
  return result.data == null || Object.values(result.data).every((value) => value === null);
}

export function sendGraphQLError(
  response: ExchangeResponse,
  error: AppError,
  extraHeaders: Record<string, string> = {},
): void {
  const code = String(error.extensions.code);
  const retryAfter = error.extensions.retryAfterSeconds;
  response.writeHead(STATUS_FOR_CODE[code] ?? 400, {
    "content-type": "application/json; charset=utf-8",
    ...(code === "RATE_LIMITED" && typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : {}),
    ...(code === "UNAUTHENTICATED" ? { "www-authenticate": WWW_AUTHENTICATE } : {}),
    ...extraHeaders,
  });
  response.end(JSON.stringify(graphQLErrorBody(error)));
}

/** The body of a GraphQL answer refusing a request with `error` before it ran. */
export const graphQLErrorBody = (error: AppError) => ({
  errors: [{ message: error.message, extensions: error.extensions }],
});

/** The body of the answer to a request that arrives while the service drains (HTTP 503). */
export const SERVICE_RESTARTING = {
  errors: [
    {
      message: "The service is restarting; send the request again",
      extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
    },
  ],
};

/** The body of the answer to a request that failed unexpectedly (HTTP 500): nothing of the failure is told. */
export const INTERNAL_SERVER_ERROR = {
  errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
};

/** The operation a GraphQL-over-HTTP request carries: a POST body, or GET query parameters. */
function operationOf(
  method: string | undefined,
  url: URL,
  body: unknown,
): { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } {
  if (method === "GET") {
    const json = (name: string) => {
      const raw = url.searchParams.get(name);
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    };
    return {
      query: url.searchParams.get("query") ?? undefined,
      variables: json("variables"),
      operationName: url.searchParams.get("operationName") ?? undefined,
      extensions: json("extensions"),
    };
  }
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

async function readBody(request: ExchangeRequest, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AppError("BAD_USER_INPUT", `Request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_USER_INPUT", "Request body is not valid UTF-8");
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The request headers real clients send (Apollo Client, urql, graphql-request, tracing). */
export const CORS_ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "accept-language",
  "apollo-require-preflight",
  "apollographql-client-name",
  "apollographql-client-version",
  "x-apollo-operation-name",
  "x-request-id",
  "traceparent",
  "tracestate",
] as const;

function applyCors(request: ExchangeRequest, response: ExchangeResponse, origins: string[] | undefined): void {
  if (!origins) return;
  const origin = request.headers.origin;
  if (!origin) return;
  if (origins.includes("*") || origins.includes(origin)) {
    response.setHeader("access-control-allow-origin", origins.includes("*") ? "*" : origin);
    response.setHeader("vary", "origin");
    response.setHeader("access-control-allow-headers", CORS_ALLOWED_HEADERS.join(", "));
    response.setHeader("access-control-expose-headers", "retry-after, x-request-id");
    response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    response.setHeader("access-control-max-age", "600");
  }
}

export function createHttpHandler<Context extends ApolloBaseContext>(options: HttpRoutesOptions<Context>) {
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const handle = async (
    request: ExchangeRequest,
    response: ExchangeResponse,
    url: URL,
    seen: { operationName?: string },
  ): Promise<void> => {
    applyCors(request, response, options.corsOrigins);
    try {
      if (request.method === "OPTIONS") {
        response.writeHead(204).end();
        return;
      }
      if (url.pathname === "/health") {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "ok", ...(await options.health(request)) }));
        return;
      }
      if (url.pathname === "/ready") {
        const ready = await options.ready();
        response.writeHead(ready ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify({ ready }));
        return;
      }
      if (options.accepting && !options.accepting()) {
        response
          .writeHead(503, { "content-type": "application/json", "retry-after": "1", connection: "close" })
          .end(JSON.stringify(SERVICE_RESTARTING));
        return;
      }
      const route = options.routes?.[url.pathname];
      if (route) {
        const body = await route(request, url);
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
        return;
      }
      const file = (request.method === "GET" || request.method === "HEAD") && options.staticFiles?.(url);
      if (file) {
        sendFile(request, response, file);
        return;
      }
      if (url.pathname !== "/graphql") {
        response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
        return;
      }
      if (options.idePage && wantsPage(request, url)) {
        sendPage(request, response, options.idePage());
        return;
      }
      const context = await options.context(request);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const raw = request.method === "POST" ? await readBody(request, maxBody) : "";
      let body: unknown = raw;
      if (raw && (headers.get("content-type") ?? "").includes("json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new AppError("BAD_USER_INPUT", "Request body is not valid JSON");
        }
      }
      if (Array.isArray(body)) {
        const max = options.maxBatchSize ?? 1;
        if (max <= 1)
          throw new AppError(
            "BAD_USER_INPUT",
            "Batched requests are not accepted here; send one operation per request",
          );
        if (body.length === 0 || body.length > max)
          throw new AppError("BAD_USER_INPUT", `A batch holds 1 to ${max} operations (MAX_BATCH_SIZE)`, {
            limit: "maxBatchSize",
            max,
          });
      }
      const operations = Array.isArray(body) ? body : [operationOf(request.method, url, body)];
      if (operations.length === 1 && typeof operations[0]?.operationName === "string")
        seen.operationName = operations[0].operationName;
      if (options.admit) for (const operation of operations) await options.admit(context, operation ?? {});
      // GET runs queries only (Apollo refuses mutations over GET) and identity is a bearer token,
      // never an ambient cookie: a simple GET is no CSRF risk, so urql's default GET works. Simple
      // POSTs (forms, text/plain) stay blocked by Apollo's CSRF prevention.
      if (request.method === "GET") headers.set("apollo-require-preflight", "true");
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
        context: async () => context,
      });
      if (result.body.kind === "complete") {
        const max = options.maxResponseBytes?.(context);
        if (max !== undefined && Buffer.byteLength(result.body.string) > max) {
          throw new AppError(
            "QUERY_TOO_COMPLEX",
            `Response exceeds maxResponseBytes = ${max}; ask for fewer items or fields`,
            { limit: "maxResponseBytes", max },
          );
        }
      }
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      // Signed out and asking only for what needs sign-in: the same 401 as a bad token.
      if (
        response.statusCode === 200 &&
        result.body.kind === "complete" &&
        operations.length === 1 &&
        options.anonymous?.(context) &&
        onlyNeedsSignIn(result.body.string)
      ) {
        response.statusCode = 401;
        response.setHeader("www-authenticate", WWW_AUTHENTICATE);
      }
      if (result.body.kind === "complete") {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    } catch (error) {
      if (error instanceof AppError) {
        sendGraphQLError(response, error);
        return;
      }
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify(INTERNAL_SERVER_ERROR));
    }
  };
  // A listener for http.Server's "request": `handle` answers every failure itself, so nothing is returned.
  return (request: ExchangeRequest, response: ExchangeResponse): void => {
    const requestId = requestIdFrom(headerValue(request.headers[REQUEST_ID_HEADER]));
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const url = new URL(request.url ?? "/", "http://localhost");
    void withRequestId(requestId, async () => {
      const started = performance.now();
      const seen: { operationName?: string } = {};
      try {
        await handle(request, response, url, seen);
      } finally {
        const log = options.accessLog;
        if (log && url.pathname === "/graphql" && request.method !== "OPTIONS") {
          log.logger[log.level]("request completed", {
            method: request.method,
            status: response.statusCode,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            ...(seen.operationName ? { operationName: seen.operationName } : {}),
          });
        }
      }
    });
  };
}

/**
 * Starts `server` listening. A port already in use is the operator's to fix: it becomes a
 * StartupError naming the port and the variable that sets it, not a raw EADDRINUSE stack.
 */
export function listenOn(server: Server, listen: { port: number; host: string; portVariable: string }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(
            `Port ${listen.port} on ${listen.host} is already in use; stop what holds it or set ${listen.portVariable} to a free port.`,
            listen.portVariable,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(
          new StartupError(
            `Not allowed to listen on port ${listen.port}; set ${listen.portVariable} to a port above 1023.`,
            listen.portVariable,
          ),
        );
      } else reject(error);
    };
    server.once("error", onError);
    server.listen(listen.port, listen.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/**
 * A WebSocket server for `path` on `server`'s upgrades. Not bound to the HTTP server itself, so
 * the HTTP server's own errors (a busy port) stay with it instead of being re-emitted as
 * WebSocket server errors. With `maxPerAddress`, an address holding that many open sockets is
 * answered 429 instead of upgraded.
 */
export function attachWebSocketServer(
  server: Server,
  path: string,
  limits: {
    maxPerAddress?: number;
    addressOf?: (request: IncomingMessage) => string | null;
    accepting?: () => boolean;
  } = {},
): WebSocketServer {
  const wsServer = new WebSocketServer({ noServer: true });
  const openByAddress = new Map<string, number>();
  server.on("upgrade", (request, socket, head) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== path) {
      socket.destroy();
      return;
    }
    if (limits.accepting && !limits.accepting()) {
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nretry-after: 1\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nShutting down; connect again\n`,
      );
      return;
    }
    const address = limits.addressOf?.(request) ?? request.socket.remoteAddress ?? "unknown";
    const open = openByAddress.get(address) ?? 0;
    if (limits.maxPerAddress !== undefined && open >= limits.maxPerAddress) {
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nretry-after: 30\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nAt most ${limits.maxPerAddress} open connections per address\n`,
      );
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => {
      rememberConnection(ws, socket);
      countOpen(openByAddress, address, ws);
      wsServer.emit("connection", ws, request);
    });
  });
  return wsServer;
}

/**
 * Counts `ws` against its address until it closes. Outside the upgrade handler so that the close
 * listener, alive as long as the socket, does not keep the upgrade request and its head with it.
 */
function countOpen(openByAddress: Map<string, number>, address: string, ws: WebSocket): void {
  openByAddress.set(address, (openByAddress.get(address) ?? 0) + 1);
  ws.once("close", () => {
    const left = (openByAddress.get(address) ?? 1) - 1;
    if (left > 0) openByAddress.set(address, left);
    else openByAddress.delete(address);
  });
}

/**
 * At the start of a graceful stop, how long the server keeps reading requests only to answer
 * them 503 SERVICE_UNAVAILABLE (retryable) before it closes idle connections: a request already
 * on its way gets a clear answer instead of a reset connection.
 */
export const REFUSAL_WINDOW_MS = 250;

/** The refusal window of a graceful stop; skipped when nobody is connected. */
export async function refusalWindow(server: Server): Promise<void> {
  const open = await new Promise<number>((resolve) =>
    server.getConnections((error, count) => resolve(error ? 1 : count)),
  );
  if (open > 0) await new Promise((resolve) => setTimeout(resolve, REFUSAL_WINDOW_MS));
}

/** RFC 6455 close code 1012 "Service Restart": graphql-ws clients treat it as a reason to reconnect. */
export const SERVICE_RESTART_CLOSE_CODE = 1012;

/**
 * The WebSocket half of a graceful stop: waits (up to `graceMs`) for operations still running
 * over sockets to answer, then closes every socket with 1012 so clients reconnect (to another
 * replica, or to this one once it is back) and resume their subscriptions. Closing the server
 * itself is left to its owner (graphql-ws's dispose).
 */
export async function drainWebSockets(
  wsServer: WebSocketServer,
  options: { busy: () => number; graceMs: number },
): Promise<void> {
  const deadline = Date.now() + options.graceMs;
  while (options.busy() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const socket of wsServer.clients) socket.close(SERVICE_RESTART_CLOSE_CODE, "Service restarting; reconnect");
}
