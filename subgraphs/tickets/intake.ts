/**
 * Ticket intake: validate, decide language, category (or triage), priority and SLA, write the
 * ticket with its first status-timeline row, audit entry, confirmation notification and
 * `ticket.created` event in one transaction. Idempotent per (customer, idempotencyKey).
 * Assignment and auto-resolution run after the commit (automation.ts).
 */
import type { Ticket, TicketChannel, TicketPriority } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Config } from "../common/config.js";
import type { SubgraphServices } from "../common/context.js";
import { AppError, badInput } from "../common/errors.js";
import { assertSameRequest, requestFingerprint } from "../common/idempotency.js";
import { detectLanguage } from "../common/text/language.js";
import { createClassifierFromEnv, type TicketClassification, type TicketClassifier } from "./classification/classifier.js";
import { formatTicketNumber } from "./lifecycle.js";
import { notify } from "./notifications/outbox.js";
import { ticketSlaHours } from "./policy.js";
import { assertCustomerMayChoose, ticketPriority } from "./priority.js";
import { addHistory, emit, refreshSla, type Attachment, type WorkflowEnv } from "./workflow.js";
import { acceptedLanguages, normalizeLanguage } from "../common/text/language-tags.js";

export const SUBJECT_MAX_LENGTH = 250;
export const DESCRIPTION_MAX_LENGTH = 20_000;
export const TRIAGE_TAG = "triage";

export interface CreateTicketInput {
  customerId: string;
  createdById: string;
  createdByRole: string;
  channel: TicketChannel;
  subject: string;
  description: string;
  attachments?: Attachment[];
  categoryKey?: string | null;
  priorityOverride?: TicketPriority | null;
  language?: string | null;
  idempotencyKey?: string | null;
  /** The request's Accept-Language header. */
  acceptLanguage?: string | null;
}

export function validateTicketText(subject: string, description: string): { subject: string; description: string } {
  const cleanSubject = subject.trim();
  const cleanDescription = description.trim();
  if (!cleanSubject) throw badInput("subject must not be empty", { field: "subject" });
  if (cleanSubject.length > SUBJECT_MAX_LENGTH) throw badInput(`subject must be at most ${SUBJECT_MAX_LENGTH} characters`, { field: "subject" });
  if (!cleanDescription) throw badInput("description must not be empty", { field: "description" });
  if (cleanDescription.length > DESCRIPTION_MAX_LENGTH) {
    throw badInput(`description must be at most ${DESCRIPTION_MAX_LENGTH} characters`, { field: "description" });
  }
  return { subject: cleanSubject, description: cleanDescription };
}

/** The most preferred language of an Accept-Language header (ignores `*`). */
export function languageFromAcceptLanguage(header: string | null | undefined): string | null {
  return acceptedLanguages(header)[0] ?? null;
}

export type LanguageSource = "EXPLICIT" | "CUSTOMER_PREFERENCE" | "ACCEPT_LANGUAGE" | "DETECTED" | "DEFAULT";

/** explicit > customer's preferred language > Accept-Language > detection > en. */
export function chooseLanguage(input: { explicit?: string | null; preferred?: string | null; acceptLanguage?: string | null; text: string }): { language: string; source: LanguageSource } {
  if (input.explicit) return { language: input.explicit, source: "EXPLICIT" };
  const preferred = normalizeLanguage(input.preferred);
  if (preferred) return { language: preferred, source: "CUSTOMER_PREFERENCE" };
  const accepted = languageFromAcceptLanguage(input.acceptLanguage);
  if (accepted) return { language: accepted, source: "ACCEPT_LANGUAGE" };
  const detected = detectLanguage(input.text).language;
  if (detected) return { language: detected, source: "DETECTED" };
  return { language: "en", source: "DEFAULT" };
}

export interface CustomerProfile {
  preferredLanguage: string | null;
  email: string | null;
}

/**
 * Asks agents (the owner of customer profiles): the profile, `"unknown"` when agents has no
 * profile for the id, or null when it does not answer in time (intake goes on without it).
 */
