/**
 * The gateway's graphql-ws connections to subgraphs: one per subgraph, opened as the gateway's
 * own service identity and shared by every client subscription. Each subscription names its
 * caller in `extensions.caller` (their identity token for that subgraph), so the subgraph runs it
 * as that caller. A dropped connection is reopened with backoff and graphql-ws re-subscribes what
 * was open on it.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { IdentityTokens } from "../shared/identity-tokens.js";
import type { Identity } from "../shared/identity.js";

const GATEWAY: Identity = { subject: "gateway", role: "service" };
const KEEP_ALIVE_MS = 15_000;

export class UpstreamConnections {
  private readonly clients = new Map<string, Client>();
  /** WebSockets open now, per subgraph: 1 while a subgraph has subscriptions, whatever their number. */
  private readonly openSockets = new Map<string, number>();

  constructor(
    private readonly wsUrlOf: (serviceName: string) => string,
    private readonly identityTokens: IdentityTokens,
  ) {}

  /** The connection to `serviceName` (opened when first used, closed when idle for a while). */
  of(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (!client) {
      client = createClient({
        url: this.wsUrlOf(serviceName),
        webSocketImpl: WebSocket,
        // A fresh token on every (re)connect: the subgraph checks it when the connection opens.
        connectionParams: async () => ({
          identity: await this.identityTokens.tokenFor(GATEWAY, serviceName, { forMutation: true }),
        }),
        lazy: true,
        lazyCloseTimeout: 30_000,
        keepAlive: KEEP_ALIVE_MS,
        // A subgraph restarting is waited for (about 6 s in all); one that stays away ends its
        // subscriptions with SERVICE_UNAVAILABLE so clients resubscribe later.
        retryAttempts: 6,
        shouldRetry: () => true,
        retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(3000, 100 * 2 ** retries))),
      });
      client.on("opened", (socket) => this.countOpen(serviceName, socket as WebSocket));
      this.clients.set(serviceName, client);
    }
    return client;
  }

  /** Upstream WebSockets open now, by subgraph (for tests, the benchmark and the operator). */
  get sockets(): Record<string, number> {
    return Object.fromEntries(this.openSockets);
  }

  private countOpen(serviceName: string, socket: WebSocket): void {
    this.openSockets.set(serviceName, (this.openSockets.get(serviceName) ?? 0) + 1);
    socket.once("close", () => {
      const left = (this.openSockets.get(serviceName) ?? 1) - 1;
      if (left > 0) this.openSockets.set(serviceName, left);
      else this.openSockets.delete(serviceName);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
    this.clients.clear();
  }
}
