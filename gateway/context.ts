import type { ClientInfo } from "../subgraphs/common/context.js";
import type { Identity } from "../subgraphs/common/identity.js";

/** Per-request state of the gateway: the verified caller, forwarded to subgraphs signed. */
export interface GatewayContext {
  identity: Identity;
  acceptLanguage: string | null;
  requestId: string;
  client: ClientInfo;
}