export async function fetchCustomerProfile(services: SubgraphServices, customerId: string): Promise<CustomerProfile | "unknown" | null> {
  try {
    const data = await services.internal.request<{ customer: { preferredLanguage?: string | null; email?: string | null } | null }>(
      "agents",
      "query($id: ID!) { customer(id: $id) { preferredLanguage email } }",
      { id: customerId },
      { timeoutMs: 800 },
    );
    return data.customer ? { preferredLanguage: data.customer.preferredLanguage ?? null, email: data.customer.email ?? null } : "unknown";
  } catch (error) {
    services.logger.warn("customer profile lookup failed; continuing without it", { customerId, error: (error as Error).message });
    return null;
  }
}

let classifierFor: { config: Config; classifier: TicketClassifier } | null = null;

/** One trained classifier per process configuration. */
export function ticketClassifier(services: SubgraphServices): TicketClassifier {
  if (classifierFor?.config !== services.config) {
    const env = { TICKET_CLASSIFIER_URL: services.config.TICKET_CLASSIFIER_URL, TICKET_CLASSIFIER_TIMEOUT_MS: String(services.config.TICKET_CLASSIFIER_TIMEOUT_MS) };
    classifierFor = {
      config: services.config,
      classifier: createClassifierFromEnv(env, (error) => services.logger.warn("remote classifier failed; used the local model", { error: (error as Error)?.message })),
    };
  }
  return classifierFor.classifier;
}

const findByKey = (services: SubgraphServices, customerId: string, idempotencyKey: string) =>
  services.db.prisma.ticket.findUnique({ where: { customerId_idempotencyKey: { customerId, idempotencyKey } } });

