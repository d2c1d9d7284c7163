/**
 * Records the SQL text of every statement the database drivers (pg and PGlite) run in this
 * process, for tests that count statements (no N+1). `restore` puts the drivers back.
 */
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

export function recordStatements(): { statements: string[]; restore: () => void } {
  const statements: string[] = [];
  const undo: (() => void)[] = [];
  const wrap = (target: { query: (...args: any[]) => any }, textOf: (args: any[]) => string) => {
    const original = target.query;
    target.query = function (this: unknown, ...args: any[]) {
      statements.push(textOf(args));
      return original.apply(this, args);
    };
    undo.push(() => (target.query = original));
  };
  wrap(pg.Client.prototype as any, (args) => (typeof args[0] === "string" ? args[0] : (args[0]?.text ?? "")));
  wrap(PGlite.prototype as any, (args) => String(args[0] ?? ""));
  return { statements, restore: () => undo.forEach((u) => u()) };
}
