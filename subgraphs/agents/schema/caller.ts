/** The calling agent, for fields that act on "me". */
import { forbidden } from "../../../shared/errors.js";
import { isStaff } from "../../../shared/identity.js";
import type { AgentsContext } from "../context.js";

/** The caller's agent id; FORBIDDEN for anyone but staff. */
export function callerAgentId(ctx: AgentsContext): string {
  const id = ctx.identity.subject;
  if (!isStaff(ctx.identity) || !id) throw forbidden("Only agents can do this");
  return id;
}
