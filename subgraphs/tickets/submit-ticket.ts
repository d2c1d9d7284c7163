/** createTicket: who the ticket is for, intake (intake.ts), then the automation after the commit. */
import type { Ticket, TicketChannel, TicketPriority } from "../../generated/prisma/client.js";
import { badInput, forbidden } from "../common/errors.js";
import { assertUuid } from "../common/ids.js";
import { afterCreate, workflowEnv } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { createTicket } from "./intake.js";
import { currentTicket } from "./locked-ticket.js";
import { validateAttachments } from "./workflow.js";

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

export async function submitTicket(ctx: TicketsContext, input: TicketRequest): Promise<Ticket> {
  const caller = ctx.identity;
  let customerId: string;
  if (caller.role === "customer") {
    if (input.customerId && input.customerId !== caller.subject) throw forbidden("Customers can only create tickets for themselves");
    customerId = caller.subject as string;
  } else {
    if (!input.customerId) throw badInput("customerId is required when staff or services create a ticket", { field: "customerId" });
    assertUuid(input.customerId, "customerId");
    customerId = input.customerId;
  }
  if (input.idempotencyKey != null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 200)) {
    throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
  }
  const attachments = validateAttachments(input.attachments);
  const { ticket, created } = await createTicket(
    ctx,
    { ...input, attachments, customerId, createdById: caller.subject as string, createdByRole: caller.role, acceptLanguage: ctx.acceptLanguage },
    await workflowEnv(ctx),
  );
  if (!created) return ticket;
  await afterCreate(ctx, ticket);
  return currentTicket(ctx, ticket);
}
