/**
 * A TCP proxy in front of a real service (Redis, PostgreSQL) whose link a test can cut, stall and
 * restore: `cut()` drops every open connection and refuses new ones (the service looks down);
 * `stall()` drops them and accepts new ones that are never answered (the service hangs);
 * `restore()` lets connections through again. The service itself is never touched, so suites
 * running beside the test keep theirs.
 */
import { createServer, connect, type AddressInfo, type Socket } from "node:net";

export interface TcpProxy {
  /** The proxy's address in the target's URL form, e.g. `redis://127.0.0.1:<port>`. */
  url: string;
  cut(): void;
  stall(): void;
  restore(): void;
  /** Connections the proxy holds now (forwarded or stalled). */
  connections(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const open = new Set<Socket>();
  const clients = new Set<Socket>();
  let mode: "through" | "down" | "stalled" = "through";
  const server = createServer((client) => {
    if (mode === "down") {
      client.destroy();
      return;
    }
    clients.add(client);
    client.on("close", () => clients.delete(client));
    if (mode === "stalled") {
      open.add(client);
      client.on("close", () => open.delete(client));
      client.on("error", () => undefined);
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => undefined);
    }
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = new URL(targetUrl);
  url.host = `127.0.0.1:${port}`;
  const dropAll = (next: typeof mode) => {
    mode = next;
    for (const socket of open) socket.destroy();
  };
  return {
    url: url.toString(),
    cut: () => dropAll("down"),
    stall: () => dropAll("stalled"),
    restore() {
      mode = "through";
    },
    connections: () => clients.size,
    async close() {
      dropAll("down");
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
