/** Live streams: one ticket's events, every ticket event (staff queues), the caller's notifications. */
import type { Notification as NotificationRow } from "../../../generated/prisma/client.js";
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { isSupervisor } from "../../../shared/identity.js";
import { EVENTS_TOPIC, type DomainEvent } from "../../../shared/outbox.js";
import { eventCursor, MAX_EVENTS_READ_ON_RESUME, MAX_REPLAYED_EVENTS, positionOfCursor, resumeFromOutbox } from "../../../shared/outbox-resume.js";
import type { TicketsContext } from "../context.js";
import { notificationTopic } from "../notifications/channels.js";
import { isCustomer, visibleTicket } from "../ticket-access.js";
import { SUPERVISOR_QUEUE } from "../workflow.js";
import { builder } from "./builder.js";
import { Notification } from "./notifications.js";
import { Ticket } from "./tickets.js";

interface TicketEventView {
  id: string;
  type: string;
  ticketId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

const TicketEvent = builder.objectRef<TicketEventView>("TicketEvent").implement({
  description: "A ticket domain event (docs/contracts.md), delivered live.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The event id (unique; use it to drop duplicates)." }),
    type: t.exposeString("type", { description: "Event type, e.g. ticket.created, ticket.status_changed (docs/contracts.md)." }),
    ticketId: t.exposeID("ticketId", { description: "The ticket concerned." }),
    occurredAt: t.field({ description: "When it happened.", type: "DateTime", resolve: (e) => e.occurredAt }),
    cursor: t.string({ description: "Pass as `after` when resubscribing to continue right after this event.", resolve: (e) => eventCursor(e) }),
    payload: t.field({ description: "The event's data, as in docs/contracts.md.", type: "JSON", resolve: (e) => e.payload }),
    ticket: t.field({ description: "The ticket as it is now.", type: Ticket, nullable: true, resolve: (e, _a, ctx) => ctx.loaders.ticket.load(e.ticketId) }),
  }),
});

const RESUME_DESCRIPTION = `The \`cursor\` of the last event received before a disconnect: the events committed since are sent first, in order, each once, then live ones. A cursor this stream did not send is BAD_USER_INPUT; so is one too far behind to replay completely (more than ${MAX_REPLAYED_EVENTS} events to send, more than ${MAX_EVENTS_READ_ON_RESUME} events of the desk since, or events since already pruned after EVENT_RETENTION_DAYS): reload and subscribe without \`after\`.`;

/**
 * Ticket events from the bus, filtered; customers never receive internal-note events. With
 * `after` (an event's cursor), the events committed since are replayed first (outbox-resume.ts).
 */
async function* ticketEventStream(ctx: TicketsContext, accept: (event: DomainEvent) => boolean, after?: string | null): AsyncGenerator<TicketEventView> {
  const resumeFrom = after ? positionOfCursor(after) : null;
  const wanted = (event: DomainEvent) => event.source === "tickets" && accept(event) && !(isCustomer(ctx) && event.payload.internal === true);
  const live = ctx.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  await ctx.pubsub.ready();
  const events = resumeFrom ? resumeFromOutbox(ctx.db, "tickets", resumeFrom, wanted, live) : live;
  try {
    for await (const event of events) {
      if (!wanted(event)) continue;
      yield { id: event.id, type: event.type, ticketId: String(event.payload.ticketId ?? event.aggregateId), occurredAt: event.occurredAt, payload: event.payload };
    }
  } finally {
    await live.return?.();
  }
}

builder.subscriptionType({
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    ticketEvents: t.field({
      type: TicketEvent,
      description: "Live events of one ticket. Any signed-in caller who may see the ticket (customers: their own, without internal notes; otherwise FORBIDDEN). Anonymous: UNAUTHENTICATED.",
      authScopes: { authenticated: true },
      args: { ticketId: t.arg.id({ description: "The ticket (UUID).", required: true }), after: t.arg.string({ required: false, description: RESUME_DESCRIPTION }) },
      subscribe: async (_root, { ticketId, after }, ctx) => {
        await visibleTicket(ctx, ticketId);
        return ticketEventStream(ctx, (e) => e.aggregateId === ticketId || e.payload.ticketId === ticketId || e.payload.primaryTicketId === ticketId, after);
      },
      resolve: (event) => event,
    }),
    ticketQueueEvents: t.field({
      type: TicketEvent,
      description: "Every ticket event, live (staff queue views). Staff only.",
      authScopes: { staff: true },
      args: { after: t.arg.string({ required: false, description: RESUME_DESCRIPTION }) },
      subscribe: async (_root, { after }, ctx) => ticketEventStream(ctx, () => true, after),
      resolve: (event) => event,
    }),
    notificationAdded: t.field({
      type: Notification,
      description: "The caller's new in-app notifications (supervisors also get the supervisors' queue). Any signed-in caller.",
      authScopes: { authenticated: true },
      subscribe: async (_root, _args, ctx) => {
        const topics = [notificationTopic(ctx.identity.subject as string)];
        if (isSupervisor(ctx.identity)) topics.push(notificationTopic(SUPERVISOR_QUEUE));
        return mergeIterators(ctx, topics);
      },
      resolve: (n) => ({ ...n, createdAt: new Date(n.createdAt), readAt: n.readAt ? new Date(n.readAt) : null }),
    }),
  }),
});

async function* mergeIterators(ctx: TicketsContext, topics: string[]): AsyncGenerator<NotificationRow> {
  const iterators = topics.map((topic) => ctx.pubsub.subscribe<NotificationRow>(topic));
  await ctx.pubsub.ready();
  const pending = new Map(iterators.map((it, i) => [i, it.next().then((r) => ({ r, i }))]));
  try {
    while (pending.size) {
      const { r, i } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pending.set(i, iterators[i].next().then((next) => ({ r: next, i })));
      yield r.value;
    }
  } finally {
    for (const it of iterators) await it.return?.();
  }
}