export async function createTicket(services: SubgraphServices, input: CreateTicketInput, env: WorkflowEnv): Promise<{ ticket: Ticket; created: boolean }> {
  const { prisma } = services.db;
  const text = validateTicketText(input.subject, input.description);
  const explicitLanguage = input.language == null ? null : normalizeLanguage(input.language);
  if (input.language != null && !explicitLanguage) throw badInput("language must be a language tag such as en or ar-AE", { field: "language" });
  const fingerprint = requestFingerprint({
    subject: text.subject,
    description: text.description,
    channel: input.channel,
    categoryKey: input.categoryKey ?? null,
    priorityOverride: input.priorityOverride ?? null,
    language: explicitLanguage,
    attachments: input.attachments ?? [],
    createdById: input.createdById,
  });
  const replay = async (): Promise<{ ticket: Ticket; created: false } | null> => {
    const existing = input.idempotencyKey ? await findByKey(services, input.customerId, input.idempotencyKey) : null;
    if (!existing) return null;
    assertSameRequest("idempotencyKey", existing.idempotencyFingerprint, fingerprint);
    return { ticket: existing, created: false };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const chosenCategory = input.categoryKey ? await prisma.ticketCategory.findUnique({ where: { key: input.categoryKey } }) : null;
  if (input.categoryKey && !chosenCategory) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });

  const lookup = await fetchCustomerProfile(services, input.customerId);
  // Staff name the customer: a typo must not create a ticket nobody can see. A customer's own
  // token vouches for them even before agents holds their profile (their Customer fields are
  // then null with a NOT_FOUND field error, never a broken list).
  if (lookup === "unknown" && input.createdByRole !== "customer") {
    throw new AppError("NOT_FOUND", `No customer profile with id ${input.customerId}`, { field: "customerId" });
  }
  const profile = lookup === "unknown" ? null : lookup;
  const { language, source: languageSource } = chooseLanguage({
    explicit: explicitLanguage,
    preferred: profile?.preferredLanguage,
    acceptLanguage: input.acceptLanguage,
    text: `${text.subject}\n${text.description}`,
  });

  // Category: chosen by the caller, or classified; below the threshold → triage, no guess.
  let classification: TicketClassification | null = null;
  let categoryKey: string | null = null;
  let subcategoryKey: string | null = null;
  let confidence: number | null = null;
  let tags: string[] = [];
  if (chosenCategory) {
    categoryKey = chosenCategory.parentKey ?? chosenCategory.key;
    subcategoryKey = chosenCategory.parentKey ? chosenCategory.key : null;
    confidence = 1;
  } else {
    classification = await ticketClassifier(services).classify({ subject: text.subject, description: text.description, language });
    confidence = classification.confidence;
    tags = classification.tags.map((t) => t.toLowerCase()).slice(0, 10);
    if (classification.confidence >= services.config.TICKET_TRIAGE_CONFIDENCE_THRESHOLD) {
      categoryKey = classification.categoryKey;
      subcategoryKey = classification.subcategoryKey;
    }
  }
  const needsTriage = categoryKey === null;
  if (needsTriage) tags = [TRIAGE_TAG, ...tags.filter((t) => t !== TRIAGE_TAG)];
  const [category, subcategory] = await Promise.all([
    categoryKey ? prisma.ticketCategory.findUnique({ where: { key: categoryKey } }) : null,
    subcategoryKey ? prisma.ticketCategory.findUnique({ where: { key: subcategoryKey } }) : null,
  ]);
  assertCustomerMayChoose(input.priorityOverride, category?.defaultPriority, input.createdByRole !== "customer");
  const priority = ticketPriority(input.priorityOverride, category?.defaultPriority);
  const slaHours = ticketSlaHours(services.config, category, priority);
  const { now } = env;

  try {
    const ticket = await prisma.$transaction(async (tx) => {
      const created = await tx.ticket.create({
        data: {
          subject: text.subject,
          description: text.description,
          channel: input.channel,
          priority,
          priorityOverride: input.priorityOverride ?? null,
          language,
          categoryKey: category?.key ?? null,
          subcategoryKey: subcategory?.key ?? null,
          classificationConfidence: confidence,
          tags,
          needsTriage,
          slaHours,
          customerId: input.customerId,
          customerEmail: profile?.email ?? null,
          createdById: input.createdById,
          idempotencyKey: input.idempotencyKey ?? null,
          idempotencyFingerprint: input.idempotencyKey ? fingerprint : null,
          createdAt: now,
        },
      });
      if (input.attachments?.length) {
        // The description is the first customer message's text; attachments ride on an opening message row.
        await tx.ticketMessage.create({
          data: { ticketId: created.id, authorId: input.customerId, authorRole: "intake", body: "(attachments sent with the ticket)", internal: false, attachments: input.attachments as unknown as Prisma.InputJsonValue, createdAt: now },
        });
      }
      await tx.ticketStatusChange.create({ data: { ticketId: created.id, status: "OPEN", at: now } });
      await addHistory(
        tx,
        created.id,
        { id: input.createdById, role: input.createdByRole },
        {
          action: "created",
          note: `language ${language} (${languageSource.toLowerCase()}); ${needsTriage ? `triage (confidence ${confidence?.toFixed(2)})` : `category ${subcategory?.key ?? category?.key} (confidence ${confidence?.toFixed(2)})`}; priority ${priority}; SLA ${slaHours}h`,
        },
        now,
      );
      await notify(tx, services.config, {
        recipientId: created.customerId,
        kind: "TICKET_CREATED",
        title: `We received your request ${formatTicketNumber(created.number)}`,
        body: `Thank you — "${created.subject}" is now ticket ${formatTicketNumber(created.number)}. We will reply as soon as possible.`,
        ticketId: created.id,
        email: created.customerEmail,
      });
      await emit(tx, [
        {
          type: "ticket.created",
          aggregateId: created.id,
          occurredAt: now,
          payload: {
            ticketId: created.id,
            number: formatTicketNumber(created.number),
            customerId: created.customerId,
            categoryKey: created.categoryKey,
            subcategoryKey: created.subcategoryKey,
            priority: created.priority,
            channel: created.channel,
            language: created.language,
            triage: needsTriage,
          },
        },
      ]);
      return refreshSla(tx, created.id, env);
    });
    return { ticket, created: true };
  } catch (error) {
    // Two concurrent requests with the same idempotency key: the loser returns the winner's ticket.
    if (input.idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
