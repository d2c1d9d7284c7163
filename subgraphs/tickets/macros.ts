/** Canned responses: `{{placeholder}}` templates per language, rendered for one ticket. */
import type { Macro } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { placeholderNames } from "./clients/agents.js";

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)*)\s*\}\}/g;

/** Replaces known placeholders; unknown ones are left as written so an agent notices them. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export function macroBodies(macro: Pick<Macro, "bodies">): Record<string, string> {
  const bodies = macro.bodies as Record<string, unknown> | null;
  return Object.fromEntries(
    Object.entries(bodies ?? {}).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

/** The body in `language`, else English, else any. */
export function macroBodyFor(
  macro: Pick<Macro, "bodies">,
  language: string,
): { language: string; body: string } | null {
  const bodies = macroBodies(macro);
  for (const candidate of [language, "en", ...Object.keys(bodies)])
    if (bodies[candidate]) return { language: candidate, body: bodies[candidate] };
  return null;
}

/** Names for the placeholders, from agents (the owner of people); generic words when it does not answer. */
export async function placeholderValues(
  services: SubgraphServices,
  input: { customerId: string; agentId: string | null; ticketNumber: string; language: string },
) {
  const fallback =
    input.language === "ar"
      ? { customer: "عميلنا العزيز", agent: "فريق الدعم" }
      : { customer: "there", agent: "The support team" };
  let customerName: string | null = null;
  let agentName: string | null = null;
  try {
    ({ customerName, agentName } = await placeholderNames(services.internal, input.customerId, input.agentId, {
      timeoutMs: 800,
    }));
  } catch (error) {
    services.logger.warn("names for macro placeholders unavailable", { error: (error as Error).message });
  }
  return {
    "customer.name": customerName ?? fallback.customer,
    "agent.name": agentName ?? fallback.agent,
    "ticket.number": input.ticketNumber,
  };
}

/** Active macros, optionally those for one category plus those for any. */
export function activeMacros(services: SubgraphServices, categoryKey?: string | null): Promise<Macro[]> {
  return services.db.prisma.macro.findMany({
    where: { active: true, ...(categoryKey ? { OR: [{ categoryKey }, { categoryKey: null }] } : {}) },
    orderBy: { key: "asc" },
  });
}
