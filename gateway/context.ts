import type { ClientInfo } from "../shared/context.js";
import type { Identity } from "../shared/identity.js";

/** Per-request state of the gateway: the verified caller, forwarded to subgraphs signed. */
export interface GatewayContext {
  identity: Identity;
  acceptLanguage: string | null;
  requestId: string;
  client: ClientInfo;
}
