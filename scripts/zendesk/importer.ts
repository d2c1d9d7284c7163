/**
 * Imports a Zendesk tickets export (ZENDESK_MIGRATION_ENABLED=true; `npm run import:zendesk -- <file>`).
 *
 * - Users: end-users become customer profiles (an existing profile with the same email is reused;
 *   otherwise a stable id derived from the Zendesk user id); agents and admins are matched to our
 *   agents by email (assignee, comment authors) and never created.
 * - Tickets keep their Zendesk times, status timeline (from the audits when present), tags (plus
 *   `zendesk`), channel and priority; the category comes from the tags (a tag that is one of our
 *   keys, or the caller's tag map), else the ticket classifier, else triage. The first comment is
 *   the description; the others become messages (private ones as internal notes).
 * - Each ticket is written in one transaction with its history entry and its events
 *   (`ticket.created`, and `ticket.resolved` / `ticket.closed` for solved ones, `imported` in the
 *   payload), and its SLA check time is set, so the sweeper, analytics and webhooks see it.
 * - Idempotent: a ticket is found again by its idempotency key `zendesk:<id>`; running the same
 *   export twice creates nothing, and a later export only adds the comments not yet imported.
 */
import { createHash } from "node:crypto";
import type { Prisma, TicketPriority, TicketStatus } from "../../generated/prisma/client.js";
import { StartupError, type Config } from "../../shared/config.js";
import type { Database } from "../../shared/db.js";
import { detectLanguage } from "../../shared/text/language.js";
import { createClassifierFromEnv, type TicketClassifier } from "../../subgraphs/tickets/classification/classifier.js";
import { TRIAGE_TAG } from "../../subgraphs/tickets/intake.js";
import { DEFAULT_SCHEDULE_KEY, scheduleFromRow, ticketSlaHours } from "../../subgraphs/tickets/policy.js";
import { ticketPriority } from "../../subgraphs/tickets/priority.js";
import { addHistory, emit, refreshSla, type Attachment, type WorkflowEnv } from "../../subgraphs/tickets/workflow.js";
import {
  categoryFromTags,
  commentText,
  mapChannel,
  mapLocale,
  mapPriority,
  mapStatus,
  mapTags,
  SUPPORTED_LANGUAGES,
  type ZendeskComment,
  type ZendeskExport,
  type ZendeskTicket,
  type ZendeskUser,
} from "./export.js";

export const ZENDESK_IDEMPOTENCY_PREFIX = "zendesk:";
const SUBJECT_MAX = 250;
const TEXT_MAX = 20_000;

export class ZendeskImportDisabledError extends StartupError {
  constructor() {
    super(
      "The Zendesk importer is switched off: set ZENDESK_MIGRATION_ENABLED=true to import a Zendesk export (nothing was read or written).",
      "ZENDESK_MIGRATION_ENABLED",
    );
    this.name = "ZendeskImportDisabledError";
  }
}

export interface ZendeskImportOptions {
  db: Database;
  config: Config;
  /** Classifies tickets whose tags name no category (default: the configured ticket classifier). */
  classifier?: TicketClassifier;
  /** Zendesk tag → our category or subcategory key. */
  tagMap?: Record<string, string>;
  now?: Date;
}

export interface ZendeskImportReport {
  tickets: { imported: number; alreadyImported: number; skipped: number };
  messages: { imported: number };
  customers: { created: number; matched: number };
  triage: number;
  skipped: { zendeskId: number; reason: string }[];
}

