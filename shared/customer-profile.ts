/**
 * The customer profile facts other subgraphs need (language preference, country, email), asked of
 * agents — the owner of customer profiles — with a short timeout; and the conversation language
 * that follows from them (the specification's order, shared/languages.ts).
 */
import { fetchCustomerProfileFacts } from "./clients/agents.js";
import type { SubgraphServices } from "./context.js";
import { chooseLanguage, requireSupportedLanguage, type LanguageCode, type LanguageSource } from "./languages.js";

export interface CustomerProfile {
  preferredLanguage: string | null;
  country: string | null;
  email: string | null;
}

/**
 * How long a profile found is kept by the process that asked (per subgraph), and how many at
 * most (the least recently asked go first). Every ticket and chat a customer opens needs their
 * profile, and asking agents was a sixth of a created ticket's CPU (docs/performance.md). Customer
 * profiles are written by the seed and the Zendesk import only — the API has no mutation that
 * changes one — so after an import a copy is at most this old. A customer agents does not know
 * and a lookup that failed are not kept: a customer imported a moment ago is found at once.
 */
export const CUSTOMER_PROFILE_KEPT_MS = 60_000;
export const CUSTOMER_PROFILES_KEPT = 10_000;

interface KeptProfile {
  profile: Promise<CustomerProfile | "unknown" | null>;
  askedAt: number;
}

const keptBySubgraph = new WeakMap<object, Map<string, KeptProfile>>();

/**
 * The profile, `"unknown"` when agents has no profile for the id, or null when it does not answer
 * in time (the caller goes on without it). Asked of agents unless this subgraph asked for it in the
 * last CUSTOMER_PROFILE_KEPT_MS and found it; concurrent lookups of one customer share one call.
 */
export async function fetchCustomerProfile(
  services: Pick<SubgraphServices, "internal" | "logger">,
  customerId: string,
  now = Date.now(),
): Promise<CustomerProfile | "unknown" | null> {
  let kept = keptBySubgraph.get(services.internal);
  if (!kept) keptBySubgraph.set(services.internal, (kept = new Map()));
  const copy = kept.get(customerId);
  kept.delete(customerId);
  if (copy && now - copy.askedAt < CUSTOMER_PROFILE_KEPT_MS) {
    // Most recently asked last: the Map's order is the eviction order.
    kept.set(customerId, copy);
    return copy.profile;
  }
  const profile = askAgentsForProfile(services, customerId);
  kept.set(customerId, { profile, askedAt: now });
  if (kept.size > CUSTOMER_PROFILES_KEPT) kept.delete(kept.keys().next().value!);
  const answer = await profile;
  if (answer === null || answer === "unknown") {
    if (kept.get(customerId)?.profile === profile) kept.delete(customerId);
  }
  return answer;
}

async function askAgentsForProfile(
  services: Pick<SubgraphServices, "internal" | "logger">,
  customerId: string,
): Promise<CustomerProfile | "unknown" | null> {
  try {
    const customer = await fetchCustomerProfileFacts(services.internal, customerId, { timeoutMs: 800 });
    return customer
      ? {
          preferredLanguage: customer.preferredLanguage ?? null,
          country: customer.country ?? null,
          email: customer.email ?? null,
        }
      : "unknown";
  } catch (error) {
    services.logger.warn("customer profile lookup failed; continuing without it", {
      customerId,
      error: (error as Error).message,
    });
    return null;
  }
}

/**
 * A conversation's language: the caller's explicit choice (one of the four, else BAD_USER_INPUT
 * naming `field`), then profile preference > Accept-Language > country > the text > en.
 */
export function conversationLanguage(
  profile: CustomerProfile | null,
  request: { explicit?: string | null; acceptLanguage?: string | null; text?: string | null },
  field = "language",
): { language: LanguageCode; source: LanguageSource } {
  const explicit = request.explicit == null ? null : requireSupportedLanguage(request.explicit, field);
  return chooseLanguage({
    explicit,
    preferred: profile?.preferredLanguage,
    acceptLanguage: request.acceptLanguage,
    country: profile?.country,
    text: request.text,
  });
}
