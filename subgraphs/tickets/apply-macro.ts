/** applyMacro: a macro rendered in the ticket's language (placeholders filled) sent as a reply or note. */
import type { TicketMessage } from "../../generated/prisma/client.js";
import { badInput, notFound } from "../../shared/errors.js";
import { assertUuid } from "../../shared/ids.js";
import type { TicketsContext } from "./context.js";
import { formatTicketNumber } from "./lifecycle.js";
import { withLockedTicket } from "./locked-ticket.js";
import { macroBodyFor, placeholderValues, renderTemplate } from "./macros.js";
import { actorOf, visibleTicket } from "./ticket-access.js";
import { addHistory, addMessage } from "./workflow.js";

export async function applyMacro(
  ctx: TicketsContext,
  input: { ticketId: string; macroId: string; internal?: boolean | null },
): Promise<TicketMessage> {
  assertUuid(input.macroId, "macroId");
  const macro = await ctx.loaders.macro.load(input.macroId);
  if (!macro || !macro.active) throw notFound("Macro");
  const ticket = await visibleTicket(ctx, input.ticketId);
  const template = macroBodyFor(macro, ticket.language);
  if (!template) throw badInput("The macro has no text", { field: "macroId" });
  const values = await placeholderValues(ctx, {
    customerId: ticket.customerId,
    agentId: ctx.identity.subject,
    ticketNumber: formatTicketNumber(ticket.number),
    language: template.language,
  });
  const body = renderTemplate(template.body, values);
  const { message } = await withLockedTicket(ctx, input.ticketId, async (tx, locked, env) => {
    const result = await addMessage(tx, locked, actorOf(ctx), { body, internal: input.internal }, env);
    await addHistory(tx, locked.id, actorOf(ctx), { action: "macro_applied", newValue: macro.key }, env.now);
    return result;
  });
  return message;
}
