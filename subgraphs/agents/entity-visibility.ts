/**
 * The shape shared by the `_entities` checks agents makes of Ticket, ChatSession and Article
 * owners (the `node`/`nodes` fields): one call, made as the caller, so the owner's entity resolver
 * applies the caller's access rule.
 */
import { callInternal, type InternalOperation } from "../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../shared/internal-client.js";

export type EntityCheck = InternalOperation<
  { representations: { __typename: string; id: string }[] },
  { _entities: ({ id?: string } | null)[] }
>;

/** The ids the owner returned a reference for (null or an error: unknown or not visible). */
export async function visibleEntityIds(
  internal: InternalClient,
  check: EntityCheck,
  typename: string,
  ids: string[],
  options: InternalCallOptions,
): Promise<Set<string>> {
  const data = await callInternal(
    internal,
    check,
    { representations: ids.map((id) => ({ __typename: typename, id })) },
    options,
  );
  return new Set(data._entities.flatMap((entity) => (entity?.id ? [entity.id] : [])));
}
