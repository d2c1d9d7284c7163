/**
 * Reading a Zendesk tickets export and mapping its values to ours — pure functions, no I/O.
 *
 * Accepted shapes (what Zendesk produces):
 * - one JSON document holding API pages: `tickets` (Incremental Ticket Export / List Tickets),
 *   `users` (List Users), `comments` (List Comments: keyed by ticket id, or an array of
 *   `{ ticket_id, comments }`), `ticket_audits` / `audits` (List Ticket Audits, each with
 *   `ticket_id` and its `events`);
 * - newline-delimited JSON (the Admin Center "JSON" data export): one ticket per line, with its
 *   `comments` or `audits` embedded; lines holding `{ users: [...] }` or a user add users.
 * Comments come from `comments` when present, otherwise from the audits' Comment events; the
 * audits' status Change events give the status timeline.
 */

export interface ZendeskAttachment {
  file_name?: string;
  content_url?: string;
  content_type?: string | null;
  size?: number | null;
}

export interface ZendeskComment {
  id: number;
  author_id: number;
  body?: string | null;
  plain_body?: string | null;
  public?: boolean;
  attachments?: ZendeskAttachment[];
  created_at: string;
}

export interface ZendeskAuditEvent {
  id?: number;
  type: string;
  field_name?: string;
  value?: unknown;
  previous_value?: unknown;
  body?: string | null;
  plain_body?: string | null;
  public?: boolean;
  author_id?: number;
  attachments?: ZendeskAttachment[];
}

export interface ZendeskAudit {
  id: number;
  ticket_id: number;
  created_at: string;
  author_id: number;
  events: ZendeskAuditEvent[];
}

export interface ZendeskTicket {
  id: number;
  subject?: string | null;
  raw_subject?: string | null;
  description?: string | null;
  status: string;
  priority?: string | null;
  type?: string | null;
  requester_id: number;
  assignee_id?: number | null;
  tags?: string[];
  via?: { channel?: string | null } | null;
  created_at: string;
  updated_at?: string | null;
  comments?: ZendeskComment[];
  audits?: ZendeskAudit[];
}

export interface ZendeskUser {
  id: number;
  name: string;
  email?: string | null;
  role?: string | null;
  locale?: string | null;
  phone?: string | null;
}

export interface ZendeskExport {
  tickets: ZendeskTicket[];
  users: Map<number, ZendeskUser>;
  /** Per ticket id, oldest first. */
  comments: Map<number, ZendeskComment[]>;
  /** Per ticket id: status changes from the audits, oldest first. */
  statusChanges: Map<number, { status: string; at: string }[]>;
}

export class ZendeskExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZendeskExportError";
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function documents(text: string): unknown[] {
  const trimmed = text.trim();
  if (!trimmed) throw new ZendeskExportError("The export file is empty");
  try {
    return [JSON.parse(trimmed)];
  } catch {
    // newline-delimited JSON: one value per line
  }
  return trimmed.split(/\r?\n/).flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line)];
    } catch {
      throw new ZendeskExportError(
        `Line ${index + 1} is not JSON: the file must be a JSON document or newline-delimited JSON`,
      );
    }
  });
}

function assertTicket(value: unknown): ZendeskTicket {
  if (
    !isObject(value) ||
    typeof value.id !== "number" ||
    typeof value.requester_id !== "number" ||
    typeof value.status !== "string" ||
    typeof value.created_at !== "string"
  ) {
    throw new ZendeskExportError(
      `Not a Zendesk ticket (needs id, requester_id, status, created_at): ${JSON.stringify(value).slice(0, 120)}`,
    );
  }
  return value as unknown as ZendeskTicket;
}

function assertUser(value: unknown): ZendeskUser {
  if (!isObject(value) || typeof value.id !== "number" || typeof value.name !== "string")
    throw new ZendeskExportError(`Not a Zendesk user (needs id, name): ${JSON.stringify(value).slice(0, 120)}`);
  return value as unknown as ZendeskUser;
}

const byTime = <T extends { created_at: string }>(a: T, b: T) => Date.parse(a.created_at) - Date.parse(b.created_at);

