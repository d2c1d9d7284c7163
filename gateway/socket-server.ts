/**
 * The gateway's graphql-ws server: the graphql-transport-ws protocol (graphql-ws's message types,
 * parser and close codes) served on a `ws` WebSocketServer, written for what 10,000 open
 * dashboards cost. graphql-ws's own `makeServer` keeps, for every running subscription, a suspended
 * async handler (its registers, the raw `subscribe` message and its parsed copy, three emit
 * closures, several promises) and, per socket, its `connection_init` payload and a context
 * object — about 3 KB per idle subscriber. Here one `Connection` object per socket holds its
 * context and a map of its operations, and a subscription is a pending `next()` on its stream.
 *
 * Behaviour follows graphql-ws: 4406 without the subprotocol, 4408 when `connection_init` does not
 * come in time, 4429 for a second one, 4403 when refused, 4401 for `subscribe` before the ack,
 * 4409 for a duplicate id, 4400 for anything that is not a protocol message; `ping` gets `pong`.
 * A subscription answers `next` per event, `error` when it fails, `complete` when it ends; a
 * query or mutation answers one `next` and `complete`. Other failures close the socket with 1011.
 * Keep-alive (keep-alive.ts) pings every socket once per interval, a slice of them at a time, and
 * terminates those that did not answer the last ping.
 */
