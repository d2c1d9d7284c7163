/** The domain-event log: eventLog, eventCounts, and catchUpEvents. */
import type { AnalyticsEvent as EventRow } from "../../../generated/prisma/client.js";
import { badInput } from "../../../shared/errors.js";
import { countEventsByType, eventLogPage, type EventCount as EventCountShape } from "../event-log.js";
import { catchUpAndBackfill } from "../events.js";
import { builder } from "./builder.js";
import { rangeOf } from "./figure-inputs.js";

const AnalyticsEvent = builder.objectRef<EventRow>("AnalyticsEvent").implement({
  description: "One domain event as recorded by analytics.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The event id." }),
    type: t.exposeString("type", { description: "Event type, e.g. ticket.created (docs/contracts.md)." }),
    source: t.exposeString("source", { description: "The subgraph that emitted it: tickets, chat, knowledge or agents." }),
    aggregateId: t.exposeString("aggregateId", { description: "The ticket, chat, article or agent it is about." }),
    payload: t.field({ description: "The event's data, as in docs/contracts.md.", type: "JSON", resolve: (e) => e.payload }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it happened." }),
  }),
});

const EventCount = builder.objectRef<EventCountShape>("EventCount").implement({
  description: "How many events of one type were recorded.",
  fields: (t) => ({ type: t.exposeString("type", { description: "Event type." }), count: t.exposeInt("count", { description: "Events of that type in the range." }) }),
});

export function registerEventLogFields(): void {
  builder.queryFields((t) => ({
    eventLog: t.connection(
      {
        type: AnalyticsEvent,
        authScopes: { supervisor: true },
        description: "The recorded domain events, newest first. Supervisors and admins. to before from: BAD_USER_INPUT.",
        args: {
          type: t.arg.string({ required: false, description: "Only this event type, e.g. ticket.created." }),
          from: t.arg({ type: "DateTime", required: false, description: "Only events at or after this time." }),
          to: t.arg({ type: "DateTime", required: false, description: "Only events before this time." }),
        },
        resolve: (_root, args, ctx) => {
          if (args.from && args.to && args.to.getTime() < args.from.getTime()) throw badInput("`to` must not be before `from`");
          return eventLogPage(ctx.db, args, args);
        },
      },
      { name: "AnalyticsEventConnection" },
      { name: "AnalyticsEventEdge" },
    ),
    eventCounts: t.field({
      type: [EventCount],
      authScopes: { supervisor: true },
      description: "How many events of each type occurred in [from, to). Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      args: { from: t.arg({ type: "DateTime", required: true, description: "Start (inclusive)." }), to: t.arg({ type: "DateTime", required: true, description: "End (exclusive)." }) },
      resolve: (_root, { from, to }, ctx) => countEventsByType(ctx.db, rangeOf(ctx, from, to)),
    }),
  }));

  builder.mutationFields((t) => ({
    catchUpEvents: t.int({
      authScopes: { admin: true, service: true },
      description: "Reads every producer's outbox from where analytics left off, then backfills tickets and chats the log has no events for; returns how many events were new. Admins and services.",
      resolve: (_root, _args, ctx) => catchUpAndBackfill(ctx),
    }),
  }));
}