/** A deterministic UUID for a Zendesk record, so a second run finds what the first one wrote. */
export function zendeskUuid(kind: string, id: number): string {
  const hex = createHash("sha1").update(`switchboard:zendesk:${kind}:${id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// NUL and other code points PostgreSQL text refuses, and lone surrogates.
const cleanText = (text: string, max: number) =>
  text
    .replace(/\u0000/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .slice(0, max);

const isStaffUser = (user: ZendeskUser | undefined) => user?.role === "agent" || user?.role === "admin";

function attachmentsOf(comment: ZendeskComment): Attachment[] {
  return (comment.attachments ?? [])
    .filter((a) => a.content_url && /^https?:\/\//.test(a.content_url))
    .map((a) => ({
      name: cleanText(a.file_name ?? "attachment", 255),
      url: a.content_url!,
      contentType: a.content_type ?? null,
      size: a.size ?? null,
    }));
}

function chooseLanguage(requester: ZendeskUser | undefined, text: string): string {
  const fromLocale = mapLocale(requester?.locale);
  if (fromLocale) return fromLocale;
  const detected = detectLanguage(text).language;
  return detected && (SUPPORTED_LANGUAGES as readonly string[]).includes(detected) ? detected : "en";
}

/** The status timeline: OPEN at creation, then the audits' status changes, ending in the current status. */
function statusTimeline(
  ticket: ZendeskTicket,
  status: TicketStatus,
  changes: { status: string; at: string }[],
  createdAt: Date,
  finalAt: Date,
) {
  const timeline: { status: TicketStatus; at: Date }[] = [{ status: "OPEN", at: createdAt }];
  for (const change of changes) {
    const mapped = mapStatus(change.status);
    const at = new Date(change.at);
    if (!mapped || Number.isNaN(at.getTime()) || at < createdAt || mapped === timeline[timeline.length - 1].status)
      continue;
    timeline.push({ status: mapped, at });
  }
  if (timeline[timeline.length - 1].status !== status)
    timeline.push({
      status,
      at: finalAt < timeline[timeline.length - 1].at ? timeline[timeline.length - 1].at : finalAt,
    });
  return timeline;
}

/** Imports a parsed export; see the module comment. Throws ZendeskImportDisabledError when switched off. */
export async function importZendeskExport(
  data: ZendeskExport,
  options: ZendeskImportOptions,
): Promise<ZendeskImportReport> {
  const { db, config } = options;
  if (!config.ZENDESK_MIGRATION_ENABLED) throw new ZendeskImportDisabledError();
  const { prisma } = db;
  const now = options.now ?? new Date();
  const classifier =
    options.classifier ??
    createClassifierFromEnv({
      TICKET_CLASSIFIER_URL: config.TICKET_CLASSIFIER_URL,
      TICKET_CLASSIFIER_TIMEOUT_MS: String(config.TICKET_CLASSIFIER_TIMEOUT_MS),
    });
  const categories = await prisma.ticketCategory.findMany({ where: { active: true } });
  const categoryByKey = new Map(categories.map((c) => [c.key, c]));
  const parents = new Map(categories.map((c) => [c.key, c.parentKey]));
  const schedule = scheduleFromRow(await prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } }));
  const env: WorkflowEnv = { config, schedule, now, db };
  const report: ZendeskImportReport = {
    tickets: { imported: 0, alreadyImported: 0, skipped: 0 },
    messages: { imported: 0 },
    customers: { created: 0, matched: 0 },
    triage: 0,
    skipped: [],
  };

  // People: customers (created or matched by email) and agents (matched by email only).
  const customerIds = new Map<number, string>();
  const customerFor = async (userId: number): Promise<string> => {
    const known = customerIds.get(userId);
    if (known) return known;
    const user = data.users.get(userId);
    const email = user?.email?.trim().toLowerCase() || null;
    const byEmail = email ? await prisma.customer.findUnique({ where: { email } }) : null;
    const id = byEmail?.id ?? zendeskUuid("user", userId);
    if (byEmail) {
      report.customers.matched++;
    } else {
      const existing = await prisma.customer.findUnique({ where: { id } });
      if (!existing) {
        await prisma.customer.create({
          data: {
            id,
            name: cleanText(user?.name ?? `Zendesk user ${userId}`, 200),
            email,
            phone: user?.phone ?? null,
            preferredLanguage: mapLocale(user?.locale) ?? "en",
          },
        });
        report.customers.created++;
      } else {
        report.customers.matched++;
      }
    }
    customerIds.set(userId, id);
    return id;
  };
  const agentEmails = new Map(
    (await prisma.agent.findMany({ select: { id: true, email: true } })).map((a) => [a.email.toLowerCase(), a.id]),
  );
  const agentFor = (userId: number | null | undefined): string | null => {
    const email = userId == null ? null : data.users.get(userId)?.email?.toLowerCase();
    return email ? (agentEmails.get(email) ?? null) : null;
  };
  const author = async (
    comment: ZendeskComment,
    ticket: ZendeskTicket,
  ): Promise<{ authorId: string | null; authorRole: string }> => {
    const user = data.users.get(comment.author_id);
    if (isStaffUser(user) || (!user && comment.author_id !== ticket.requester_id))
      return { authorId: agentFor(comment.author_id), authorRole: "agent" };
    return { authorId: await customerFor(comment.author_id), authorRole: "customer" };
  };

  for (const zendesk of data.tickets) {
    const status = mapStatus(zendesk.status);
    if (!status) {
      report.tickets.skipped++;
      report.skipped.push({ zendeskId: zendesk.id, reason: `status ${zendesk.status} is not imported` });
      continue;
    }
    const idempotencyKey = `${ZENDESK_IDEMPOTENCY_PREFIX}${zendesk.id}`;
    const comments = data.comments.get(zendesk.id) ?? [];
    const existing = await prisma.ticket.findFirst({ where: { idempotencyKey } });
    const firstText = comments[0] ? commentText(comments[0]) : "";
    const description = cleanText(
      (zendesk.description ?? firstText).trim() || zendesk.subject || "(no description)",
      TEXT_MAX,
    );
    // Zendesk's description is its first comment.
    const replies = comments[0] && cleanText(firstText, TEXT_MAX) === description ? comments.slice(1) : comments;

    if (existing) {
      report.tickets.alreadyImported++;
      // A later export may carry new comments: add those not imported yet (same time and text).
      const have = new Set(
        (
          await prisma.ticketMessage.findMany({
            where: { ticketId: existing.id },
            select: { createdAt: true, body: true },
          })
        ).map((m) => `${m.createdAt.toISOString()}|${m.body}`),
      );
      const missing = replies.filter(
        (c) =>
          commentText(c) && !have.has(`${new Date(c.created_at).toISOString()}|${cleanText(commentText(c), TEXT_MAX)}`),
      );
      if (missing.length === 0) continue;
      const rows: Prisma.TicketMessageCreateManyInput[] = [];
      for (const comment of missing)
        rows.push({
          ticketId: existing.id,
          ...(await author(comment, zendesk)),
          body: cleanText(commentText(comment), TEXT_MAX),
          internal: comment.public === false,
          attachments: attachmentsOf(comment) as unknown as Prisma.InputJsonValue,
          createdAt: new Date(comment.created_at),
        });
      await prisma.ticketMessage.createMany({ data: rows });
      report.messages.imported += rows.length;
      continue;
    }

    const requester = data.users.get(zendesk.requester_id);
    const customerId = await customerFor(zendesk.requester_id);
    const subject = cleanText(
      (zendesk.subject ?? zendesk.raw_subject ?? "").trim() || description.split("\n")[0].slice(0, 80),
      SUBJECT_MAX,
    );
    const language = chooseLanguage(requester, `${subject}\n${description}`);

    // Category: named by a tag, else classified; below the triage threshold → triage, no guess.
    let categoryKey: string | null = null;
    let subcategoryKey: string | null = null;
    let confidence: number | null = null;
    const tagged = categoryFromTags(zendesk.tags, parents, options.tagMap);
    if (tagged) {
      categoryKey = parents.get(tagged) ?? tagged;
      subcategoryKey = parents.get(tagged) ? tagged : null;
      confidence = 1;
    } else {
      const classification = await classifier.classify({ subject, description, language });
      confidence = classification.confidence;
      if (
        classification.confidence >= config.TICKET_TRIAGE_CONFIDENCE_THRESHOLD &&
        categoryByKey.has(classification.categoryKey)
      ) {
        categoryKey = classification.categoryKey;
        subcategoryKey = categoryByKey.has(classification.subcategoryKey) ? classification.subcategoryKey : null;
      }
    }
    const needsTriage = categoryKey === null;
    if (needsTriage) report.triage++;
    const category = categoryKey ? categoryByKey.get(categoryKey) : undefined;
    const override = mapPriority(zendesk.priority) as TicketPriority | null;
    const priority = ticketPriority(override, category?.defaultPriority);
    const tags = mapTags(zendesk.tags);
    if (needsTriage && !tags.includes(TRIAGE_TAG)) tags.splice(1, 0, TRIAGE_TAG);

    const createdAt = new Date(zendesk.created_at);
    const updatedAt = zendesk.updated_at ? new Date(zendesk.updated_at) : createdAt;
    const timeline = statusTimeline(zendesk, status, data.statusChanges.get(zendesk.id) ?? [], createdAt, updatedAt);
    const solvedAt = [...timeline].reverse().find((t) => t.status === "RESOLVED" || t.status === "CLOSED")?.at ?? null;
    const resolvedAt = status === "RESOLVED" || status === "CLOSED" ? solvedAt : null;
    const closedAt = status === "CLOSED" ? timeline[timeline.length - 1].at : null;
    const messages: {
      authorId: string | null;
      authorRole: string;
      body: string;
      internal: boolean;
      attachments: Prisma.InputJsonValue;
      createdAt: Date;
    }[] = [];
    for (const comment of replies) {
      const body = cleanText(commentText(comment), TEXT_MAX);
      if (!body) continue;
      messages.push({
        ...(await author(comment, zendesk)),
        body,
        internal: comment.public === false,
        attachments: attachmentsOf(comment) as unknown as Prisma.InputJsonValue,
        createdAt: new Date(comment.created_at),
      });
    }
    const firstReply = messages.find((m) => m.authorRole === "agent" && !m.internal);
    const assignedAgentId = agentFor(zendesk.assignee_id);

    await prisma.$transaction(async (tx) => {
      const created = await tx.ticket.create({
        data: {
          subject,
          description,
          channel: mapChannel(zendesk.via),
          status,
          priority,
          priorityOverride: override,
          language,
          categoryKey,
          subcategoryKey,
          classificationConfidence: confidence,
          tags,
          customerId,
          assignedAgentId,
          createdById: null,
          idempotencyKey,
          needsTriage,
          slaHours: ticketSlaHours(config, category, priority),
          escalationTier: null,
          customerEmail: requester?.email ?? null,
          firstRespondedAt: firstReply?.createdAt ?? null,
          resolvedAt,
          closedAt,
          createdAt,
        },
      });
      if (messages.length)
        await tx.ticketMessage.createMany({ data: messages.map((m) => ({ ...m, ticketId: created.id })) });
      await tx.ticketStatusChange.createMany({
        data: timeline.map((t) => ({ ticketId: created.id, status: t.status, at: t.at })),
      });
      await addHistory(
        tx,
        created.id,
        { id: null, role: "system" },
        {
          action: "imported",
          note: `Zendesk ticket #${zendesk.id} (status ${zendesk.status}, priority ${zendesk.priority ?? "none"}, via ${zendesk.via?.channel ?? "unknown"})`,
        },
        now,
      );
      const common = {
        ticketId: created.id,
        customerId,
        categoryKey,
        subcategoryKey,
        priority,
        channel: created.channel,
        language,
        imported: "zendesk",
        zendeskId: zendesk.id,
      };
      const events: Parameters<typeof emit>[2] = [
        {
          type: "ticket.created",
          aggregateId: created.id,
          occurredAt: createdAt,
          payload: { ...common, triage: needsTriage },
        },
      ];
      if (resolvedAt) {
        events.push({
          type: "ticket.resolved",
          aggregateId: created.id,
          occurredAt: resolvedAt,
          payload: {
            ticketId: created.id,
            agentId: assignedAgentId,
            categoryKey,
            channel: created.channel,
            language,
            resolutionSeconds: Math.max(0, Math.round((resolvedAt.getTime() - createdAt.getTime()) / 1000)),
            auto: false,
            imported: "zendesk",
          },
        });
      }
      if (closedAt)
        events.push({
          type: "ticket.closed",
          aggregateId: created.id,
          occurredAt: closedAt,
          payload: { ticketId: created.id, imported: "zendesk" },
        });
      await emit(tx, env, events);
      await refreshSla(tx, created.id, env);
    });
    report.tickets.imported++;
    report.messages.imported += messages.length;
  }
  return report;
}
