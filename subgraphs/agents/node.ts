/**
 * The Relay `Node` interface and the `node` / `nodes` root fields (docs/relay.md). agents owns
 * them because it is always on (no capability switch) and owns two of the five Node types.
 * Agent and Customer are resolved here under their own queries' rules; Ticket, ChatSession and
 * Article are first checked with their owning subgraph as the caller (its entity resolver returns
 * null for an unknown id or one the caller may not see), then answered as references whose fields
 * the gateway fetches from that owner.
 */
import type { Agent as AgentRow, Customer as CustomerRow } from "../../generated/prisma/client.js";
import type { createSubgraphBuilder } from "../../shared/builder.js";
import { decodeGlobalId, type NodeTypename } from "../../shared/global-ids.js";
import { isStaff } from "../../shared/identity.js";
import { listLimits, maxLength } from "../../shared/input-limits.js";
import { addGlobalIdField, nodeInterface, type NodeReference } from "../../shared/node-interface.js";
import type { AgentsContext } from "./context.js";
import { visibleChatSessions } from "./clients/chat.js";
import { visibleArticles } from "./clients/knowledge.js";
import { visibleTickets } from "./clients/tickets.js";

type AgentsBuilder = ReturnType<typeof createSubgraphBuilder<AgentsContext>>;
type Ref = Parameters<AgentsBuilder["objectField"]>[0] & { addInterfaces: (interfaces: never[]) => void };

/** Most ids one `nodes` call takes. */
export const MAX_NODE_IDS = 100;
/** Longest global id accepted (the longest issued is 64 characters). */
const GLOBAL_ID_MAX_LENGTH = 128;

const canReadAgents = (ctx: AgentsContext) => isStaff(ctx.identity) || ctx.identity.role === "service";
const canReadCustomer = (ctx: AgentsContext, id: string) => canReadAgents(ctx) || ctx.identity.subject === id;

/** Node types owned elsewhere, each with how its owner (tickets, chat, knowledge) is asked which ones the caller may see. */
const VISIBILITY_CHECKS = {
  Ticket: visibleTickets,
  ChatSession: visibleChatSessions,
  Article: visibleArticles,
} satisfies Partial<Record<NodeTypename, unknown>>;
type RemoteTypename = keyof typeof VISIBILITY_CHECKS;
const isRemote = (typename: NodeTypename): typename is RemoteTypename => typename in VISIBILITY_CHECKS;

/**
 * The ids among `ids` that the owner of `typename` resolves for the caller: one `_entities` call,
 * made as the caller, so the owner's entity resolver applies the caller's access rule. A reference
 * it returns null (or an error) for is unknown or not visible.
 */
function visibleToCaller(ctx: AgentsContext, typename: RemoteTypename, ids: string[]): Promise<Set<string>> {
  return VISIBILITY_CHECKS[typename](ctx.internal, ids, { as: ctx.identity, partialData: true });
}

/**
 * The objects the global ids name, in order; null where there is none the caller may see.
 * Any malformed id: BAD_USER_INPUT. Ticket, ChatSession and Article are checked with their owner
 * (one call per type however many ids), so even a selection of only `__typename` reads null for
 * an unknown or hidden id.
 */
async function resolveNodes(ctx: AgentsContext, globalIds: readonly string[]): Promise<(NodeReference | null)[]> {
  const decoded = globalIds.map((globalId) => decodeGlobalId(globalId));
  const remote = new Map<RemoteTypename, string[]>();
  for (const { typename, id } of decoded)
    if (isRemote(typename)) remote.set(typename, [...(remote.get(typename) ?? []), id]);
  const visible = new Map(
    await Promise.all(
      [...remote].map(
        async ([typename, ids]) => [typename, await visibleToCaller(ctx, typename, [...new Set(ids)])] as const,
      ),
    ),
  );
  return Promise.all(
    decoded.map(async ({ typename, id }): Promise<NodeReference | null> => {
      switch (typename) {
        case "Agent": {
          const agent = canReadAgents(ctx) ? await ctx.loaders.agent.load(id) : null;
          return agent ? ({ ...agent, __typename: "Agent" } as AgentRow & NodeReference) : null;
        }
        case "Customer": {
          const customer = canReadCustomer(ctx, id) ? await ctx.loaders.customer.load(id) : null;
          return customer ? ({ ...customer, __typename: "Customer" } as CustomerRow & NodeReference) : null;
        }
        default:
          return isRemote(typename) && visible.get(typename)?.has(id) ? { __typename: typename, id } : null;
      }
    }),
  );
}

export function addNodeFields(
  builder: AgentsBuilder,
  types: { Agent: Ref; Customer: Ref; Ticket: Ref; ChatSession: Ref },
): void {
  const Node = nodeInterface(builder);
  const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
  const Article = builder
    .externalRef("Article", stubKey)
    .implement({ externalFields: (t) => ({ id: t.id(), globalId: t.id() }) });
  for (const ref of [types.Agent, types.Customer, types.Ticket, types.ChatSession, Article])
    (ref as Ref).addInterfaces([Node as never]);
  addGlobalIdField(builder, types.Agent, "Agent");
  addGlobalIdField(builder, types.Customer, "Customer");

  builder.queryFields((t) => ({
    node: t.field({
      description:
        "The object with this global id (a Node's globalId), for Relay refetching and cache normalisation. null when there is none or the caller may not see it: the same rules as the type's own query (a customer sees only their own tickets, chats and profile; agents and drafts only for staff). An id that is not a global id: BAD_USER_INPUT. Ticket, ChatSession and Article are checked by their owning subgraph.",
      type: Node,
      nullable: true,
      args: {
        id: t.arg.id({
          description: "A global id, as read from a Node's globalId.",
          required: true,
          ...maxLength(GLOBAL_ID_MAX_LENGTH),
        }),
      },
      authScopes: { authenticated: true },
      resolve: async (_root, { id }, ctx) => (await resolveNodes(ctx, [id]))[0],
    }),
    nodes: t.field({
      description: `The objects with these global ids, in the same order; null in place of each id with no object the caller may see (rules as for node). At most ${MAX_NODE_IDS} ids; any malformed id: BAD_USER_INPUT.`,
      type: [Node],
      nullable: { list: false, items: true },
      args: {
        ids: t.arg.idList({
          description: "Global ids, as read from Nodes' globalId.",
          required: true,
          ...listLimits(MAX_NODE_IDS, GLOBAL_ID_MAX_LENGTH),
        }),
      },
      authScopes: { authenticated: true },
      resolve: (_root, { ids }, ctx) => resolveNodes(ctx, ids),
    }),
  }));
}
