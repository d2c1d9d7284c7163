/**
 * Ticket search on the shared engine (shared/search `fullTextSearch`): ranked full text over a
 * ticket's subject, tags, description and conversation, one GIN-indexed vector per audience
 * (migration tickets_ranked_search):
 *   staff (and services)  "staffVector"  = subject A · tags B · description D · public messages D · internal notes D
 *   customers             "publicVector" = the same without internal notes (and only their own tickets)
 * Every vector is built in the ticket's language configuration (english/arabic stemming,
 * `simple` otherwise) from the shared/search normalisation (Arabic letter variants, diacritics,
 * digits), so words may be spread over the subject and the messages and "refunds" finds "refund".
 *
 * Ranking: score = relevance × recency
 *   relevance = ts_rank_cd(vector, query, 32) — cover density over weights A (subject) > B (tags)
 *               > D (description, conversation), normalised to 0..1
 *   recency   = (1 − RECENCY_WEIGHT) + RECENCY_WEIGHT × 0.5^(days since updatedAt / RECENCY_HALF_LIFE_DAYS)
 * Matching (the engine's): every word, the last as a prefix while typing (no trailing space),
 * typo-corrected through the trigger-kept vocabulary `tickets.search_terms` (pg_trgm); when that
 * finds nothing, any content word. Totals are exact up to COUNT_LIMIT.
 *
 * The `text` filter of `tickets` / `myTickets` (and of `searchTickets`) matches the same
 * per-audience vector, every word exactly (no prefix, no typo correction): a filter is precise.
 */
import type { Ticket, TicketMessage } from "../../generated/prisma/client.js";
import type { SqlExecutor } from "../../shared/db.js";
import { badInput } from "../../shared/errors.js";
import { assertUuid, UUID_PATTERN } from "../../shared/ids.js";
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  offsetPageInfo,
  type KeysetPage,
} from "../../shared/pagination.js";
import {
  anyLanguageTsQuery,
  buildTsQueryText,
  clipSnippet,
  fullTextSearch,
  HIGHLIGHT_START,
  highlightFragments,
  markHighlights,
  paramList,
  parseSearchQuery,
  SNIPPET_FRAGMENTS,
  SNIPPET_MAX_CHARS,
  textSearchConfig,
  wordMatcher,
  type Param,
  type ParsedQuery,
  type QueryWords,
  type SearchTableSpec,
} from "../../shared/search/index.js";
import { ticketSelectList } from "./ticket-row.js";

/** Who searches: staff and services match internal notes too; customers never do. */
export type SearchAudience = "staff" | "customer";

export const RECENCY_WEIGHT = 0.5;
export const RECENCY_HALF_LIFE_DAYS = 30;
export const COUNT_LIMIT = 1000;
/** Characters of each message scanned for a snippet (newest messages first). */
const MESSAGE_SNIPPET_SCAN_CHARS = 4000;

const vectorOf = (audience: SearchAudience) => (audience === "staff" ? `"staffVector"` : `"publicVector"`);

export function ticketSearchSpec(audience: SearchAudience): SearchTableSpec {
  return {
    table: `"tickets"."tickets"`,
    idColumn: `"id"`,
    vectorColumn: vectorOf(audience),
    languageColumn: `"language"`,
    vocabularyTable: `"tickets"."search_terms"`,
    headlineColumns: { subject: `"subject"`, description: `"description"` },
    wholeHeadlines: ["subject"],
    countLimit: COUNT_LIMIT,
  };
}

/** recency as SQL over alias `d` (double precision throughout; `updatedAt` is stored as UTC). */
export const RECENCY_BOOST_SQL = `((1 - ${RECENCY_WEIGHT}::float8) + ${RECENCY_WEIGHT}::float8 * power(0.5::float8,
  greatest(0::float8, extract(epoch from ((now() AT TIME ZONE 'UTC') - d."updatedAt"))::float8) / 86400::float8 / ${RECENCY_HALF_LIFE_DAYS}::float8))`;

/** The TicketFilter input's values (GraphQL-free). */
export interface TicketFilterValues {
  status?: readonly string[] | null;
  category?: string | null;
  priority?: readonly string[] | null;
  assignedAgentId?: string | null;
  unassigned?: boolean | null;
  customerId?: string | null;
  language?: string | null;
  breachedSla?: boolean | null;
  triage?: boolean | null;
  tag?: string | null;
  text?: string | null;
}

/** The words of a `text` filter, or BAD_USER_INPUT when it has none (long texts are truncated, not refused). */
export function parseTextFilter(text: string, field = "filter.text"): ParsedQuery {
  const parsed = parseSearchQuery(text);
  if (parsed.terms.length === 0) throw badInput(`${field} has no words to search for`, { field });
  return parsed;
}

