/**
 * A small fetch-shaped HTTP client over node:http with pooled keep-alive connections, for the
 * hot internal hop (gateway → subgraph) and the benchmarks' clients. Node's global fetch works
 * too, but its WHATWG streams cost about as much CPU per small JSON request as the GraphQL
 * execution they carry; this reads the body into one Buffer and parses it once.
 * Plain HTTP only: internal calls never leave the deployment's network.
 */
import http from "node:http";
import { exchangeInProcess } from "./in-process-exchange.js";

export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
  /**
   * The exchange is abandoned with a RequestTimeoutError unless answered in full within this
   * long (default: the client's `timeoutMs`, unless a `signal` is given).
   */
  timeoutMs?: number;
}

/** The subset of the WHATWG Response that GraphQL clients read. */
export class HttpResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly headers: Headers;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: http.IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.headers = new Headers();
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) this.headers.append(name, item);
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body.toString("utf8");
  }

  // The Fetch API's own signature (the gateway's fetcher contract): callers cast the body they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async json(): Promise<any> {
    return JSON.parse(this.body.toString("utf8"));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  clone(): HttpResponse {
    return this;
  }
}

export interface HttpClient {
  (url: string, init?: HttpRequestInit): Promise<HttpResponse>;
  /** Closes the pooled connections. */
  close(): void;
}

export interface HttpClientOptions {
  maxSockets?: number;
  /** A request not answered in full within this long is aborted (unless the caller passes a signal). */
  timeoutMs?: number;
  /** A response body larger than this is abandoned and the request fails. */
  maxResponseBytes?: number;
  /**
   * Requests to a server running in this process go straight to its handler instead of over a
   * loopback socket (in-process-exchange.ts); others go over HTTP.
   */
  inProcess?: boolean;
}

/** No full answer within the request's time limit; the exchange was abandoned. */
export class RequestTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer from ${url} within ${timeoutMs} ms`);
    this.name = "RequestTimeoutError";
  }
}

export class ResponseTooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly limit: number,
  ) {
    super(`Response from ${url} exceeds ${limit} bytes`);
    this.name = "ResponseTooLargeError";
  }
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  const maxBytes = options.maxResponseBytes ?? Infinity;
  /** The request's time limit: its own, else the client's — unless the caller gave a signal instead. */
  const timeoutOf = (init: HttpRequestInit) => init.timeoutMs ?? (init.signal ? undefined : options.timeoutMs);
  const overHttp = (url: string, init: HttpRequestInit = {}) =>
    new Promise<HttpResponse>((resolveRequest, rejectRequest) => {
      // A plain timer, cleared with the answer: an AbortSignal.timeout cannot be cleared, so each
      // one fired seconds after its request had ended, building a DOMException (a stack trace)
      // and an abort event for nobody — three per created ticket.
      const timeoutMs = timeoutOf(init);
      let timer: NodeJS.Timeout | undefined;
      const resolve = (response: HttpResponse) => {
        clearTimeout(timer);
        resolveRequest(response);
      };
      const reject = (error: unknown) => {
        clearTimeout(timer);
        rejectRequest(error);
      };
      const outgoing = http.request(
        url,
        { method: init.method ?? "GET", headers: init.headers, agent, signal: init.signal },
        (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              reject(new ResponseTooLargeError(url, maxBytes));
              outgoing.destroy();
              return;
            }
            chunks.push(chunk);
          });
          incoming.on("error", reject);
          incoming.on("aborted", () => reject(new Error(`Response from ${url} was cut off`)));
          incoming.on("end", () =>
            resolve(
              new HttpResponse(
                url,
                incoming.statusCode ?? 0,
                incoming.statusMessage ?? "",
                incoming.headers,
                chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
              ),
            ),
          );
        },
      );
      // Every failure of the exchange — refused, reset while writing or reading, aborted —
      // rejects this request; none may surface as an unhandled 'error' event.
      outgoing.on("error", reject);
      outgoing.on("socket", (socket) => {
        if (socket.listenerCount("error") === 0) socket.on("error", reject);
      });
      if (timeoutMs) timer = setTimeout(() => outgoing.destroy(new RequestTimeoutError(url, timeoutMs)), timeoutMs);
      outgoing.end(init.body);
    });
  const request = options.inProcess
    ? (url: string, init: HttpRequestInit = {}) =>
        exchangeInProcess(url, {
          ...init,
          timeoutMs: timeoutOf(init),
          maxResponseBytes: maxBytes,
        }) ?? overHttp(url, init)
    : overHttp;
  return Object.assign(request, { close: () => agent.destroy() });
}
