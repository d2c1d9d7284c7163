/**
 * createTicket as one straight path: check the request; read the categories, the business
 * schedule and the customer's profile once (together); decide language, category (or triage),
 * priority and SLA; write the ticket with its status timeline, audit entry, confirmation
 * notification and `ticket.created` event in ONE statement (whose unique key refuses a retried
 * idempotency key, answered with the first ticket); then, after the commit, the automation — auto-resolution by knowledge, else an
 * assignment request to agents — each with its timeout and fallback, never inside a transaction.
 */
import { randomUUID } from "node:crypto";
import {
  type Ticket,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
} from "../../generated/prisma/client.js";
import { fetchCustomerProfile, type CustomerProfile } from "../../shared/customer-profile.js";
import type { SqlExecutor } from "../../shared/db.js";
import { AppError, badInput, forbidden } from "../../shared/errors.js";
import { combineWrites, runCombined, sqlPart, type NamedPart } from "../../shared/sql-part.js";
import { isUniqueViolation } from "../../shared/unique-violation.js";
import { assertSameRequest } from "../../shared/idempotency.js";
import { assertUuid } from "../../shared/ids.js";
import { chooseLanguage, requireSupportedLanguage, type LanguageSource } from "../../shared/languages.js";
import { requestAssignment, tryAutoResolve } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { categorize, ticketFingerprint, validateTicketText, type TicketCategorization } from "./intake.js";
import { formatTicketNumber } from "./lifecycle.js";
import { notificationWrites } from "./notifications/outbox.js";
import { customerNotification } from "./notifications/templates.js";
import { ticketSlaHours } from "./policy.js";
import { allCategories } from "./policy-storage.js";
import { ticketRowColumns } from "./ticket-row.js";
import { ticketNumbersOf } from "./ticket-numbers.js";
import { assertCustomerMayChoose, ticketPriority } from "./priority.js";
import {
  eventWrites,
  historyInsert,
  slaSummary,
  statusChangeInsert,
  validateAttachments,
  type Attachment,
  type WorkflowEnv,
} from "./workflow.js";

export interface TicketRequest {
  channel: TicketChannel;
  subject: string;
  description: string;
  attachments?: readonly { name: string; url: string; contentType?: string | null; size?: number | null }[] | null;
  categoryKey?: string | null;
  priorityOverride?: TicketPriority | null;
  language?: string | null;
  customerId?: string | null;
  idempotencyKey?: string | null;
}

/** A request that passed every check that needs no data. */
interface CheckedRequest {
  customerId: string;
  createdById: string;
  createdByRole: string;
  channel: TicketChannel;
  text: { subject: string; description: string };
  attachments: Attachment[];
  categoryKey: string | null;
  priorityOverride: TicketPriority | null;
  explicitLanguage: string | null;
  idempotencyKey: string | null;
  fingerprint: string;
}

/** Everything the ticket row needs, decided before the transaction opens. */
interface TicketDecision {
  language: string;
  languageSource: LanguageSource;
  profile: CustomerProfile | null;
  categorization: TicketCategorization;
  category: TicketCategory | null;
  subcategory: TicketCategory | null;
  priority: TicketPriority;
  slaHours: number;
}

export async function submitTicket(ctx: TicketsContext, input: TicketRequest): Promise<Ticket> {
  const request = checkRequest(ctx, input);
  // A retried idempotency key is not looked up first (a first request, the common one, would pay
  // a statement for it): the insert's unique key refuses the retry, and a request with a key that
  // fails for any reason is answered by the ticket stored under the key, if there is one (CONFLICT
  // when that ticket was asked for differently). Two concurrent requests end the same way.
  let ticket: Ticket;
  let env: WorkflowEnv;
  try {
    const [categories, schedule, profileLookup] = await Promise.all([
      readCategories(ctx),
      ctx.loaders.schedule(),
      fetchCustomerProfile(ctx, request.customerId),
    ]);
    const decision = await decide(ctx, request, categories, profileLookup);
    env = { config: ctx.config, schedule, now: new Date(), db: ctx.db };
    ticket = await writeTicket(ctx, request, decision, env);
  } catch (error) {
    if (request.idempotencyKey && (isUniqueViolation(error) || error instanceof AppError)) {
      const earlier = await ticketOfEarlierRequest(ctx, request);
      if (earlier) return earlier;
    }
    throw error;
  }
  return followUp(ctx, ticket, env);
}