/**
 * A row matches every word of `parsed` in the audience's vector. The query is parsed under each
 * configuration and OR-ed, as the engine does for rows of any language: one GIN scan.
 */
export function textMatchSql(audience: SearchAudience, parsed: ParsedQuery, param: Param): string {
  return `d.${vectorOf(audience)} @@ (${anyLanguageTsQuery(param(buildTsQueryText(parsed.terms, { mode: "and" })))})`;
}

/** The filter as SQL conditions on alias `d` (values as bind parameters); validates ids. */
export function ticketFilterSql(
  filter: TicketFilterValues | null | undefined,
  audience: SearchAudience,
  param: Param,
): string[] {
  if (!filter) return [];
  const where: string[] = [];
  if (filter.assignedAgentId) assertUuid(filter.assignedAgentId, "filter.assignedAgentId");
  if (filter.customerId) assertUuid(filter.customerId, "filter.customerId");
  if (filter.status?.length) where.push(`d."status"::text = ANY(${param([...filter.status])}::text[])`);
  if (filter.priority?.length) where.push(`d."priority"::text = ANY(${param([...filter.priority])}::text[])`);
  if (filter.category) {
    const key = param(filter.category);
    where.push(`(d."categoryKey" = ${key} OR d."subcategoryKey" = ${key})`);
  }
  if (filter.assignedAgentId) where.push(`d."assignedAgentId" = ${param(filter.assignedAgentId)}::uuid`);
  if (filter.unassigned != null) where.push(`d."assignedAgentId" IS ${filter.unassigned ? "" : "NOT "}NULL`);
  if (filter.customerId) where.push(`d."customerId" = ${param(filter.customerId)}::uuid`);
  if (filter.language) where.push(`d."language" = ${param(filter.language)}`);
  if (filter.breachedSla != null) where.push(`d."slaBreachedAt" IS ${filter.breachedSla ? "NOT " : ""}NULL`);
  if (filter.triage != null) where.push(`d."needsTriage" = ${param(filter.triage)}::boolean`);
  if (filter.tag) where.push(`d."tags" @> ARRAY[${param(filter.tag)}::text]`);
  if (filter.text != null) where.push(textMatchSql(audience, parseTextFilter(filter.text), param));
  return where;
}

export interface MatchingPageRequest {
  filter: TicketFilterValues;
  audience: SearchAudience;
  /** Customers: only their own tickets. */
  customerId?: string | null;
  page: KeysetPage;
  /** Only these columns (`ticketColumnsFor`); the whole row when absent or null. */
  columns?: readonly (keyof Ticket)[] | null;
}

/**
 * One keyset page (newest first, key [createdAt, id]) of the tickets matching a filter (`tickets`
 * and `myTickets`) in one statement: the whole filter runs in SQL, beside the text match when
 * there is one, so no id list is capped and the filter is written once. Whole rows are typed
 * exactly as the ticket loader's (test/tickets-queries.test.ts compares them); with `columns`,
 * the rows carry only those.
 */
export async function matchingTickets(sql: SqlExecutor, request: MatchingPageRequest): Promise<Ticket[]> {
  const { params, param } = paramList();
  const where = ticketFilterSql(request.filter, request.audience, param);
  if (request.customerId) where.push(`d."customerId" = ${param(request.customerId)}::uuid`);
  const { beyond, inverted, limit } = request.page;
  // Natural order newest first; `inverted` walks it backwards (last/before).
  const direction = inverted ? "ASC" : "DESC";
  if (beyond) {
    const [createdAt, id] = beyond;
    if (typeof createdAt !== "string" || Number.isNaN(Date.parse(createdAt)) || !UUID_PATTERN.test(id))
      throw badInput("Invalid pagination cursor");
    where.push(
      `(d."createdAt", d."id") ${inverted ? ">" : "<"} (${param(new Date(createdAt).toISOString())}::timestamp(3), ${param(id)}::uuid)`,
    );
  }
  return sql.query<Ticket>(
    `SELECT ${ticketSelectList("d", request.columns ?? null)} FROM "tickets"."tickets" d ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d."createdAt" ${direction}, d."id" ${direction} LIMIT ${param(limit)}`,
    params,
    { prepare: true },
  );
}

export interface TicketSearchArgs {
  query: string;
  filter?: TicketFilterValues | null;
  first?: number | null;
  after?: string | null;
}

export interface TicketSearchEdge {
  cursor: string;
  node: Ticket;
  score: number;
  /** Description excerpt around the matches, or the newest matching message's; HTML-escaped, matches in <mark>. */
  snippet: string;
  /** The message the snippet was taken from (null: the description). Never an internal note for customers. */
  snippetMessage: TicketMessage | null;
  subjectHighlighted: string;
  highlights: string[];
}

