/** The part of another subgraph's cursor connection analytics reads when it walks every item. */
export interface ConnectionPage<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
