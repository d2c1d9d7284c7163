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
 * Asks agents: the profile, `"unknown"` when agents has no profile for the id, or null when it
 * does not answer in time (the caller goes on without it).
 */
export async function fetchCustomerProfile(
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