import type { IncomingMessage } from "node:http";
import { keepSocketsAlive } from "./keep-alive.js";
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from "graphql";
import {
  CloseCode,
  GRAPHQL_TRANSPORT_WS_PROTOCOL,
  handleProtocols,
  MessageType,
  parseMessage,
  type Message,
  type SubscribePayload,
} from "graphql-ws";
import type { RawData, WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../shared/logger.js";
import { nextPayload, type SocketTarget } from "./subscription-members.js";

/** What the gateway does with a socket's connection and operations. */
export interface SocketOperations<Context> {
  /** Accepts a connection (its upgrade request, its `connection_init` payload): its context, or null (4403). */
  connect(request: IncomingMessage, params: Readonly<Record<string, unknown>> | null): Promise<Context | null>;
  /**
   * Admits one operation: its execution arguments, or the errors it is answered with.
   * `running` counts the socket's other operations.
   */
  prepare(
    context: Context,
    payload: SubscribePayload,
    running: number,
  ): Promise<ExecutionArgs | readonly GraphQLError[]>;
  /** A subscription: its event stream (events may also be written to `target` directly), or one result. */
  subscribe(
    args: ExecutionArgs,
    target: SocketTarget,
  ): AsyncIterableIterator<ExecutionResult> | ExecutionResult | Promise<ExecutionResult>;
  /** A query or mutation. */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  /** The `payload` of an `error` message. */
  formatErrors(errors: readonly GraphQLError[]): unknown[];
}

export interface SocketServerOptions {
  /** Sockets that did not answer a ping sent this long ago are terminated. */
  keepAliveMs?: number;
  /** Time a new socket has to send `connection_init`. */
  connectionInitWaitMs?: number;
}

type Stream = AsyncIterableIterator<ExecutionResult>;

/** Shared by every connection of one server. */
interface ServerState<Context> {
  operations: SocketOperations<Context>;
  connectionInitWaitMs: number;
  /** Logs, then closes the socket (1011). */
  fail(socket: WebSocket, what: string, error: unknown): void;
}

const isStream = (value: unknown): value is Stream =>
  typeof (value as Stream | null)?.[Symbol.asyncIterator] === "function";

/** One socket: its context once accepted, and its operations by id (null while being admitted). */
class Connection<Context> {
  private request: IncomingMessage | null;
  private initTimer: NodeJS.Timeout | null;
  private initReceived = false;
  private context: Context | null = null;
  private readonly operations = new Map<string, Stream | null>();

  constructor(
    private readonly socket: WebSocket,
    request: IncomingMessage,
    private readonly server: ServerState<Context>,
  ) {
    this.request = request;
    this.initTimer = setTimeout(() => {
      this.initTimer = null;
      if (!this.initReceived)
        socket.close(CloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }, server.connectionInitWaitMs);
  }

  receive(data: RawData): void {
    let message: Message;
    try {
      message = parseMessage(String(data));
    } catch {
      return this.socket.close(CloseCode.BadRequest, "Invalid message received");
    }
    switch (message.type) {
      case MessageType.ConnectionInit:
        return this.handle("connection_init", this.init(message.payload));
      case MessageType.Ping:
        return this.send(
          JSON.stringify(
            message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong },
          ),
        );
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return this.handle("subscribe", this.start(message.id, message.payload));
      case MessageType.Complete:
        return this.stop(message.id);
      default:
        return this.socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  /** The socket closed: every running stream is returned (its group left). */
  closed(): void {
    if (this.initTimer) clearTimeout(this.initTimer);
    this.initTimer = null;
    this.request = null;
    const streams = [...this.operations.values()];
    this.operations.clear();
    for (const stream of streams) this.end(stream);
  }

  private async init(payload: unknown): Promise<void> {
    if (this.initReceived)
      return this.socket.close(CloseCode.TooManyInitialisationRequests, "Too many initialisation requests");
    this.initReceived = true;
    if (this.initTimer) clearTimeout(this.initTimer);
    this.initTimer = null;
    const request = this.request!;
    // Read once: held for the socket's life it would cost every idle subscriber a request object.
    this.request = null;
    const params = payload !== null && typeof payload === "object" ? (payload as Record<string, unknown>) : null;
    const context = await this.server.operations.connect(request, params);
    if (context === null) return this.socket.close(CloseCode.Forbidden, "Forbidden");
    this.context = context;
    this.send(`{"type":"${MessageType.ConnectionAck}"}`);
  }

  private async start(id: string, payload: SubscribePayload): Promise<void> {
    const context = this.context;
    if (context === null) return this.socket.close(CloseCode.Unauthorized, "Unauthorized");
    if (this.operations.has(id))
      return this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    this.operations.set(id, null);
    let streaming = false;
    try {
      const { operations } = this.server;
      const args = await operations.prepare(context, payload, this.operations.size - 1);
      if (!this.operations.has(id)) return;
      if (Array.isArray(args)) return this.sendError(id, args);
      const prepared = args as ExecutionArgs;
      const operation = getOperationAST(prepared.document, prepared.operationName);
      if (!operation) return this.sendError(id, [new GraphQLError("Unable to identify operation")]);
      const result =
        operation.operation === "subscription"
          ? await operations.subscribe(prepared, { socket: this.socket, id })
          : await operations.execute(prepared);
      if (isStream(result)) {
        if (!this.operations.has(id)) return this.end(result);
        this.operations.set(id, result);
        streaming = true;
        return this.follow(id, result);
      }
      if (!this.operations.has(id)) return;
      this.send(JSON.stringify({ id, type: MessageType.Next, payload: nextPayload(result) }));
      this.send(JSON.stringify({ id, type: MessageType.Complete }));
    } finally {
      if (!streaming) this.operations.delete(id);
    }
  }

  /** Pulls `stream` one event at a time until it ends or fails; stops once the operation is gone. */
  private follow(id: string, stream: Stream): void {
    const onResult = (step: IteratorResult<ExecutionResult>): void => {
      if (this.operations.get(id) !== stream) return;
      if (step.done) {
        this.operations.delete(id);
        return this.send(JSON.stringify({ id, type: MessageType.Complete }));
      }
      this.send(JSON.stringify({ id, type: MessageType.Next, payload: nextPayload(step.value) }));
      stream.next().then(onResult, onFailure);
    };
    const onFailure = (error: unknown): void => {
      if (this.operations.get(id) !== stream) return;
      this.operations.delete(id);
      const original = error instanceof Error ? error : new Error(String(error));
      this.sendError(id, [new GraphQLError(original.message, { originalError: original })]);
    };
    stream.next().then(onResult, onFailure);
  }

  /** The client completed `id`: its stream is returned, and nothing more is sent for it. */
  private stop(id: string): void {
    const stream = this.operations.get(id);
    this.operations.delete(id);
    if (stream) this.end(stream);
  }

  private end(stream: Stream | null): void {
    stream
      ?.return?.(undefined)
      .catch((error: unknown) => this.server.fail(this.socket, "ending a stream failed", error));
  }

  private sendError(id: string, errors: readonly GraphQLError[]): void {
    this.operations.delete(id);
    this.send(JSON.stringify({ id, type: MessageType.Error, payload: this.server.operations.formatErrors(errors) }));
  }

  private send(data: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(data);
  }

  private handle(what: string, work: Promise<void>): void {
    work.catch((error: unknown) => this.server.fail(this.socket, `graphql-ws ${what} failed`, error));
  }
}

/** Each socket's connection, found from the socket by the listeners shared by all sockets. */
const connections = new WeakMap<WebSocket, Connection<unknown>>();

function onSocketMessage(this: WebSocket, data: RawData): void {
  connections.get(this)?.receive(data);
}

/** Serves the graphql-transport-ws protocol on `wsServer` with `operations`. */
export function serveGraphqlWs<Context>(
  operations: SocketOperations<Context>,
  wsServer: WebSocketServer,
  logger: Logger,
  { keepAliveMs = 12_000, connectionInitWaitMs = 3_000 }: SocketServerOptions = {},
): { dispose: () => Promise<void> } {
  const state: ServerState<Context> = {
    operations,
    connectionInitWaitMs,
    fail: (socket, what, error) => {
      logger.error(what, { error: (error as Error)?.message ?? String(error) });
      socket.close(CloseCode.InternalServerError, "Internal server error");
    },
  };
  function onSocketError(this: WebSocket, error: Error): void {
    state.fail(this, "WebSocket error", error);
  }
  wsServer.options.handleProtocols = handleProtocols;
  const keepAlive = keepSocketsAlive(wsServer.clients, keepAliveMs);
  function onPong(this: WebSocket): void {
    keepAlive.settled(this);
  }
  function onClose(this: WebSocket): void {
    keepAlive.settled(this);
    connections.get(this)?.closed();
    connections.delete(this);
  }

  wsServer.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    socket.once("error", onSocketError);
    socket.on("pong", onPong);
    socket.once("close", onClose);
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, "Subprotocol not acceptable");
      return;
    }
    connections.set(socket, new Connection(socket, request, state) as Connection<unknown>);
    socket.on("message", onSocketMessage);
  });

  return {
    dispose: async () => {
      keepAlive.stop();
      for (const client of wsServer.clients) client.close(1001, "Going away");
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