export interface TicketSearchPage {
  edges: TicketSearchEdge[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  totalCount: number;
  totalCountExact: boolean;
  parsed: ParsedQuery;
  mode: "and" | "or";
}

export interface TicketSearchDeps {
  sql: SqlExecutor;
  audience: SearchAudience;
  /** Customers: only their own tickets. */
  customerId?: string | null;
  loadTickets: (ids: string[]) => Promise<(Ticket | null | undefined)[]>;
  /** Every message of each ticket, oldest first (the DataLoader's order). */
  loadMessages: (ids: string[]) => Promise<TicketMessage[][]>;
  /** Minimum trigram similarity of a typo correction (SEARCH_TYPO_SIMILARITY). */
  typoSimilarity?: number;
}

const CURSOR_KIND = "ticket-search";

/** Validates the arguments (coded errors) and runs one ranked page. */
export async function searchTickets(deps: TicketSearchDeps, args: TicketSearchArgs): Promise<TicketSearchPage> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, { field: "first" });
  let offset = 0;
  if (args.after) {
    const [position, kind] = decodeCursor(args.after);
    if (kind !== CURSOR_KIND || typeof position !== "number" || !Number.isInteger(position) || position < 0)
      throw badInput("Invalid pagination cursor", { field: "after" });
    offset = position + 1;
  }
  // Longer queries are truncated (parseSearchQuery), never refused; one without a word is.
  const parsed = parseSearchQuery(args.query);
  if (parsed.terms.length === 0)
    throw badInput("query has no words to search for (list tickets with `tickets(filter:)` instead)", {
      field: "query",
    });
  const filters = (param: Param) => {
    const where = ticketFilterSql(args.filter, deps.audience, param);
    if (deps.customerId) where.push(`d."customerId" = ${param(deps.customerId)}::uuid`);
    return where;
  };
  // Validate the filter before any statement runs (the engine calls `filters` per statement).
  filters(paramList().param);
  // `first: 0` still counts the matches (one row is ranked and dropped).
  const result = await fullTextSearch(deps.sql, ticketSearchSpec(deps.audience), {
    query: parsed,
    filters,
    boost: RECENCY_BOOST_SQL,
    limit: first + 1,
    offset,
    typoSimilarity: deps.typoSimilarity,
  });
  const page = result.hits.slice(0, first);
  const ids = page.map((h) => h.id);
  const [tickets, conversations] = ids.length
    ? await Promise.all([deps.loadTickets(ids), deps.loadMessages(ids)])
    : [[], []];
  const queryWords: QueryWords = {
    words: [...parsed.terms, ...[...result.corrections.values()].flat()],
    prefix: parsed.prefixLast ? (parsed.terms.at(-1) ?? null) : null,
  };
  const edges: TicketSearchEdge[] = [];
  page.forEach((hit, index) => {
    const ticket = tickets[index];
    if (!ticket) return;
    const subject = markHighlights(hit.headlines.subject ?? ticket.subject);
    const fromDescription = hit.headlines.description ?? ticket.description.slice(0, SNIPPET_MAX_CHARS);
    const message = fromDescription.includes(HIGHLIGHT_START)
      ? null
      : matchingMessage(conversations[index] ?? [], ticket.language, queryWords, deps.audience);
    const body = markHighlights(clipSnippet(message ? message.fragments : fromDescription));
    edges.push({
      cursor: encodeCursor([offset + index, CURSOR_KIND]),
      node: ticket,
      score: Math.round(hit.score * 1e6) / 1e6,
      snippet: body.html,
      snippetMessage: message?.message ?? null,
      subjectHighlighted: subject.html,
      highlights: [...new Set([...subject.words, ...body.words])],
    });
  });
  return {
    edges,
    pageInfo: offsetPageInfo(edges, result.hits.length > first, offset),
    totalCount: result.totalCount,
    totalCountExact: result.totalCountExact,
    parsed,
    mode: result.mode === "or" ? "or" : "and",
  };
}

/** The newest message the audience may see with a highlighted word, and its fragments; null when none. */
function matchingMessage(
  messages: TicketMessage[],
  language: string,
  query: QueryWords,
  audience: SearchAudience,
): { message: TicketMessage; fragments: string } | null {
  const matcher = wordMatcher(textSearchConfig(language), query);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message.internal && audience !== "staff") continue;
    const fragments = highlightFragments(message.body.slice(0, MESSAGE_SNIPPET_SCAN_CHARS), matcher, SNIPPET_FRAGMENTS);
    if (fragments.includes(HIGHLIGHT_START)) return { message, fragments };
  }
  return null;
}
