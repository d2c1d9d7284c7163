/**
 * Who is calling. The gateway verifies the client's bearer JWT once and forwards the caller to
 * each subgraph as an identity token: a standard JWT (HS256 with INTERNAL_SECRET) bound to that
 * subgraph (`aud`), valid for at most 60 s, with a unique `jti` that a subgraph accepts only
 * once for a mutation (see replay-guard.ts). Any federation router that can sign a JWT from its
 * configuration can produce it (examples/, docs/security.md). A request without one is
 * anonymous: public reads work, everything else is refused by the schema's scopes.
 */
import { randomUUID, webcrypto } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { unauthenticated } from "./errors.js";
import { InvalidJws, signHs256, verifyHs256 } from "./hs256.js";
import { VerifiedTokens } from "./verified-tokens.js";

export const ROLES = ["customer", "agent", "supervisor", "admin"] as const;
export type UserRole = (typeof ROLES)[number];
export type Role = UserRole | "service" | "anonymous";
const FORWARDED_ROLES: readonly string[] = [...ROLES, "service"];

export interface Identity {
  /** Customer id for customers, agent id for staff, service name for internal calls, null when anonymous. */
  subject: string | null;
  role: Role;
  /** Display name claim, when the token carries one. */
  name?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: null, role: "anonymous" });

export const IDENTITY_HEADER = "x-switchboard-identity";
/** `iss` of forwarded identity tokens. */
export const IDENTITY_ISSUER = "switchboard-gateway";
/** Lifetime of a forwarded identity token; subgraphs refuse longer-lived ones. */
export const IDENTITY_TTL_SECONDS = 60;
/** Clock difference tolerated between the signer and the subgraph. */
const CLOCK_TOLERANCE_SECONDS = 5;

export const isStaff = (identity: Identity) =>
  identity.role === "agent" || identity.role === "supervisor" || identity.role === "admin";
export const isSupervisor = (identity: Identity) => identity.role === "supervisor" || identity.role === "admin";

/**
 * The HMAC key of a secret, imported once: handed raw bytes, jose imports a WebCrypto key on
 * every sign and verify.
 */
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign", "verify"],
    );
    keys.set(secret, key);
  }
  return key;
};

/** An identity token for `audience` (a subgraph's name), with a fresh `jti`. */
export async function signIdentity(
  identity: Identity,
  options: { secret: string; audience: string; now?: number; ttlSeconds?: number; singleUse?: boolean },
): Promise<string> {
  if (identity.role === "anonymous") throw new Error("Anonymous callers carry no identity token");
  const issuedAt = Math.floor((options.now ?? Date.now()) / 1000);
  return signHs256(
    {
      role: identity.role,
      ...(identity.name ? { name: identity.name } : {}),
      iss: IDENTITY_ISSUER,
      aud: options.audience,
      sub: identity.subject ?? "",
      jti: randomUUID(),
      iat: issuedAt,
      exp: issuedAt + Math.min(options.ttlSeconds ?? IDENTITY_TTL_SECONDS, IDENTITY_TTL_SECONDS),
      ...(options.singleUse ? { once: true } : {}),
    },
    options.secret,
  );
}

/** A verified forwarded identity, with what replay protection needs. */
export interface ForwardedIdentity {
  identity: Identity;
  /** The token's `jti` (null for anonymous requests, which carry no token). */
  tokenId: string | null;
  /** When the token expires (ms since epoch); 0 for anonymous. */
  expiresAt: number;
  /**
   * The signer minted it for one write or one connection (claim `once`): the replay guard lets it
   * do that once, so it is not worth remembering. Routers that do not say so are remembered.
   */
  singleUse: boolean;
}

export const ANONYMOUS_REQUEST: ForwardedIdentity = Object.freeze({
  identity: ANONYMOUS,
  tokenId: null,
  expiresAt: 0,
  singleUse: false,
});

/**
 * Verifies a forwarded identity token for `audience` (any HS256 JWT with these claims, whoever
 * signed it with the secret). No token → anonymous; a token that is malformed, wrongly signed,
 * meant for another subgraph, expired, not yet valid, issued for longer than 60 s or without
 * `iat`, `jti` or `sub` → UNAUTHENTICATED.
 */
export async function verifyIdentity(
  value: string | undefined | null,
  options: { secret: string; audience: string; now?: number },
): Promise<ForwardedIdentity> {
  if (!value) return ANONYMOUS_REQUEST;
  let claims: Record<string, unknown>;
  try {
    claims = verifyHs256(value, options.secret);
  } catch (error) {
    if (error instanceof InvalidJws) throw unauthenticated("Forwarded identity is invalid");
    throw error;
  }
  const { iss, aud, sub, jti, iat, exp, nbf, role } = claims;
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (typeof exp !== "number" || typeof iat !== "number" || typeof jti !== "string" || typeof sub !== "string")
    throw unauthenticated("Forwarded identity is invalid");
  if (iss !== IDENTITY_ISSUER) throw unauthenticated("Forwarded identity is invalid");
  if (aud !== options.audience && !(Array.isArray(aud) && aud.includes(options.audience)))
    throw unauthenticated("Forwarded identity is meant for another service");
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw unauthenticated("Forwarded identity has expired");
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE_SECONDS))
    throw unauthenticated("Forwarded identity is invalid");
  if (exp - iat > IDENTITY_TTL_SECONDS)
    throw unauthenticated(`Forwarded identity must expire within ${IDENTITY_TTL_SECONDS} s`);
  if (typeof role !== "string" || !FORWARDED_ROLES.includes(role))
    throw unauthenticated("Forwarded identity has no valid role");
  return {
    identity: {
      subject: sub || null,
      role: role as Role,
      ...(typeof claims.name === "string" ? { name: claims.name } : {}),
    },
    tokenId: jti,
    expiresAt: exp * 1000,
    singleUse: claims.once === true,
  };
}