function checkRequest(ctx: TicketsContext, input: TicketRequest): CheckedRequest {
  const caller = ctx.identity;
  let customerId: string;
  if (caller.role === "customer") {
    if (input.customerId && input.customerId !== caller.subject)
      throw forbidden("Customers can only create tickets for themselves");
    customerId = caller.subject as string;
  } else {
    if (!input.customerId)
      throw badInput("customerId is required when staff or services create a ticket", { field: "customerId" });
    assertUuid(input.customerId, "customerId");
    customerId = input.customerId;
  }
  if (input.idempotencyKey != null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 200)) {
    throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
  }
  const attachments = validateAttachments(input.attachments);
  const text = validateTicketText(input.subject, input.description);
  const explicitLanguage = input.language == null ? null : requireSupportedLanguage(input.language, "language");
  const createdById = caller.subject as string;
  return {
    customerId,
    createdById,
    createdByRole: caller.role,
    channel: input.channel,
    text,
    attachments,
    categoryKey: input.categoryKey ?? null,
    priorityOverride: input.priorityOverride ?? null,
    explicitLanguage,
    idempotencyKey: input.idempotencyKey ?? null,
    fingerprint: ticketFingerprint(
      {
        channel: input.channel,
        categoryKey: input.categoryKey,
        priorityOverride: input.priorityOverride,
        attachments,
        createdById,
      },
      text,
      explicitLanguage,
    ),
  };
}

const EARLIER_REQUEST_SQL = `SELECT ${ticketRowColumns("t")} FROM "tickets"."tickets" t WHERE t."customerId" = $1::uuid AND t."idempotencyKey" = $2`;

/** The ticket stored under a customer's idempotency key, as the client reads it; null when none. */
export async function ticketByIdempotencyKey(
  sql: SqlExecutor,
  customerId: string,
  idempotencyKey: string,
): Promise<Ticket | null> {
  const [row] = await sql.query<Ticket>(EARLIER_REQUEST_SQL, [customerId, idempotencyKey], { prepare: true });
  return row ?? null;
}

/** The ticket an earlier request with the same idempotency key created (CONFLICT when the requests differ). */
async function ticketOfEarlierRequest(ctx: TicketsContext, request: CheckedRequest): Promise<Ticket | null> {
  if (!request.idempotencyKey) return null;
  const existing = await ticketByIdempotencyKey(ctx.db.sql, request.customerId, request.idempotencyKey);
  if (!existing) return null;
  assertSameRequest("idempotencyKey", existing.idempotencyFingerprint, request.fingerprint);
  return existing;
}

/** Every category (kept per process until edited), also handed to the request's loader (the answer's `category` fields). */
async function readCategories(ctx: TicketsContext): Promise<ReadonlyMap<string, TicketCategory>> {
  const categories = await allCategories(ctx);
  for (const row of categories.values()) ctx.loaders.category.prime(row.key, row);
  return categories;
}

async function decide(
  ctx: TicketsContext,
  request: CheckedRequest,
  categories: ReadonlyMap<string, TicketCategory>,
  lookup: CustomerProfile | "unknown" | null,
): Promise<TicketDecision> {
  const chosen = request.categoryKey ? (categories.get(request.categoryKey) ?? null) : null;
  if (request.categoryKey && !chosen)
    throw badInput(`Unknown category "${request.categoryKey}"`, { field: "categoryKey" });
  // Staff name the customer: a typo must not create a ticket nobody can see. A customer's own
  // token vouches for them even before agents holds their profile (their Customer fields are
  // then null with a NOT_FOUND field error, never a broken list).
  if (lookup === "unknown" && request.createdByRole !== "customer") {
    throw new AppError("NOT_FOUND", `No customer profile with id ${request.customerId}`, { field: "customerId" });
  }
  const profile = lookup === "unknown" ? null : lookup;
  const { language, source: languageSource } = chooseLanguage({
    explicit: request.explicitLanguage,
    preferred: profile?.preferredLanguage,
    acceptLanguage: ctx.acceptLanguage,
    country: profile?.country,
    text: `${request.text.subject}\n${request.text.description}`,
  });
  const categorization = await categorize(ctx, chosen, request.text, language);
  const category = categorization.categoryKey ? (categories.get(categorization.categoryKey) ?? null) : null;
  const subcategory = categorization.subcategoryKey ? (categories.get(categorization.subcategoryKey) ?? null) : null;
  assertCustomerMayChoose(request.priorityOverride, category?.defaultPriority, request.createdByRole !== "customer");
  const priority = ticketPriority(request.priorityOverride, category?.defaultPriority);
  return {
    language,
    languageSource,
    profile,
    categorization,
    category,
    subcategory,
    priority,
    slaHours: ticketSlaHours(ctx.config, category, priority),
  };
}

/** A new ticket's row, returned as the client reads it. */
const INSERT_TICKET_SQL = `INSERT INTO "tickets"."tickets" ("id", "number", "subject", "description", "channel", "priority",
       "priorityOverride", "language", "categoryKey", "subcategoryKey", "classificationConfidence", "tags", "needsTriage",
       "slaHours", "customerId", "customerEmail", "createdById", "idempotencyKey", "idempotencyFingerprint",
       "slaBreachedAt", "slaCheckAt", "createdAt", "updatedAt")
     VALUES ($1::uuid, $2, $3, $4, $5::"tickets"."TicketChannel", $6::"tickets"."TicketPriority",
       $7::"tickets"."TicketPriority", $8, $9, $10, $11, $12::text[], $13, $14, $15::uuid, $16, $17, $18, $19,
       $20::timestamp, $21::timestamp, $22::timestamp, $22::timestamp)
     RETURNING ${ticketRowColumns("tickets")}`;

