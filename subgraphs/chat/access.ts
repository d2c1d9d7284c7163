import type { ChatSession } from "../../generated/prisma/client.js";
import type { Identity } from "../../shared/identity.js";
import { isSupervisor, isStaff } from "../../shared/identity.js";

/** The chat's customer, its agent, supervisors/admins and internal services may follow a chat. */
export function canFollowChat(identity: Identity, chat: ChatSession): boolean {
  if (identity.role === "service" || isSupervisor(identity)) return true;
  if (identity.role === "customer") return identity.subject === chat.customerId;
  return isStaff(identity) && chat.agentId === identity.subject;
}

/** Agents may also act on chats nobody has taken yet (to pick them up from the queue). */
export function canActOnChat(identity: Identity, chat: ChatSession): boolean {
  return canFollowChat(identity, chat) || (isStaff(identity) && chat.agentId === null);
}
