/** analytics subgraph schema: the domain-event log and figures computed from it. */
import type { AnalyticsEvent as EventRow, Prisma } from "../../generated/prisma/client.js";
import { createSubgraphBuilder, FEDERATION_LINK } from "../common/builder.js";
import { badInput } from "../common/errors.js";
import { beyondKeyWhere, keysetConnection, keysetOrder } from "../common/pagination.js";
import type { AnalyticsContext } from "./context.js";
import { catchUpAll } from "./ingest.js";

const builder = createSubgraphBuilder<AnalyticsContext>();

const AnalyticsEvent = builder.objectRef<EventRow>("AnalyticsEvent").implement({
  description: "One domain event as recorded by analytics.",
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.exposeString("type"),
    source: t.exposeString("source"),
    aggregateId: t.exposeString("aggregateId"),
    payload: t.field({ type: "JSON", resolve: (e) => e.payload }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
  }),
});

interface EventCountShape {
  type: string;
  count: number;
}
const EventCount = builder.objectRef<EventCountShape>("EventCount").implement({
  fields: (t) => ({ type: t.exposeString("type"), count: t.exposeInt("count") }),
});

function assertRange(from: Date, to: Date) {
  if (to.getTime() < from.getTime()) throw badInput("`to` must not be before `from`");
}

const KEY = ["occurredAt", "id"] as const;

builder.queryType({
  fields: (t) => ({
    eventLog: t.connection({
      type: AnalyticsEvent,
      authScopes: { supervisor: true },
      description: "The recorded domain events, newest first.",
      args: { type: t.arg.string({ required: false }), from: t.arg({ type: "DateTime", required: false }), to: t.arg({ type: "DateTime", required: false }) },
      resolve: (_root, args, ctx) => {
        if (args.from && args.to) assertRange(args.from, args.to);
        const where: Prisma.AnalyticsEventWhereInput = {
          ...(args.type ? { type: args.type } : {}),
          ...(args.from || args.to ? { occurredAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) } } : {}),
        };
        return keysetConnection(
          args,
          (e: EventRow) => [e.occurredAt.toISOString(), e.id],
          (page) =>
            ctx.db.prisma.analyticsEvent.findMany({
              where: { AND: [where, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
              orderBy: keysetOrder(KEY, page, true),
              take: page.limit,
            }),
        );
      },
    }),
    eventCounts: t.field({
      type: [EventCount],
      authScopes: { supervisor: true },
      description: "How many events of each type occurred in [from, to).",
      args: { from: t.arg({ type: "DateTime", required: true }), to: t.arg({ type: "DateTime", required: true }) },
      resolve: async (_root, { from, to }, ctx) => {
        assertRange(from, to);
        const rows = await ctx.db.sql.query<{ type: string; count: string }>(
          `SELECT "type", count(*) AS count FROM "analytics"."events" WHERE "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY "type" ORDER BY "type"`,
          [from, to],
        );
        return rows.map((r) => ({ type: r.type, count: Number(r.count) }));
      },
    }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    catchUpEvents: t.int({
      authScopes: { admin: true, service: true },
      description: "Reads every producer's outbox from where analytics left off; returns how many events were new.",
      resolve: (_root, _args, ctx) => catchUpAll(ctx, (source, after) => ctx.internal.readOutbox(source, after)),
    }),
  }),
});

export const analyticsSchema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
