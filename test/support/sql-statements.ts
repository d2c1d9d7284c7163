/**
 * Records the SQL text (and parameters) of every statement the database drivers (pg and PGlite)
 * run in this process, for tests that count statements (no N+1). `restore` puts the drivers back.
 */
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

export interface RecordedStatement {
  sql: string;
  params: readonly unknown[];
}

export function recordStatements(): { statements: string[]; calls: RecordedStatement[]; restore: () => void } {
  const statements: string[] = [];
  const calls: RecordedStatement[] = [];
  const undo: (() => void)[] = [];
  const wrap = (target: { query: (...args: any[]) => any }, read: (args: any[]) => RecordedStatement) => {
    const original = target.query;
    target.query = function (this: unknown, ...args: any[]) {
      const call = read(args);
      statements.push(call.sql);
      calls.push(call);
      return original.apply(this, args);
    };
    undo.push(() => (target.query = original));
  };
  wrap(pg.Client.prototype as any, (args) =>
    typeof args[0] === "string"
      ? { sql: args[0], params: Array.isArray(args[1]) ? args[1] : [] }
      : { sql: args[0]?.text ?? "", params: args[0]?.values ?? [] },
  );
  wrap(PGlite.prototype as any, (args) => ({
    sql: String(args[0] ?? ""),
    params: Array.isArray(args[1]) ? args[1] : [],
  }));
  return { statements, calls, restore: () => undo.forEach((u) => u()) };
}