/** The opening message that carries the ticket's attachments (the description is the first message's text). */
const INSERT_OPENING_MESSAGE_SQL = `INSERT INTO "tickets"."messages" ("id", "ticketId", "authorId", "authorRole", "body", "internal", "attachments", "createdAt")
     VALUES ($1::uuid, $2::uuid, $3, 'intake', '(attachments sent with the ticket)', false, $4::jsonb, $5::timestamp)`;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The ticket, its opening timeline, audit entry, confirmation and `ticket.created` event, with its
 * SLA summary: one statement (its parts as data-modifying CTEs, all written or none) once it has
 * a number (ticket-numbers.ts), on the driver and without a transaction.
 */
async function writeTicket(
  ctx: TicketsContext,
  request: CheckedRequest,
  decision: TicketDecision,
  env: WorkflowEnv,
): Promise<Ticket> {
  const { now } = env;
  const { categorization, category, subcategory, priority, slaHours, language } = decision;
  const openingMessages = request.attachments.length ? [{ authorRole: "intake", internal: false, createdAt: now }] : [];
  // The opening timeline is known before anything is written: the SLA summary goes into the insert.
  const sla = slaSummary(
    {
      ticket: {
        status: "OPEN",
        escalatedAt: null,
        createdAt: now,
        priority,
        slaHours,
        resolvedAt: null,
        customerId: request.customerId,
      },
      statusChanges: [{ status: "OPEN", at: now }],
      messages: openingMessages,
    },
    env,
  );
  const sequence = await ticketNumbersOf(ctx.db).next();
  const id = randomUUID();
  const number = formatTicketNumber(sequence);
  const ticket: NamedPart = {
    name: "ticket",
    ...sqlPart(INSERT_TICKET_SQL, [
      id,
      sequence,
      request.text.subject,
      request.text.description,
      request.channel,
      priority,
      request.priorityOverride,
      language,
      category?.key ?? null,
      subcategory?.key ?? null,
      categorization.confidence,
      categorization.tags,
      categorization.needsTriage,
      slaHours,
      request.customerId,
      decision.profile?.email ?? null,
      request.createdById,
      request.idempotencyKey,
      request.idempotencyKey ? request.fingerprint : null,
      iso(sla.slaBreachedAt),
      iso(sla.slaCheckAt),
      now.toISOString(),
    ]),
  };
  const openingMessage = request.attachments.length
    ? [
        sqlPart(INSERT_OPENING_MESSAGE_SQL, [
          randomUUID(),
          id,
          request.customerId,
          JSON.stringify(request.attachments),
          now.toISOString(),
        ]),
      ]
    : [];
  const confidence = categorization.confidence?.toFixed(2);
  const history = historyInsert(
    id,
    { id: request.createdById, role: request.createdByRole },
    {
      action: "created",
      note: `language ${language} (${decision.languageSource.toLowerCase()}); ${categorization.needsTriage ? `triage (confidence ${confidence})` : `category ${subcategory?.key ?? category?.key} (confidence ${confidence})`}; priority ${priority}; SLA ${slaHours}h`,
    },
    now,
  );
  const confirmation = notificationWrites(env.config, {
    recipientId: request.customerId,
    kind: "TICKET_CREATED",
    ...customerNotification("TICKET_CREATED", language, { number, subject: request.text.subject }),
    ticketId: id,
    email: decision.profile?.email ?? null,
  });
  const event = await eventWrites(ctx.db.prisma, env.db, [
    {
      type: "ticket.created",
      aggregateId: id,
      occurredAt: now,
      payload: {
        ticketId: id,
        number,
        customerId: request.customerId,
        categoryKey: category?.key ?? null,
        subcategoryKey: subcategory?.key ?? null,
        priority,
        channel: request.channel,
        language,
        triage: categorization.needsTriage,
      },
    },
  ]);
  const statement = combineWrites(
    [ticket, ...openingMessage, statusChangeInsert(id, "OPEN", now), history, ...(confirmation?.parts ?? []), ...event],
    sqlPart(`SELECT * FROM ticket`),
  );
  const [created] = await runCombined<Ticket>(ctx.db.sql, statement);
  return created;
}

/**
 * After the commit: auto-resolve when the knowledge base can; otherwise ask agents for an
 * assignee (not for triage). A failure leaves the ticket as written (agents' queue and the
 * supervisors pick it up). Returns the ticket as it then stands.
 */
async function followUp(ctx: TicketsContext, ticket: Ticket, env: WorkflowEnv): Promise<Ticket> {
  try {
    const autoResolved = await tryAutoResolve(ctx, ticket, env);
    if (autoResolved) return autoResolved;
    if (ticket.needsTriage) return ticket;
    const assignment = await requestAssignment(ctx, ticket, {}, env);
    return assignment?.ticket ?? ticket;
  } catch (error) {
    ctx.logger.error("post-create automation failed", { ticketId: ticket.id, error: (error as Error).message });
    return (await ctx.db.prisma.ticket.findUnique({ where: { id: ticket.id } })) ?? ticket;
  }
}
