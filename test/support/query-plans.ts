/**
 * What PostgreSQL does for a statement: its plan with ANALYZE (the statement runs, inside a
 * transaction rolled back afterwards, so a write changes nothing), as a flat list of plan nodes.
 * For tests that hold a statement to reading only what it needs.
 */
import type { Database } from "../../shared/db.js";
import { recordStatements } from "./sql-statements.js";

export type PlanNode = Record<string, unknown>;

/** Every node of an EXPLAIN (FORMAT JSON) plan, the root first. */
export function planNodes(node: PlanNode): PlanNode[] {
  const children = (node.Plans as PlanNode[] | undefined) ?? [];
  return [node, ...children.flatMap(planNodes)];
}

/** The plan PostgreSQL would choose for a statement (EXPLAIN without running it), as a flat list of nodes. */
export async function explained(db: Database, sql: string, params: unknown[] = []): Promise<PlanNode[]> {
  const [row] = await db.sql.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const plan = row["QUERY PLAN"];
  const [{ Plan }] = (typeof plan === "string" ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
  return planNodes(Plan);
}

const ROLL_BACK = "explained: roll back";

export async function explainAnalyzed(db: Database, sql: string, params: unknown[] = []): Promise<PlanNode[]> {
  let plan: PlanNode | null = null;
  await db
    .transaction(async (tx) => {
      const [row] = await tx.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        params,
      );
      plan = row["QUERY PLAN"][0].Plan;
      throw new Error(ROLL_BACK);
    })
    .catch((error: Error) => {
      if (error.message !== ROLL_BACK) throw error;
    });
  return planNodes(plan!);
}

/** Rows the plan read and threw away (filters), summed over its nodes. */
export const rowsDiscarded = (nodes: PlanNode[]) =>
  nodes.reduce((sum, node) => sum + Number(node["Rows Removed by Filter"] ?? 0), 0);

/** Rows the plan's scans of `relation` returned, over all their loops. */
export const rowsScanned = (nodes: PlanNode[], relation: string) =>
  nodes
    .filter((node) => node["Relation Name"] === relation)
    .reduce((sum, node) => sum + Number(node["Actual Rows"] ?? 0) * Number(node["Actual Loops"] ?? 1), 0);

/** Rows the plan's scans of `relation` read: those they returned and those their filters threw away. */
const rowsRead = (nodes: PlanNode[], relation: string) =>
  rowsScanned(nodes, relation) +
  nodes
    .filter((node) => node["Relation Name"] === relation)
    .reduce((sum, node) => sum + Number(node["Rows Removed by Filter"] ?? 0) * Number(node["Actual Loops"] ?? 1), 0);

/**
 * Runs `work`, then explains (analyzed, rolled back) each statement it ran that reads
 * `"schema"."relation"`: what `work` returned and the rows those plans read from the relation
 * (returned by its scans or thrown away by their filters).
 */
export async function rowsReadBy<T>(
  db: Database,
  table: { schema: string; relation: string },
  work: () => Promise<T>,
): Promise<{ result: T; rows: number }> {
  const recorder = recordStatements();
  let result: T;
  try {
    result = await work();
  } finally {
    recorder.restore();
  }
  const reading = recorder.calls.filter((call) => call.sql.includes(`"${table.schema}"."${table.relation}"`));
  let rows = 0;
  for (const call of reading) rows += rowsRead(await explainAnalyzed(db, call.sql, [...call.params]), table.relation);
  return { result, rows };
}
