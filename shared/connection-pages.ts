/** Walking another subgraph's cursor connection from the start, page by page (a backfill, a repair). */

/** The part of a cursor connection such a walk reads. */
export interface ConnectionPage<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/**
 * The nodes of each page `fetchPage` returns (given the previous page's end cursor), until the last
 * page, an empty one, or `maxPages` pages: a caller that needs to know whether it saw every item
 * counts the pages it got.
 */
export async function* connectionPages<T>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<T>>,
  maxPages = Number.POSITIVE_INFINITY,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(after);
    const nodes = page.edges.map((e) => e.node);
    yield nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length === 0) return;
    after = page.pageInfo.endCursor;
  }
}
