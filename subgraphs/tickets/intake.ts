/**
 * Ticket intake rules: the text's limits, the request's idempotency fingerprint, and the
 * category (chosen, classified, or triage when the classifier is not confident enough).
 * submit-ticket.ts runs them in order and writes the ticket.
 */
import type { TicketCategory, TicketChannel, TicketPriority } from "../../generated/prisma/client.js";
import type { Config } from "../../shared/config.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import { requestFingerprint } from "../../shared/idempotency.js";
import {
  createClassifierFromEnv,
  type TicketClassification,
  type TicketClassifier,
} from "./classification/classifier.js";
import type { Attachment } from "./workflow.js";

export const SUBJECT_MAX_LENGTH = 250;
export const DESCRIPTION_MAX_LENGTH = 20_000;
export const TRIAGE_TAG = "triage";

export function validateTicketText(subject: string, description: string): { subject: string; description: string } {
  const cleanSubject = subject.trim();
  const cleanDescription = description.trim();
  if (!cleanSubject) throw badInput("subject must not be empty", { field: "subject" });
  if (cleanSubject.length > SUBJECT_MAX_LENGTH)
    throw badInput(`subject must be at most ${SUBJECT_MAX_LENGTH} characters`, { field: "subject" });
  if (!cleanDescription) throw badInput("description must not be empty", { field: "description" });
  if (cleanDescription.length > DESCRIPTION_MAX_LENGTH) {
    throw badInput(`description must be at most ${DESCRIPTION_MAX_LENGTH} characters`, { field: "description" });
  }
  return { subject: cleanSubject, description: cleanDescription };
}

// Language: the specification's order (profile > Accept-Language > country > text), always one of the four.
export { chooseLanguage, languageFromAcceptLanguage, type LanguageSource } from "../../shared/languages.js";

export { fetchCustomerProfile, type CustomerProfile } from "../../shared/customer-profile.js";

let classifierFor: { config: Config; classifier: TicketClassifier } | null = null;

/** One trained classifier per process configuration. */
export function ticketClassifier(services: SubgraphServices): TicketClassifier {
  if (classifierFor?.config !== services.config) {
    const env = {
      TICKET_CLASSIFIER_URL: services.config.TICKET_CLASSIFIER_URL,
      TICKET_CLASSIFIER_TIMEOUT_MS: String(services.config.TICKET_CLASSIFIER_TIMEOUT_MS),
    };
    classifierFor = {
      config: services.config,
      classifier: createClassifierFromEnv(env, (error) =>
        services.logger.warn("remote classifier failed; used the local model", { error: (error as Error)?.message }),
      ),
    };
  }
  return classifierFor.classifier;
}

/** What makes two requests with the same idempotency key the same request. */
export function ticketFingerprint(
  input: {
    channel: TicketChannel;
    categoryKey?: string | null;
    priorityOverride?: TicketPriority | null;
    attachments?: Attachment[];
    createdById: string;
  },
  text: { subject: string; description: string },
  language: string | null,
): string {
  return requestFingerprint({
    subject: text.subject,
    description: text.description,
    channel: input.channel,
    categoryKey: input.categoryKey ?? null,
    priorityOverride: input.priorityOverride ?? null,
    language,
    attachments: input.attachments ?? [],
    createdById: input.createdById,
  });
}

export interface TicketCategorization {
  categoryKey: string | null;
  subcategoryKey: string | null;
  confidence: number | null;
  tags: string[];
  needsTriage: boolean;
}

/** Category: chosen by the caller, or classified; below the threshold → triage, no guess. */
export async function categorize(
  services: SubgraphServices,
  chosen: TicketCategory | null,
  text: { subject: string; description: string },
  language: string,
): Promise<TicketCategorization> {
  let categoryKey: string | null = null;
  let subcategoryKey: string | null = null;
  let confidence: number | null = null;
  let tags: string[] = [];
  if (chosen) {
    categoryKey = chosen.parentKey ?? chosen.key;
    subcategoryKey = chosen.parentKey ? chosen.key : null;
    confidence = 1;
  } else {
    const classification: TicketClassification = await ticketClassifier(services).classify({
      subject: text.subject,
      description: text.description,
      language,
    });
    confidence = classification.confidence;
    tags = classification.tags.map((t) => t.toLowerCase()).slice(0, 10);
    if (classification.confidence >= services.config.TICKET_TRIAGE_CONFIDENCE_THRESHOLD) {
      categoryKey = classification.categoryKey;
      subcategoryKey = classification.subcategoryKey;
    }
  }
  const needsTriage = categoryKey === null;
  if (needsTriage) tags = [TRIAGE_TAG, ...tags.filter((t) => t !== TRIAGE_TAG)];
  return { categoryKey, subcategoryKey, confidence, tags, needsTriage };
}
