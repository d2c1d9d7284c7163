/**
 * The one DateTime scalar of the graph: ISO-8601 in, ISO-8601 UTC out. Every subgraph's builder
 * defines it from here, and the gateway installs the same parsing on its API schema so a bad
 * date is refused with BAD_USER_INPUT before any query plan runs (literal or variable alike).
 *
 * Accepted: `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or
 * an offset `±HH:MM`. A date-time without an offset is ambiguous (whose local time?) and refused,
 * as are impossible calendar dates (`2026-02-30`) and years outside 0001–9999.
 */
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from "graphql";
import { badInput } from "./errors.js";

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2}))?$/;
/** Longest text a DateTime input may have. */
export const DATE_TIME_MAX_LENGTH = 40;

const refuse = (value: unknown) =>
  badInput(
    `${typeof value === "string" ? JSON.stringify(value.slice(0, DATE_TIME_MAX_LENGTH)) : "This value"} is not an ISO-8601 date-time (e.g. 2026-03-01T09:30:00Z)`,
    { scalar: "DateTime" },
  );

export function parseDateTime(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value !== "string" || value.length > DATE_TIME_MAX_LENGTH) throw refuse(value);
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) throw refuse(value);
  const [, year, month, day, hour, minute, second] = match;
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  // The calendar date must exist as written (no 30 February rolled over into March).
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1 || calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d)
    throw refuse(value);
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59)))
    throw refuse(value);
  const date = new Date(hour === undefined ? `${year}-${month}-${day}T00:00:00Z` : value.trim().replace(" ", "T"));
  if (Number.isNaN(date.getTime())) throw refuse(value);
  return date;
}

export function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : new Date(value as string | number);
  if (Number.isNaN(date.getTime())) throw new GraphQLError("DateTime cannot represent an invalid date");
  return date.toISOString();
}

export function parseDateTimeLiteral(ast: ValueNode): Date {
  if (ast.kind !== Kind.STRING) throw badInput("DateTime must be an ISO-8601 string", { scalar: "DateTime" });
  return parseDateTime(ast.value);
}

export const DATE_TIME_DESCRIPTION =
  "ISO-8601 date-time: YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM[:SS[.sss]] with Z or ±HH:MM; always answered in UTC.";

/**
 * Gives a schema built from SDL (the gateway's API schema, the subscription validation schema)
 * the same DateTime parsing as the subgraphs. A no-op when the schema has no DateTime.
 */
export function installDateTimeParsing(schema: GraphQLSchema): void {
  const type = schema.getType("DateTime");
  if (!(type instanceof GraphQLScalarType)) return;
  const scalar = type as { -readonly [K in keyof GraphQLScalarType]: GraphQLScalarType[K] };
  scalar.parseValue = parseDateTime;
  scalar.parseLiteral = parseDateTimeLiteral;
  scalar.serialize = (value) => (typeof value === "string" ? value : serializeDateTime(value));
}
