/**
 * The fields a query asks of the objects below a resolver: for a list that can read fewer columns
 * when the client asks for few fields (a page of 20 tickets read whole parses every column of
 * every row, timestamps into Dates, only to send four of them).
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * The names of the fields selected at `path` below the current field (e.g. ["edges", "node"] of a
 * connection), through fragments and inline fragments, from every occurrence of the field. A field
 * under @skip or @include counts as selected: the answer may be a superset, never a subset.
 */
export function selectedFieldNames(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  path: readonly string[],
): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) names.add(selection.name.value);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        visit(info.fragments[name]?.selectionSet, depth, new Set([...seen, name]));
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0, new Set());
  return names;
}
