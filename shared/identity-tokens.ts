/**
 * Forwarded identity tokens for outgoing subgraph calls (gateway, internal commands, benches).
 * A query may reuse a token for a while within its 60 s lifetime — signing each fetch would cost
 * a JWT per entity fetch; a mutation always gets a fresh one, since subgraphs accept each token
 * only once for a write, marked single-use (claim `once`) so they do not keep it in memory.
 */
import { IDENTITY_TTL_SECONDS, signIdentity, type Identity } from "./identity.js";

/** How long a token is reused for queries; it still has at least the rest of its lifetime to travel. */
const REUSE_MS = (IDENTITY_TTL_SECONDS / 2) * 1000;
const MAX_CACHED = 10_000;

export class IdentityTokens {
  private readonly cache = new Map<string, { token: Promise<string>; signedAt: number }>();

  constructor(private readonly secret: string) {}

  /** The token for `identity` calling `audience`; null for anonymous callers (they send none). */
  async tokenFor(
    identity: Identity,
    audience: string,
    options: { forMutation?: boolean; now?: number } = {},
  ): Promise<string | null> {
    if (identity.role === "anonymous") return null;
    const now = options.now ?? Date.now();
    if (options.forMutation) return signIdentity(identity, { secret: this.secret, audience, now, singleUse: true });
    const key = `${audience}\u0000${identity.role}\u0000${identity.subject ?? ""}\u0000${identity.name ?? ""}`;
    const cached = this.cache.get(key);
    if (cached && now - cached.signedAt < REUSE_MS) return cached.token;
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    const token = signIdentity(identity, { secret: this.secret, audience, now });
    this.cache.set(key, { token, signedAt: now });
    return token;
  }
}

/** Whether a subgraph operation writes (its token must then be fresh). */
export const isMutationDocument = (query: string | undefined) => /^\s*mutation\b/.test(query ?? "");
