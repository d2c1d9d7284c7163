import type { Config } from "./config.js";
import type { Database } from "./db.js";
import type { Identity } from "./identity.js";
import type { Logger } from "./logger.js";
import type { PubSub } from "./pubsub.js";
import type { InternalClient } from "./internal-client.js";

export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

/** Headers the gateway forwards the end client's details in (subgraphs trust only signed requests). */
export const CLIENT_ADDRESS_HEADER = "x-switchboard-client-address";
export const CLIENT_AGENT_HEADER = "x-switchboard-client-agent";

/** Who is asking, for one request or subscription. */
export interface BaseContext {
  identity: Identity;
  /** The caller's Accept-Language header, forwarded by the gateway. */
  acceptLanguage: string | null;
  requestId: string;
  /** The end client as the gateway saw it (address and user agent), when known. */
  client?: ClientInfo | null;
  /** The forwarded identity token's id and expiry (HTTP requests), for replay protection. */
  identityToken?: { id: string | null; expiresAt: number };
}

/** Long-lived services a subgraph is built with (one set per process). */
export interface SubgraphServices {
  config: Config;
  db: Database;
  pubsub: PubSub;
  logger: Logger;
  internal: InternalClient;
}

/** What resolvers see: the caller, the services, and the subgraph's per-request loaders. */
export type RequestContext<Loaders> = BaseContext & SubgraphServices & { loaders: Loaders };

export function requestContext<Loaders>(
  base: BaseContext,
  services: SubgraphServices,
  loaders: Loaders,
): RequestContext<Loaders> {
  return { ...base, ...services, loaders };
}
