/**
 * The select list of a whole row exactly as Prisma's client returns it: every scalar field of a
 * model (its `ScalarFieldEnum`), with NULL list columns read as [] as the client does. For the
 * statements that must return whole rows in one round trip — a row lock (`SELECT … FOR UPDATE`),
 * an `INSERT … RETURNING` — where the client would need a second query.
 */
export function rowColumns(fields: Record<string, string>, alias: string, listColumns: readonly string[] = []): string {
  return Object.values(fields)
    .map((column) =>
      listColumns.includes(column) ? `coalesce(${alias}."${column}", '{}') AS "${column}"` : `${alias}."${column}"`,
    )
    .join(", ");
}
