/**
 * The Relay `Node` interface and the `node` / `nodes` root fields (docs/relay.md). agents owns
 * them because it is always on (no capability switch) and owns two of the five Node types.
 * Agent and Customer are resolved here under their own queries' rules; Ticket, ChatSession and
 * Article are answered as references, and the gateway fetches their fields from the owning
 * subgraph, whose entity resolver returns null for an unknown id or one the caller may not see.
 */
import type { Agent as AgentRow, Customer as CustomerRow } from "../../generated/prisma/client.js";
import type { createSubgraphBuilder } from "../common/builder.js";
import { decodeGlobalId } from "../common/global-ids.js";
import { isStaff } from "../common/identity.js";
import { listLimits, maxLength } from "../common/input-limits.js";
import { addGlobalIdField, nodeInterface, type NodeReference } from "../common/node-interface.js";
import type { AgentsContext } from "./context.js";

type AgentsBuilder = ReturnType<typeof createSubgraphBuilder<AgentsContext>>;
type Ref = Parameters<AgentsBuilder["objectField"]>[0] & { addInterfaces: (interfaces: never[]) => void };

/** Most ids one `nodes` call takes. */
export const MAX_NODE_IDS = 100;
/** Longest global id accepted (the longest issued is 64 characters). */
const GLOBAL_ID_MAX_LENGTH = 128;

const canReadAgents = (ctx: AgentsContext) => isStaff(ctx.identity) || ctx.identity.role === "service";
const canReadCustomer = (ctx: AgentsContext, id: string) => canReadAgents(ctx) || ctx.identity.subject === id;

/** The object a global id names, or null when there is none the caller may see. Malformed: BAD_USER_INPUT. */
async function resolveNode(ctx: AgentsContext, globalId: string): Promise<NodeReference | null> {
  const { typename, id } = decodeGlobalId(globalId);
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
      return { __typename: typename, id };
  }
}

export function addNodeFields(builder: AgentsBuilder, types: { Agent: Ref; Customer: Ref; Ticket: Ref; ChatSession: Ref }): void {
  const Node = nodeInterface(builder);
  const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
  const Article = builder.externalRef("Article", stubKey).implement({ externalFields: (t) => ({ id: t.id(), globalId: t.id() }) });
  for (const ref of [types.Agent, types.Customer, types.Ticket, types.ChatSession, Article]) (ref as Ref).addInterfaces([Node as never]);
  addGlobalIdField(builder, types.Agent, "Agent");
  addGlobalIdField(builder, types.Customer, "Customer");

  builder.queryFields((t) => ({
    node: t.field({
      description:
        "The object with this global id (a Node's globalId), for Relay refetching and cache normalisation. null when there is none or the caller may not see it: the same rules as the type's own query (a customer sees only their own tickets, chats and profile; agents and drafts only for staff). An id that is not a global id: BAD_USER_INPUT. Ticket, ChatSession and Article are checked by their owning subgraph when a field other than __typename is selected.",
      type: Node,
      nullable: true,
      args: { id: t.arg.id({ description: "A global id, as read from a Node's globalId.", required: true, ...maxLength(GLOBAL_ID_MAX_LENGTH) }) },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, ctx) => resolveNode(ctx, id),
    }),
    nodes: t.field({
      description: `The objects with these global ids, in the same order; null in place of each id with no object the caller may see (rules as for node). At most ${MAX_NODE_IDS} ids; any malformed id: BAD_USER_INPUT.`,
      type: [Node],
      nullable: { list: false, items: true },
      args: { ids: t.arg.idList({ description: "Global ids, as read from Nodes' globalId.", required: true, ...listLimits(MAX_NODE_IDS, GLOBAL_ID_MAX_LENGTH) }) },
      authScopes: { authenticated: true },
      resolve: (_root, { ids }, ctx) => Promise.all(ids.map((id) => resolveNode(ctx, id))),
    }),
  }));
}
