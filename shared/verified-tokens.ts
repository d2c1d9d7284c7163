/**
 * What a token already proved, kept until it expires: a router reuses one identity token for a
 * caller's queries for a while (identity-tokens.ts), so checking its signature again on every
 * request is repeated work — it was about a tenth of a subgraph's CPU per request. Keyed by the
 * whole token, so only the exact same bytes hit; an entry is never used at or after the token's
 * own expiry (verification then runs again and decides); bounded, oldest dropped first.
 */
export const VERIFIED_TOKENS_MAX_ENTRIES = 5000;

export class VerifiedTokens<Value> {
  readonly #entries = new Map<string, { value: Value; expiresAt: number }>();

  constructor(private readonly maxEntries = VERIFIED_TOKENS_MAX_ENTRIES) {}

  /** The value remembered for `token`, or undefined when there is none or it has expired. */
  get(token: string, now = Date.now()): Value | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (now >= entry.expiresAt) {
      this.#entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  /** Remembers `value` for `token` until `expiresAt` (ms since epoch). */
  set(token: string, value: Value, expiresAt: number): void {
    if (this.#entries.size >= this.maxEntries) {
      // Insertion order: the first key is the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(token, { value, expiresAt });
  }

  /**
   * The value remembered for `token`, else what `verify` proves (remembered until the expiry it
   * gives, unless it says `keep: false`). A refusal (`verify` throws) is not remembered: the next
   * call verifies again.
   */
  async remember(
    token: string,
    verify: () => Promise<{ value: Value; expiresAt: number; keep?: boolean }>,
  ): Promise<Value> {
    const known = this.get(token);
    if (known !== undefined) return known;
    const { value, expiresAt, keep = true } = await verify();
    if (keep) this.set(token, value, expiresAt);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
