/**
 * Ticket intake: validate, decide category/priority/language, write the ticket and its
 * `ticket.created` event in one transaction. Idempotent per (customer, idempotencyKey).
 */
import type { Ticket, TicketChannel, TicketPriority } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { badInput } from "../common/errors.js";
import { recordEvents } from "../common/outbox.js";

export const SUBJECT_MAX_LENGTH = 250;
export const DESCRIPTION_MAX_LENGTH = 20_000;

export interface CreateTicketInput {
  customerId: string;
  createdById: string;
  channel: TicketChannel;
  subject: string;
  description: string;
  categoryKey?: string | null;
  priorityOverride?: TicketPriority | null;
  language?: string | null;
  idempotencyKey?: string | null;
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

export async function createTicket(services: SubgraphServices, input: CreateTicketInput): Promise<{ ticket: Ticket; created: boolean }> {
  const { prisma } = services.db;
  const text = validateTicketText(input.subject, input.description);
  if (input.idempotencyKey) {
    const existing = await prisma.ticket.findUnique({ where: { customerId_idempotencyKey: { customerId: input.customerId, idempotencyKey: input.idempotencyKey } } });
    if (existing) return { ticket: existing, created: false };
  }
  const category = input.categoryKey ? await prisma.ticketCategory.findUnique({ where: { key: input.categoryKey } }) : null;
  if (input.categoryKey && !category) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
  const topCategory = category?.parentKey ? await prisma.ticketCategory.findUnique({ where: { key: category.parentKey } }) : category;
  try {
    const ticket = await prisma.$transaction(async (tx) => {
      const ticket = await tx.ticket.create({
        data: {
          subject: text.subject,
          description: text.description,
          channel: input.channel,
          priority: input.priorityOverride ?? category?.defaultPriority ?? topCategory?.defaultPriority ?? "MEDIUM",
          language: input.language ?? "en",
          categoryKey: topCategory?.key ?? null,
          subcategoryKey: category?.parentKey ? category.key : null,
          customerId: input.customerId,
          createdById: input.createdById,
          idempotencyKey: input.idempotencyKey ?? null,
        },
      });
      await recordEvents(tx, "tickets", [
        {
          type: "ticket.created",
          aggregateId: ticket.id,
          payload: { ticketId: ticket.id, number: ticket.number, customerId: ticket.customerId, categoryKey: ticket.categoryKey, priority: ticket.priority, channel: ticket.channel, language: ticket.language },
        },
      ]);
      return ticket;
    });
    return { ticket, created: true };
  } catch (error) {
    // Two concurrent requests with the same idempotency key: the loser returns the winner's ticket.
    if (input.idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.ticket.findUnique({ where: { customerId_idempotencyKey: { customerId: input.customerId, idempotencyKey: input.idempotencyKey } } });
      if (existing) return { ticket: existing, created: false };
    }
    throw error;
  }
}
