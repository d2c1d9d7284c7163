/**
 * Writes as parts of ONE statement. A write that needs no read between its steps (a new ticket with
 * its timeline, audit entry, notification and event) can go to PostgreSQL as data-modifying CTEs —
 * `WITH a AS (INSERT …), b AS (INSERT …) SELECT …` — which run exactly once each, all or none: one
 * statement is atomic without a transaction, and takes one round trip instead of one per step plus
 * BEGIN and COMMIT.
 *
 * Each part is written with its own placeholders ($1…$n, as if it ran alone), so the same part
 * serves a single statement inside a transaction and a combined one; `combineWrites` renumbers them.
 */
import type { SqlExecutor } from "./db.js";

/** SQL text with its own placeholders ($1…$n) and their values. */
export interface SqlPart {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** A part of a combined statement; `name` when the result (or another part) reads its RETURNING rows. */
export interface NamedPart extends SqlPart {
  readonly name?: string;
}

export const sqlPart = (text: string, values: readonly unknown[] = []): SqlPart => ({ text, values });

const PLACEHOLDER = /\$(\d+)/g;

/** What is known of one part text: its highest placeholder and its renumbered forms (texts are constants). */
interface TextForms {
  highest: number;
  byOffset: Map<number, string>;
}
const forms = new Map<string, TextForms>();

function formsOf(text: string): TextForms {
  let known = forms.get(text);
  if (!known) {
    let highest = 0;
    for (const match of text.matchAll(PLACEHOLDER)) highest = Math.max(highest, Number(match[1]));
    known = { highest, byOffset: new Map([[0, text]]) };
    // Part texts are module constants (a few dozen); a stray generated one must not grow this forever.
    if (forms.size < 500) forms.set(text, known);
  }
  return known;
}

/** `text` with each $n moved up by `offset`. */
function shiftPlaceholders(known: TextForms, text: string, offset: number): string {
  let shifted = known.byOffset.get(offset);
  if (shifted === undefined) {
    shifted = text.replace(PLACEHOLDER, (_, n: string) => `$${Number(n) + offset}`);
    known.byOffset.set(offset, shifted);
  }
  return shifted;
}

/**
 * `parts` as data-modifying CTEs of one statement whose result is `result` (which may read the
 * named parts; by default the statement returns no rows). A part must be a single INSERT, UPDATE or
 * DELETE (or a SELECT) without a WITH of its own: PostgreSQL allows data-modifying CTEs only at the
 * top level. Parts cannot see each other's rows except through RETURNING, so they must not depend
 * on one another's effects.
 */
export function combineWrites(parts: readonly NamedPart[], result: SqlPart = sqlPart("SELECT 1 WHERE false")): SqlPart {
  const ctes: string[] = [];
  const values: unknown[] = [];
  const append = (part: SqlPart): string => {
    const known = formsOf(part.text);
    if (known.highest !== part.values.length)
      throw new Error(`A statement part uses $1…$${known.highest} but was given ${part.values.length} values`);
    const text = shiftPlaceholders(known, part.text, values.length);
    values.push(...part.values);
    return text;
  };
  parts.forEach((part, index) => {
    if (/^\s*WITH\b/i.test(part.text)) throw new Error("A statement part cannot have a WITH of its own");
    ctes.push(`${part.name ?? `write_${index}`} AS (${append(part)})`);
  });
  const final = append(result);
  return { text: ctes.length ? `WITH ${ctes.join(",\n")}\n${final}` : final, values };
}

/**
 * `part` written only when the part named `name` returned a row (an UPDATE that found what it
 * expected): the part must be an INSERT … SELECT without a WHERE of its own.
 */
export function onlyIf(part: SqlPart, name: string): SqlPart {
  if (/\b(WHERE|VALUES)\b/i.test(part.text))
    throw new Error("A conditional statement part must be an INSERT … SELECT without a WHERE");
  return { text: `${part.text}\n     WHERE EXISTS (SELECT 1 FROM ${name})`, values: part.values };
}

/** Runs a statement part (or a combined statement) that returns no rows, in a transaction or on the client. */
export async function runPart(db: Pick<RawStatements, "$executeRawUnsafe">, part: SqlPart): Promise<void> {
  await db.$executeRawUnsafe(part.text, ...part.values);
}

/** Runs a combined statement on the driver (prepared: its text repeats from call to call). */
export function runCombined<Row>(sql: SqlExecutor, statement: SqlPart): Promise<Row[]> {
  return sql.query<Row>(statement.text, [...statement.values], { prepare: true });
}

/** What a statement needs to run: a transaction client's raw query, or the driver's (`onDriver`). */
export interface RawQueries {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Statements that return rows and statements that do not: a transaction client, or the driver's (`onDriver`). */
export interface RawStatements extends RawQueries {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<unknown>;
}

/**
 * The driver (the pool, or one transaction's connection: `Database.transaction`) in the shape of
 * a transaction client's raw statements: a prepared statement on the pg driver costs a fraction
 * of a raw query through the client.
 */
export const onDriver = (sql: SqlExecutor): RawStatements => ({
  $queryRawUnsafe: <T>(query: string, ...values: unknown[]) =>
    sql.query(query, values, { prepare: true }) as Promise<unknown> as Promise<T>,
  $executeRawUnsafe: async (query: string, ...values: unknown[]) => {
    await sql.query(query, values, { prepare: true });
  },
});
