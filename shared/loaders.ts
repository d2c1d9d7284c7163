/**
 * DataLoader helpers: one SQL query per batch instead of one per parent (no N+1).
 * Build loaders per request so a cached row never outlives the request.
 */
import DataLoader from "dataloader";

/**
 * Loads one record per key; missing keys resolve to null. `cache: false` for a loader that
 * outlives a request (a background worker's): it still batches the keys asked in one turn.
 */
export function loaderByKey<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  options: { cache?: boolean } = {},
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, options);
}

/** Loads every record belonging to each key (one-to-many). */
export function loaderGroupedBy<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * One keyset page of children per parent (an entity's list or connection field, e.g.
 * `Agent.openTickets` for a batch of Agent representations), batched: parents asking for the
 * same page shape (cursor, direction, size) share one query. `fetch` returns each parent's page,
 * in page order.
 */
export function pagesByParent<Page, V>(fetch: (parentIds: readonly string[], page: Page) => Promise<Map<string, V[]>>) {
  const byShape = new Map<string, DataLoader<string, V[]>>();
  return (parentId: string, page: Page): Promise<V[]> => {
    const shape = JSON.stringify(page);
    let loader = byShape.get(shape);
    if (!loader) {
      loader = new DataLoader<string, V[]>(async (ids) => {
        const pages = await fetch(ids, page);
        return ids.map((id) => pages.get(id) ?? []);
      });
      byShape.set(shape, loader);
    }
    return loader.load(parentId);
  };
}
