/**
 * graphql-ws served on a `ws` WebSocketServer, as `graphql-ws/use/ws` does, but lighter per idle
 * socket (what 10,000 open dashboards cost): one keep-alive timer for all sockets instead of an
 * interval and a pong timeout per socket, per-socket functions on a prototype instead of closures,
 * and the upgrade request handed over as `extra.request` only until the server lets it go
 * (`releaseRequest`, after the connection is accepted) — graphql-ws keeps `extra` for the life
 * of the socket. The protocol itself is graphql-ws's own (`makeServer`).
 */
import type { IncomingMessage } from "node:http";
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ServerOptions,
  type WebSocket as ProtocolSocket,
} from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../shared/logger.js";

export interface SocketExtra {
  readonly socket: WebSocket;
  /** The upgrade request; null once released. */
  request: IncomingMessage | null;
}

/** Lets go of the upgrade request once nothing needs it any more (its headers are read). */
export function releaseRequest(extra: SocketExtra): void {
  extra.request = null;
}

/** The graphql-ws view of one `ws` socket. */
class ProtocolAdapter implements ProtocolSocket {
  constructor(
    private readonly socket: WebSocket,
    /** Shared by every socket of one server: logs, then closes the socket (1011). */
    private readonly fail: (socket: WebSocket, what: string, error: unknown) => void,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(cb: (data: string) => Promise<void>): void {
    const { socket, fail } = this;
    socket.on("message", (data) => {
      cb(String(data)).catch((error: unknown) => fail(socket, "graphql-ws message handling failed", error));
    });
  }
}

/** Serves graphql-ws on `wsServer`; sockets missing a pong for `keepAliveMs` are terminated. */
export function serveGraphqlWs<P extends Record<string, unknown>, E extends object = object>(
  options: ServerOptions<P, SocketExtra & Partial<E>>,
  wsServer: WebSocketServer,
  logger: Logger,
  keepAliveMs = 12_000,
): { dispose: () => Promise<void> } {
  const server = makeServer<P, SocketExtra & Partial<E>>(options);
  const fail = (socket: WebSocket, what: string, error: unknown) => {
    logger.error(what, { error: (error as Error)?.message ?? String(error) });
    socket.close(CloseCode.InternalServerError, "Internal server error");
  };
  function onSocketError(this: WebSocket, error: Error): void {
    fail(this, "WebSocket error", error);
  }
  wsServer.options.handleProtocols = handleProtocols;
  /** Sockets pinged in the last round that have not answered yet. */
  const awaitingPong = new Set<WebSocket>();
  function onPong(this: WebSocket): void {
    awaitingPong.delete(this);
  }
  const keepAlive = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      if (awaitingPong.has(socket)) {
        awaitingPong.delete(socket);
        socket.terminate();
        continue;
      }
      awaitingPong.add(socket);
      socket.ping();
    }
  }, keepAliveMs);
  keepAlive.unref();

  wsServer.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    socket.once("error", onSocketError);
    socket.on("pong", onPong);
    const closed = server.opened(new ProtocolAdapter(socket, fail), { socket, request } as SocketExtra & Partial<E>);
    socket.once("close", (code: number, reason: Buffer) => {
      awaitingPong.delete(socket);
      void closed(code, String(reason));
    });
  });

  return {
    dispose: async () => {
      clearInterval(keepAlive);
      for (const client of wsServer.clients) client.close(1001, "Going away");
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
