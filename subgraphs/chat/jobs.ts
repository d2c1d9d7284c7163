/** Chat's background work: the outbox relay, the staff typing signals of other instances, and the chat upkeep sweeps. */
import type { SubgraphServices } from "../../shared/context.js";
import { startOutboxRelay } from "../../shared/outbox.js";
import { startChatUpkeep } from "./chat-upkeep.js";
import { followStaffTyping } from "./typing-signals.js";

/** Starts chat's background jobs; resolves to the function that stops them. */
export async function startChatJobs(services: SubgraphServices): Promise<() => Promise<void>> {
  const stopRelay = await startOutboxRelay({ ...services, source: "chat" });
  const stopTyping = followStaffTyping(services);
  const stopUpkeep = startChatUpkeep(services);
  return async () => {
    await stopUpkeep();
    await stopTyping();
    await stopRelay();
  };
}