/** Parses the export text into tickets, users, comments and status timelines. */
export function parseZendeskExport(text: string): ZendeskExport {
  const tickets = new Map<number, ZendeskTicket>();
  const users = new Map<number, ZendeskUser>();
  const comments = new Map<number, ZendeskComment[]>();
  const audits = new Map<number, ZendeskAudit[]>();
  const addAudit = (audit: ZendeskAudit) => {
    if (!isObject(audit) || typeof audit.ticket_id !== "number" || !Array.isArray(audit.events))
      throw new ZendeskExportError("An audit needs ticket_id and events");
    const list = audits.get(audit.ticket_id) ?? [];
    if (!list.some((a) => a.id === audit.id)) list.push(audit);
    audits.set(audit.ticket_id, list);
  };
  const addComments = (ticketId: number, list: unknown) => {
    if (!Array.isArray(list)) throw new ZendeskExportError(`Comments of ticket ${ticketId} must be a list`);
    const known = comments.get(ticketId) ?? [];
    for (const comment of list as ZendeskComment[]) if (!known.some((c) => c.id === comment.id)) known.push(comment);
    comments.set(ticketId, known);
  };
  const addTicket = (value: unknown) => {
    const ticket = assertTicket(value);
    tickets.set(ticket.id, ticket);
    if (ticket.comments) addComments(ticket.id, ticket.comments);
    for (const audit of ticket.audits ?? []) addAudit({ ...audit, ticket_id: audit.ticket_id ?? ticket.id });
  };

  for (const doc of documents(text)) {
    if (!isObject(doc)) throw new ZendeskExportError("Each JSON value in the export must be an object");
    if (typeof doc.requester_id === "number") {
      addTicket(doc); // a bare ticket (one per line), its comments/audits embedded
      continue;
    }
    const pages =
      doc.tickets !== undefined ||
      doc.users !== undefined ||
      doc.comments !== undefined ||
      doc.ticket_audits !== undefined ||
      doc.audits !== undefined ||
      doc.ticket !== undefined ||
      doc.user !== undefined;
    if (!pages) {
      users.set(assertUser(doc).id, assertUser(doc)); // a bare user
      continue;
    }
    for (const ticket of (doc.tickets as unknown[] | undefined) ?? []) addTicket(ticket);
    if (doc.ticket) addTicket(doc.ticket);
    for (const user of [...((doc.users as unknown[] | undefined) ?? []), ...(doc.user ? [doc.user] : [])])
      users.set(assertUser(user).id, assertUser(user));
    if (Array.isArray(doc.comments)) {
      for (const entry of doc.comments as { ticket_id?: number; comments?: unknown }[]) {
        if (typeof entry.ticket_id !== "number")
          throw new ZendeskExportError("Each entry of a comments list needs ticket_id and comments");
        addComments(entry.ticket_id, entry.comments);
      }
    } else if (isObject(doc.comments)) {
      for (const [id, list] of Object.entries(doc.comments)) addComments(Number(id), list);
    }
    for (const audit of [
      ...((doc.ticket_audits as ZendeskAudit[] | undefined) ?? []),
      ...((doc.audits as ZendeskAudit[] | undefined) ?? []),
    ])
      addAudit(audit);
  }

  const statusChanges = new Map<number, { status: string; at: string }[]>();
  for (const [ticketId, list] of audits) {
    list.sort(byTime);
    const changes: { status: string; at: string }[] = [];
    for (const audit of list) {
      for (const event of audit.events) {
        if (
          (event.type === "Change" || event.type === "Create") &&
          event.field_name === "status" &&
          typeof event.value === "string"
        )
          changes.push({ status: event.value, at: audit.created_at });
      }
    }
    statusChanges.set(ticketId, changes);
    // Comments from the audits when the export has no comment list for the ticket.
    if (!comments.has(ticketId)) {
      comments.set(
        ticketId,
        list.flatMap((audit) =>
          audit.events
            .filter((e) => e.type === "Comment" || e.type === "VoiceComment")
            .map((e) => ({
              id: e.id ?? audit.id,
              author_id: e.author_id ?? audit.author_id,
              body: e.body,
              plain_body: e.plain_body,
              public: e.public ?? true,
              attachments: e.attachments ?? [],
              created_at: audit.created_at,
            })),
        ),
      );
    }
  }
  for (const list of comments.values()) list.sort(byTime);
  return { tickets: [...tickets.values()].sort(byTime), users, comments, statusChanges };
}

