/**
 * Calls between services that run in one process (`npm start`, the all-in-one deployment)
 * without the loopback socket: a subgraph server registers its request handler under its origin,
 * and a client made with `inProcess` hands a request for that origin straight to the handler.
 * The handler is the one the HTTP server runs, so the callee sees the same headers (identity
 * token, request id, client details), applies the same checks and limits, and answers the same
 * status, headers and body; only the socket, Node's HTTP parser and the kernel's loopback are
 * skipped (about a fifth of the process's CPU per created ticket: docs/performance.md).
 *
 * An origin nobody registered (another process's service, a stopped server) goes over HTTP as
 * before, so a service that stopped here is as unreachable as one that stopped elsewhere.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import type { ExchangeRequest, ExchangeResponse } from "./http.js";
import { HttpResponse, RequestTimeoutError, ResponseTooLargeError } from "./http-client.js";

/** A server's request listener, as `createHttpHandler` builds it. */
export type ExchangeHandler = (request: ExchangeRequest, response: ExchangeResponse) => void;

/**
 * A server's GraphQL operations run for a caller in this process without HTTP: given the JSON
 * body a POST to its /graphql would carry and the request's headers, the answer's body, as that
 * POST would have answered it (the same identity checks, context, Apollo pipeline and errors;
 * only the HTTP exchange around it is skipped).
 */
export type OperationRunner = (body: Record<string, unknown>, headers: Record<string, string>) => Promise<unknown>;

interface Registration {
  handler: ExchangeHandler;
  serving: () => boolean;
  operations?: OperationRunner;
}

const registrations = new Map<string, Registration>();

/**
 * Serves `origin` (`http://host:port`) in this process through `handler` while `serving()` says
 * so (the server still holds the port), until the returned function is called. A server that
 * stopped without calling it is forgotten at the next request: its port may belong to another
 * server by then, and requests for it go over HTTP to whoever holds it.
 */
export function serveInProcess(
  origin: string,
  handler: ExchangeHandler,
  serving = () => true,
  operations?: OperationRunner,
): () => void {
  const key = new URL(origin).origin;
  const registration = { handler, serving, operations };
  registrations.set(key, registration);
  return () => {
    if (registrations.get(key) === registration) registrations.delete(key);
  };
}

function registrationFor(origin: string): Registration | null {
  const registration = registrations.get(origin);
  if (!registration) return null;
  if (registration.serving()) return registration;
  registrations.delete(origin);
  return null;
}

/**
 * The operation runner of the server behind `url` (its /graphql endpoint) in this process, or
 * null when none serves it here (the caller goes over HTTP, or through `exchangeInProcess`).
 */
export function operationsInProcess(url: string): OperationRunner | null {
  if (registrations.size === 0) return null;
  const target = new URL(url);
  if (target.pathname !== "/graphql") return null;
  return registrationFor(target.origin)?.operations ?? null;
}

export interface InProcessRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

/**
 * The answer of the handler serving `url`'s origin in this process, or null when none does (the
 * caller goes over HTTP). Time limit, abort signal and response size limit behave as over HTTP.
 */
export function exchangeInProcess(url: string, init: InProcessRequest): Promise<HttpResponse> | null {
  if (registrations.size === 0) return null;
  const target = new URL(url);
  const handler = registrationFor(target.origin)?.handler;
  if (!handler) return null;
  return new Promise<HttpResponse>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = () => {
      clearTimeout(timer);
      init.signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      settle();
      reject(init.signal?.reason ?? new Error("The request was aborted"));
    };
    if (init.signal?.aborted) return onAbort();
    init.signal?.addEventListener("abort", onAbort, { once: true });
    if (init.timeoutMs)
      timer = setTimeout(() => {
        settle();
        reject(new RequestTimeoutError(url, init.timeoutMs!));
      }, init.timeoutMs);
    const response = new CollectedResponse(
      init.maxResponseBytes ?? Infinity,
      (outcome) => {
        settle();
        if (outcome instanceof Error) reject(outcome);
        else resolve(new HttpResponse(url, outcome.status, "", outcome.headers, outcome.body));
      },
      url,
    );
    handler(new SuppliedRequest(target, init), response);
  });
}

/** The request as the handler reads it: Node's lower-case header names, the body in one chunk. */
class SuppliedRequest implements ExchangeRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders = {};
  readonly socket = { remoteAddress: "127.0.0.1" };
  private readonly body: Buffer | null;

  constructor(target: URL, init: InProcessRequest) {
    this.method = init.method ?? "GET";
    this.url = target.pathname + target.search;
    for (const [name, value] of Object.entries(init.headers ?? {})) this.headers[name.toLowerCase()] = value;
    this.body = init.body === undefined ? null : Buffer.isBuffer(init.body) ? init.body : Buffer.from(init.body);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    if (this.body?.length) yield this.body;
  }
}

interface Collected {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The response the handler writes, collected whole and handed over at `end`. */
class CollectedResponse implements ExchangeResponse {
  statusCode = 200;
  headersSent = false;
  private readonly headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private done = false;

  constructor(
    private readonly maxBytes: number,
    private readonly onEnd: (outcome: Collected | Error) => void,
    private readonly url: string,
  ) {}

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.headers[name.toLowerCase()] = typeof value === "number" ? String(value) : (value as string | string[]);
    return this;
  }

  writeHead(statusCode: number, headers: OutgoingHttpHeaders = {}): this {
    this.statusCode = statusCode;
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Buffer): boolean {
    this.headersSent = true;
    if (this.done) return false;
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    this.size += bytes.length;
    if (this.size > this.maxBytes) {
      this.done = true;
      this.onEnd(new ResponseTooLargeError(this.url, this.maxBytes));
      return false;
    }
    this.chunks.push(bytes);
    return true;
  }

  end(chunk?: string | Buffer): this {
    if (chunk !== undefined) this.write(chunk);
    if (this.done) return this;
    this.done = true;
    const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.onEnd({ status: this.statusCode, headers: this.headers, body });
    return this;
  }
}
