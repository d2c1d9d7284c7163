/** The tickets subgraph's queries. */
import type { Notification as NotificationRow, NotificationDelivery as DeliveryRow } from "../../../generated/prisma/client.js";
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { maxLength, SEARCH_TEXT_MAX_LENGTH } from "../../../shared/input-limits.js";
import { keysetConnection } from "../../../shared/pagination.js";
import { activeMacros } from "../macros.js";
import { pageOfNotifications } from "../notifications/inbox.js";
import { pagesOfDeliveries, webhookSubscriptions } from "../notifications/webhook-subscriptions.js";
import { activeTopLevelCategories, businessScheduleRow } from "../policy-storage.js";
import { visibleTicket } from "../ticket-access.js";
import { builder } from "./builder.js";
import { BusinessSchedule } from "./business-schedule.js";
import { TicketCategory } from "./categories.js";
import { Macro } from "./macros.js";
import { Delivery, DeliveryConnection, Notification, NotificationConnection, WebhookSubscription } from "./notifications.js";
import { pageOfFilteredTickets, runSearch, TicketFilter, TicketSearchConnection } from "./ticket-search.js";
import { Ticket, TicketConnection, ticketSortKey } from "./tickets.js";

builder.queryType({
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    ticket: t.field({
      type: Ticket,
      nullable: true,
      description: "A ticket. Customers get FORBIDDEN for tickets that are not theirs and for ids that do not exist alike.",
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ description: "The ticket id (UUID, else BAD_USER_INPUT).", required: true }) },
      resolve: (_root, { id }, ctx) => visibleTicket(ctx, id, "id"),
    }),
    tickets: t.connection(
      {
        type: Ticket,
        description: "Tickets, newest first, matching the filter. Staff and services only (customers: FORBIDDEN, use myTickets).",
        authScopes: { staff: true, service: true },
        args: { filter: t.arg({ description: "Conditions to match; omit for all tickets.", type: TicketFilter, required: false }) },
        resolve: async (_root, args, ctx, info) =>
          keysetConnection(args, ticketSortKey, pageOfFilteredTickets(ctx, args.filter ?? {}, null, info)),
      },
      TicketConnection,
    ),
    myTickets: t.connection(
      {
        type: Ticket,
        description: "The calling customer's own tickets, newest first, matching the filter. Customers only.",
        authScopes: { customer: true },
        args: { filter: t.arg({ description: "Conditions to match; omit for all my tickets.", type: TicketFilter, required: false }) },
        resolve: async (_root, args, ctx, info) => {
          const own = ctx.identity.subject as string;
          return keysetConnection(args, ticketSortKey, pageOfFilteredTickets(ctx, args.filter ?? {}, own, info));
        },
      },
      TicketConnection,
    ),
    searchTickets: t.field({
      type: TicketSearchConnection,
      description:
        "Ranked full-text search over every ticket's subject, tags, description, conversation and internal notes (staff). See docs/tickets.md#search. A query without words is BAD_USER_INPUT.",
      authScopes: { staff: true, service: true },
      args: {
        query: t.arg.string({ required: true, ...maxLength(SEARCH_TEXT_MAX_LENGTH), description: "Words to find; longer than 256 characters it is truncated. Metacharacters are plain separators." }),
        filter: t.arg({ description: "Only tickets that also match these conditions.", type: TicketFilter, required: false }),
        first: t.arg.int({ required: false, description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT." }),
        after: t.arg.string({ required: false, description: "Continue after this cursor (an edge cursor or endCursor)." }),
      },
      resolve: (_root, args, ctx) => runSearch(ctx, args, null),
    }),
    searchMyTickets: t.field({
      type: TicketSearchConnection,
      description: "Ranked full-text search over the caller's own tickets: subject, tags, description and public messages (never internal notes).",
      authScopes: { customer: true },
      args: {
        query: t.arg.string({ required: true, ...maxLength(SEARCH_TEXT_MAX_LENGTH), description: "Words to find; longer than 256 characters it is truncated. Metacharacters are plain separators." }),
        filter: t.arg({ description: "Only tickets that also match these conditions.", type: TicketFilter, required: false }),
        first: t.arg.int({ required: false, description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT." }),
        after: t.arg.string({ required: false, description: "Continue after this cursor (an edge cursor or endCursor)." }),
      },
      resolve: (_root, args, ctx) => runSearch(ctx, args, ctx.identity.subject as string),
    }),
    ticketCategories: t.field({
      type: [TicketCategory],
      description: "Active top-level ticket categories with their subcategories and SLA policies. Anyone may call it.",
      resolve: (_root, _args, ctx) => activeTopLevelCategories(ctx),
    }),
    macros: t.field({ description: "Active macros (canned responses), optionally for one category (plus those for any category). Staff only.",
      type: [Macro],
      authScopes: { staff: true },
      args: { categoryKey: t.arg.string({ description: "Only macros for this category key and for any category.", required: false }) },
      resolve: (_root, { categoryKey }, ctx) => activeMacros(ctx, categoryKey),
    }),
    businessSchedule: t.field({ description: "The business hours and holidays the SLA clock counts. Staff only.",
      type: BusinessSchedule,
      authScopes: { staff: true },
      resolve: (_root, _args, ctx) => businessScheduleRow(ctx),
    }),
    notifications: t.connection(
      {
        type: Notification,
        description: "The caller's in-app notifications, newest first (supervisors also see the supervisors' queue). Any signed-in caller.",
        authScopes: { authenticated: true },
        args: { unreadOnly: t.arg.boolean({ description: "true: only unread ones.", required: false }) },
        resolve: (_root, args, ctx) => keysetConnection(args, (n: NotificationRow) => [n.createdAt.toISOString(), n.id], pageOfNotifications(ctx, Boolean(args.unreadOnly))),
      },
      NotificationConnection,
    ),
    webhookSubscriptions: t.field({ description: "Registered partner webhooks, oldest first. Admins only.",
      type: [WebhookSubscription],
      authScopes: { admin: true },
      resolve: (_root, _args, ctx) => webhookSubscriptions(ctx),
    }),
    notificationDeliveries: t.connection(
      {
        type: Delivery,
        description: "Outbound deliveries with their status, newest first (admins).",
        authScopes: { admin: true },
        args: { webhookSubscriptionId: t.arg.id({ description: "Only deliveries of this webhook (UUID, else BAD_USER_INPUT).", required: false }), channel: t.arg.string({ description: "Only this channel: email, slack, teams or webhook.", required: false }), status: t.arg.string({ description: "Only this status: PENDING, SENDING, DELIVERED or FAILED.", required: false }) },
        resolve: (_root, args, ctx) => keysetConnection(args, (d: DeliveryRow) => [d.createdAt.toISOString(), d.id], pagesOfDeliveries(ctx, args)),
      },
      DeliveryConnection,
    ),
  }),
});
