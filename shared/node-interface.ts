/**
 * Pothos wiring for the Relay `Node` convention (ids: ./global-ids.ts). The agents subgraph owns
 * the `Node` interface and the `node` / `nodes` root fields; every subgraph that owns a Node type
 * adds its `globalId` field with `addGlobalIdField`, so reading `globalId` always goes to the
 * owner, whose entity resolver applies the same access rule as the type's own query.
 */
import type { createSubgraphBuilder } from "./builder.js";
import type { BaseContext } from "./context.js";
import { encodeGlobalId, GLOBAL_ID_DESCRIPTION, type NodeTypename } from "./global-ids.js";

type SubgraphBuilder<C extends BaseContext> = ReturnType<typeof createSubgraphBuilder<C>>;

/** What `node` resolves to before the owner fills in the fields: the type and its plain id. */
export interface NodeReference {
  __typename: NodeTypename;
  id: string;
}

/** `globalId` on a type this subgraph owns. */
export function addGlobalIdField<C extends BaseContext>(
  builder: SubgraphBuilder<C>,
  ref: Parameters<SubgraphBuilder<C>["objectField"]>[0],
  typename: NodeTypename,
): void {
  builder.objectField(ref, "globalId", (t) =>
    t.id({
      description: GLOBAL_ID_DESCRIPTION,
      resolve: (parent) => encodeGlobalId(typename, (parent as { id: string }).id),
    }),
  );
}

export function nodeInterface<C extends BaseContext>(builder: SubgraphBuilder<C>) {
  return builder.interfaceRef<NodeReference>("Node").implement({
    description:
      'An object a client can refetch by its global id with node(id:) / nodes(ids:) (the Relay Object Identification convention; Relay\'s compiler is configured with nodeInterfaceIdField "globalId"). Implemented by Ticket, ChatSession, Article, Agent and Customer.',
    resolveType: (value) => value.__typename,
    fields: (t) => ({ globalId: t.exposeID("globalId" as never, { description: GLOBAL_ID_DESCRIPTION }) }),
  });
}
