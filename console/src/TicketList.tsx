import { useEffect, useRef, useState } from "react";
import { useQuery, useSubscription } from "./client-context";
import { useI18n } from "./i18n";
import { bySlaUrgency, nextDeadline, type SlaTicket } from "./sla";

interface Ticket extends SlaTicket {
  number: string;
  subject: string;
  status: string;
}

const TARGET = `dueAt status`;
const TICKETS = `query ConsoleTickets($agentId: ID!) {
  tickets(filter: { assignedAgentId: $agentId, status: [OPEN, PENDING, ON_HOLD, ESCALATED] }, first: 50) {
    edges { node { id number subject status priority createdAt sla { breached firstReply { ${TARGET} } nextReply { ${TARGET} } resolution { ${TARGET} } } } }
  }
}`;
const TICKET_EVENTS = `subscription ConsoleTicketEvents { ticketQueueEvents { id } }`;

/** Refetched (at most every 2 s) whenever any ticket changes; the clock re-sorts every 30 s. */
export function TicketList({ agentId }: { agentId: string }) {
  const { t, duration } = useI18n();
  const [refresh, setRefresh] = useState(0);
  const [now, setNow] = useState(Date.now);
  const pending = useRef<number | null>(null);
  useSubscription(TICKET_EVENTS, {}, () => {
    pending.current ??= window.setTimeout(() => {
      pending.current = null;
      setRefresh((n) => n + 1);
    }, 2000);
  });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      clearInterval(timer);
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, []);
  const { data, error } = useQuery<{ tickets: { edges: { node: Ticket }[] } }>(TICKETS, { agentId }, refresh);
  const tickets = data ? bySlaUrgency(data.tickets.edges.map((e) => e.node)) : [];
  return (
    <section className="card" aria-labelledby="tickets-title">
      <h3 id="tickets-title">{t("myTickets")}</h3>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {data && tickets.length === 0 && <p className="hint">{t("noTickets")}</p>}
      <ol className="tickets" data-testid="ticket-list">
        {tickets.map((ticket) => {
          const deadline = nextDeadline(ticket);
          const late = ticket.sla.breached || (deadline !== null && deadline <= now);
          const when =
            deadline === null
              ? t("noDeadline")
              : deadline > now
                ? `${t("due")} ${duration((deadline - now) / 1000)}`
                : `${t("overdue")} ${duration((now - deadline) / 1000)}`;
          return (
            <li
              key={ticket.id}
              className={late ? "ticket late" : "ticket"}
              data-testid="ticket"
              data-ticket-id={ticket.id}
              data-late={late}
              data-deadline={deadline ?? ""}
            >
              <span className="ticket-number" dir="ltr">
                {ticket.number}
              </span>
              <span className="ticket-subject">{ticket.subject}</span>
              <span className={`priority priority-${ticket.priority.toLowerCase()}`}>{t(ticket.priority)}</span>
              <span className="sla">{ticket.sla.breached ? t("breached") : when}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
