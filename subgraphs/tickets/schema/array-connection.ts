/** Relay connections over lists already loaded through a DataLoader. */
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import { keysetConnection, type SortKey } from "../../../shared/pagination.js";

export function arrayConnection<Row>(args: DefaultConnectionArguments, rows: Row[], sortKey: (row: Row) => SortKey) {
  const compare = (a: SortKey, b: SortKey) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return keysetConnection(args, sortKey, async (page) => {
    const ordered = [...rows].sort((a, b) => compare(sortKey(a), sortKey(b)) * (page.inverted ? -1 : 1));
    const beyond = page.beyond;
    const after = beyond ? ordered.filter((row) => compare(sortKey(row), beyond) * (page.inverted ? -1 : 1) > 0) : ordered;
    return after.slice(0, page.limit);
  });
}