/**
 * verifyIdentity for one subgraph, remembering each reusable token it accepted until the token
 * expires (verified-tokens.ts): a router's reused query token costs one signature check, not one
 * per request. A single-use token (a write's, a connection's) is not remembered: under write load
 * those would push the reused query tokens out of the bounded memory. Refusals are not
 * remembered either; every request with a refused token is checked again.
 */
export function identityVerifier(options: {
  secret: string;
  audience: string;
  /** Where accepted tokens are remembered (tests look into it). */
  verified?: VerifiedTokens<ForwardedIdentity>;
}): (value: string | undefined | null) => Promise<ForwardedIdentity> {
  const verified = options.verified ?? new VerifiedTokens<ForwardedIdentity>();
  return async (value) =>
    value
      ? verified.remember(value, async () => {
          const forwarded = await verifyIdentity(value, options);
          return {
            value: Object.freeze({ ...forwarded, identity: Object.freeze(forwarded.identity) }),
            expiresAt: forwarded.expiresAt,
            keep: !forwarded.singleUse,
          };
        })
      : ANONYMOUS_REQUEST;
}

export interface TokenOptions {
  secret: string;
  issuer: string;
  role: UserRole;
  subject: string;
  name?: string;
  expiresIn?: string;
}

/** Mints a client bearer token (HS256) — used by `npm run token`, the demo output and tests. */
export async function mintToken(options: TokenOptions): Promise<string> {
  return new SignJWT({ role: options.role, ...(options.name ? { name: options.name } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject)
    .setIssuer(options.issuer)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "30d")
    .sign(await keyOf(options.secret));
}

/** The bearer token of an `Authorization` header value; UNAUTHENTICATED when it is not `Bearer <token>`. */
function bearerToken(header: string): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("Authorization header must be 'Bearer <token>'");
  return match[1];
}

/** Verifies a client bearer token: the caller it names and when it expires (ms since epoch). */
async function verifyClientToken(
  token: string,
  options: { secret: string; issuer: string },
): Promise<{ identity: Identity; expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, await keyOf(options.secret), {
      issuer: options.issuer,
      algorithms: ["HS256"],
      // A token without an expiry would be valid forever once leaked.
      requiredClaims: ["exp", "sub"],
    });
    const identity = identityFromClaims(payload);
    if (!identity)
      throw unauthenticated(
        typeof payload.role === "string" && (ROLES as readonly string[]).includes(payload.role)
          ? "Token has no subject"
          : "Token has no valid role",
      );
    return { identity, expiresAt: payload.exp! * 1000 };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated("Token has expired");
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "exp")
      throw unauthenticated("Token must carry an expiry (exp)");
    if (error instanceof joseErrors.JOSEError) throw unauthenticated("Invalid token");
    throw error;
  }
}

/**
 * Verifies an `Authorization` header value. No header → anonymous; a header that is present but
 * malformed, expired, wrongly signed or carrying an unknown role → UNAUTHENTICATED.
 */
export async function identityFromAuthorization(
  header: string | undefined | null,
  options: { secret: string; issuer: string },
): Promise<Identity> {
  if (!header) return ANONYMOUS;
  return (await verifyClientToken(bearerToken(header), options)).identity;
}

/**
 * identityFromAuthorization for the gateway, remembering each client token it accepted until the
 * token expires (verified-tokens.ts): a client sends the same bearer token on every request, and
 * checking its signature each time was about a tenth of the gateway's CPU per request. Keyed by
 * the exact token; refusals are not remembered, so a refused token is checked again every time.
 */
export function authorizationVerifier(options: {
  secret: string;
  issuer: string;
}): (header: string | undefined | null) => Promise<Identity> {
  const verified = new VerifiedTokens<Identity>();
  return async (header) => {
    if (!header) return ANONYMOUS;
    const token = bearerToken(header);
    return verified.remember(token, async () => {
      const { identity, expiresAt } = await verifyClientToken(token, options);
      return { value: Object.freeze(identity), expiresAt };
    });
  };
}

/**
 * The caller a verified client token's claims name: `sub`, a user `role` and an `exp` (a token
 * without one would be valid forever once leaked), or null when they name no valid caller. Shared
 * by our gateway and by other routers that verify the client token themselves (examples/).
 */
export function identityFromClaims(
  claims: { sub?: unknown; role?: unknown; name?: unknown; exp?: unknown } | null | undefined,
): (Identity & { role: UserRole; subject: string }) | null {
  if (!claims || typeof claims.sub !== "string" || !claims.sub || typeof claims.exp !== "number") return null;
  const role = claims.role;
  if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) return null;
  return {
    subject: claims.sub,
    role: role as UserRole,
    ...(typeof claims.name === "string" ? { name: claims.name } : {}),
  };
}
