import { ChatInbox } from "./ChatInbox";
import { TicketList } from "./TicketList";

/** The agent's working view: assigned tickets by SLA urgency beside the live chat inbox. */
export function AgentView({ agentId }: { agentId: string }) {
  return (
    <section className="agent columns" data-testid="agent-view">
      <TicketList agentId={agentId} />
      <ChatInbox agentId={agentId} />
    </section>
  );
}
