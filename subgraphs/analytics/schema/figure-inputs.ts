/** Arguments shared by the figures' root fields: the date range and the MetricsFilter input. */
import { badInput } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import type { AnalyticsContext } from "../context.js";
import { assertRange, type MetricsFilter, type Range } from "../metrics.js";
import { builder } from "./builder.js";

export function rangeOf(ctx: AnalyticsContext, from: Date, to: Date): Range {
  const range = { from, to };
  assertRange(range, ctx.config.ANALYTICS_MAX_RANGE_DAYS);
  return range;
}

export const MetricsFilterInput = builder.inputType("MetricsFilter", {
  description: "Narrows figures to one category, channel, language or agent; omitted fields do not filter. Values must be 1–100 characters (else BAD_USER_INPUT).",
  fields: (t) => ({
    category: t.string({ required: false, description: "Ticket category or subcategory key (chats: their topic)." }),
    channel: t.string({ required: false, description: "Ticket channel (IN_APP, EMAIL, CHAT, …); chats count only for CHAT or no channel." }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur).", required: false }),
    agentId: t.id({ description: "Only work assigned to this agent (UUID).", required: false }),
  }),
});

export function filterOf(input: { category?: string | null; channel?: string | null; language?: string | null; agentId?: string | null } | null | undefined): MetricsFilter {
  if (!input) return {};
  if (input.agentId) assertUuid(input.agentId, "filter.agentId");
  for (const field of ["category", "channel", "language"] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && (value.length === 0 || value.length > 100)) throw badInput(`filter.${field} must be 1–100 characters`, { field });
  }
  return input;
}
