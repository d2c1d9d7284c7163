/**
 * Global object ids for the Relay `Node` convention. Every type a client refetches keeps its
 * plain UUID `id` (existing clients and caches keep working) and adds `globalId`: base64 of
 * "<Typename>:<uuid>", unique across the whole graph and decodable to its type, which is what
 * `node(id:)` / `nodes(ids:)` take. See docs/relay.md.
 */
import { badInput } from "./errors.js";
import { UUID_PATTERN } from "./ids.js";

/** The types that implement Node, named as in the graph. */
export const NODE_TYPES = ["Ticket", "ChatSession", "Article", "Agent", "Customer"] as const;
export type NodeTypename = (typeof NODE_TYPES)[number];

export const GLOBAL_ID_DESCRIPTION =
  'Global object id (Relay): base64 of "<Typename>:<id>", unique across the graph; pass it to node(id:) or nodes(ids:) to refetch this object.';

export function encodeGlobalId(typename: NodeTypename, id: string): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The type and id a global id names; BAD_USER_INPUT when it is not a global id this API issues. */
export function decodeGlobalId(globalId: string): { typename: NodeTypename; id: string } {
  const refuse = () => badInput(`${JSON.stringify(globalId.slice(0, 80))} is not a global id`, { field: "id" });
  if (!BASE64.test(globalId) || globalId.length % 4 !== 0) throw refuse();
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 0 || !(NODE_TYPES as readonly string[]).includes(typename) || !UUID_PATTERN.test(id)) throw refuse();
  return { typename: typename as NodeTypename, id };
}