// ---------------------------------------------------------------------------------------------
// Value mappings

const STATUS: Record<string, "OPEN" | "PENDING" | "ON_HOLD" | "RESOLVED" | "CLOSED"> = {
  new: "OPEN",
  open: "OPEN",
  pending: "PENDING",
  hold: "ON_HOLD",
  solved: "RESOLVED",
  closed: "CLOSED",
};

/** Zendesk status → ours; null for statuses that are not imported (deleted). */
export function mapStatus(status: string): "OPEN" | "PENDING" | "ON_HOLD" | "RESOLVED" | "CLOSED" | null {
  return STATUS[status.toLowerCase()] ?? null;
}

const PRIORITY: Record<string, "LOW" | "MEDIUM" | "HIGH" | "URGENT"> = {
  low: "LOW",
  normal: "MEDIUM",
  high: "HIGH",
  urgent: "URGENT",
};

/** Zendesk priority → ours; null when unset (the category's default priority applies). */
export function mapPriority(priority: string | null | undefined): "LOW" | "MEDIUM" | "HIGH" | "URGENT" | null {
  return priority ? (PRIORITY[priority.toLowerCase()] ?? null) : null;
}

const CHANNEL: Record<string, "IN_APP" | "EMAIL" | "CHAT" | "PHONE" | "SOCIAL"> = {
  email: "EMAIL",
  web: "IN_APP",
  web_form: "IN_APP",
  api: "IN_APP",
  mobile: "IN_APP",
  mobile_sdk: "IN_APP",
  help_center: "IN_APP",
  chat: "CHAT",
  chat_transcript: "CHAT",
  native_messaging: "CHAT",
  voice: "PHONE",
  phone: "PHONE",
  twitter: "SOCIAL",
  facebook: "SOCIAL",
  whatsapp: "SOCIAL",
  instagram_dm: "SOCIAL",
};

export function mapChannel(via: ZendeskTicket["via"]): "IN_APP" | "EMAIL" | "CHAT" | "PHONE" | "SOCIAL" {
  return CHANNEL[via?.channel?.toLowerCase() ?? ""] ?? "IN_APP";
}

export const SUPPORTED_LANGUAGES = ["en", "ar", "hi", "ur"] as const;

/** A Zendesk locale ("ar", "en-US", "ur-PK") → one of our four languages, or null. */
export function mapLocale(locale: string | null | undefined): string | null {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base && (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? base : null;
}

/** Zendesk tags → ours: lower case, only letters/digits/_.-, at most 40 characters, at most 19 (plus `zendesk`). */
export function mapTags(tags: readonly string[] | undefined): string[] {
  const cleaned = (tags ?? [])
    .map((tag) =>
      tag
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}_.-]+/gu, "_")
        .slice(0, 40),
    )
    .filter((tag) => tag.length > 0 && tag !== "zendesk");
  return ["zendesk", ...new Set(cleaned)].slice(0, 20);
}

/**
 * The category named by the ticket's tags: an explicit tag → key mapping first, then a tag that is
 * itself one of our category or subcategory keys (hyphens read as underscores; `categories` maps each
 * key to its parent key, null for a category). Null: classify.
 */
export function categoryFromTags(
  tags: readonly string[] | undefined,
  categories: ReadonlyMap<string, string | null>,
  tagMap: Readonly<Record<string, string>> = {},
): string | null {
  const normalized = (tags ?? []).map((tag) => tag.trim().toLowerCase());
  for (const tag of normalized) if (tagMap[tag] && categories.has(tagMap[tag])) return tagMap[tag];
  let top: string | null = null;
  for (const tag of normalized.map((t) => t.replace(/-/g, "_"))) {
    if (!categories.has(tag)) continue;
    if (categories.get(tag)) return tag; // a subcategory (it has a parent) is the more precise answer
    top ??= tag;
  }
  return top;
}

/** The text of a comment: plain text when Zendesk gives it, else the body. */
export const commentText = (comment: Pick<ZendeskComment, "plain_body" | "body">) =>
  (comment.plain_body ?? comment.body ?? "").trim();
