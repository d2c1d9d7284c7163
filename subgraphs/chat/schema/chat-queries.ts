/** Queries for chats: one chat, my chats, staff's chat list, availability and channel options. */
import { assertUuid } from "../../../shared/ids.js";
import { chatsOfCaller, filteredChats } from "../chat-lists.js";
import { allChatTypeOptions } from "../options.js";
import { supportAvailability, type SupportAvailability as AvailabilityShape } from "../sessions.js";
import { builder } from "./builder.js";
import { ChatStatus, ChatType } from "./enums.js";
import { loadChatFor } from "./load-chat.js";
import { ChatSession, ChatTypeOptionsRef } from "./sessions.js";

const ChatFilter = builder.inputType("ChatFilter", {
  description: "Conditions a chat must all meet; omitted fields do not filter.",
  fields: (t) => ({
    status: t.field({ description: "Any of these statuses.", type: [ChatStatus], required: false }),
    type: t.field({ description: "Only this channel.", type: ChatType, required: false }),
    agentId: t.id({ description: "Only chats of this agent.", required: false }),
    customerId: t.id({ description: "Only chats of this customer.", required: false }),
    unassigned: t.boolean({ required: false, description: "Only chats nobody has taken yet." }),
    offline: t.boolean({ description: "true: only offline messages; false: only live chats.", required: false }),
    createdAfter: t.field({ description: "Started at or after this time.", type: "DateTime", required: false }),
    createdBefore: t.field({ description: "Started before this time.", type: "DateTime", required: false }),
  }),
});
const ChatConnection = builder.connectionObject({ type: ChatSession, name: "ChatSessionConnection" }, { name: "ChatSessionEdge" });
const SupportAvailability = builder.objectRef<AvailabilityShape>("SupportAvailability").implement({
  description: "Whether live chat is open now and how long a new chat would wait.",
  fields: (t) => ({
    open: t.exposeBoolean("open", { description: "Within operating hours (CHAT_OPERATING_HOURS)." }),
    liveAgentsAvailable: t.exposeBoolean("liveAgentsAvailable", { description: "Open and at least one agent available (queueStatus(kind: CHAT).availableAgents > 0)." }),
    nextOpenAt: t.expose("nextOpenAt", { type: "DateTime", description: "Now when open, else when the team is back." }),
    waitingChats: t.exposeInt("waitingChats", { description: "Chats in the human queue (queueStatus(kind: CHAT).length)." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { nullable: true, description: "Expected wait of a chat joining now (queueStatus(kind: CHAT).estimatedWaitSeconds); null when closed or unknown." }),
    operatingHours: t.exposeString("operatingHours", { description: "The operating hours as configured (CHAT_OPERATING_HOURS, else the support hours): '<zone>; <days> HH:MM-HH:MM; …' or '24/7'." }),
  }),
});

builder.queryFields((t) => ({
  chat: t.field({ description: "One chat. Customers: their own chats; agents: chats assigned to them or not yet taken; supervisors, admins and services: any (else FORBIDDEN). Unknown chat: NOT_FOUND.",
    type: ChatSession,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ description: "The chat id (UUID, else BAD_USER_INPUT).", required: true }) },
    resolve: (_root, { id }, ctx) => loadChatFor(ctx, id),
  }),
  myChats: t.connection(
    {
      type: ChatSession,
      authScopes: { customer: true, staff: true },
      description: "The caller's chats (as customer, or as assigned agent), newest first. Customers and staff.",
      args: { status: t.arg({ description: "Only chats in any of these statuses.", type: [ChatStatus], required: false }) },
      resolve: (_root, args, ctx) => chatsOfCaller(ctx.db, ctx.identity, args, args.status),
    },
    ChatConnection,
  ),
  chats: t.connection(
    {
      type: ChatSession,
      authScopes: { staff: true, service: true },
      description: "Chats for staff (and analytics' backfill), newest first. Staff and services only (customers: FORBIDDEN, use myChats).",
      args: { filter: t.arg({ description: "Conditions to match; omit for all chats.", type: ChatFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter ?? {};
        if (f.agentId) assertUuid(f.agentId, "filter.agentId");
        if (f.customerId) assertUuid(f.customerId, "filter.customerId");
        return filteredChats(ctx.db, args, f);
      },
    },
    ChatConnection,
  ),
  supportAvailability: t.field({
    type: SupportAvailability,
    description: "Whether live agents are available now, and when the team is back otherwise. Anyone may call it.",
    resolve: (_root, _args, ctx) => supportAvailability(ctx),
  }),
  chatTypeOptions: t.field({ type: [ChatTypeOptionsRef], description: "The chat channels (WEB, MOBILE, VIDEO) and their features. Anyone may call it.", resolve: (_root, _args, ctx) => allChatTypeOptions(ctx.db) }),
}));
