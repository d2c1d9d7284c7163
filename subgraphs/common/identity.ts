/**
 * Who is calling. The gateway verifies the client's bearer JWT once and forwards the result to
 * subgraphs as an HMAC-signed header (or graphql-ws connection parameter); subgraphs trust only
 * a valid signature, so a request that bypassed the gateway is refused.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { unauthenticated } from "./errors.js";

export const ROLES = ["customer", "agent", "supervisor", "admin"] as const;
export type UserRole = (typeof ROLES)[number];
export type Role = UserRole | "service" | "anonymous";

export interface Identity {
  /** Customer id for customers, agent id for staff, service name for internal calls, null when anonymous. */
  subject: string | null;
  role: Role;
  /** Display name claim, when the token carries one. */
  name?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: null, role: "anonymous" });

export const IDENTITY_HEADER = "x-switchboard-identity";
/** Forwarded identities older than this are refused (replay window). */
const MAX_IDENTITY_AGE_SECONDS = 300;

export const isStaff = (identity: Identity) =>
  identity.role === "agent" || identity.role === "supervisor" || identity.role === "admin";
export const isSupervisor = (identity: Identity) => identity.role === "supervisor" || identity.role === "admin";

function hmac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** `payload.signature`, both base64url; the payload carries an issue time. */
export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, iat: Math.floor(now / 1000) })).toString("base64url");
  return `${payload}.${hmac(secret, payload)}`;
}

/** Returns the identity, or throws UNAUTHENTICATED when the value was not signed by the gateway. */
export function verifyIdentity(value: string | undefined | null, secret: string, now = Date.now()): Identity {
  if (!value) throw unauthenticated("Requests must come through the gateway");
  const [payload, signature] = value.split(".");
  if (!payload || !signature) throw unauthenticated("Malformed forwarded identity");
  const expected = Buffer.from(hmac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw unauthenticated("Forwarded identity has an invalid signature");
  }
  let decoded: Identity & { iat?: number };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw unauthenticated("Malformed forwarded identity");
  }
  if (typeof decoded.iat !== "number" || Math.abs(now / 1000 - decoded.iat) > MAX_IDENTITY_AGE_SECONDS) {
    throw unauthenticated("Forwarded identity has expired");
  }
  return { subject: decoded.subject ?? null, role: decoded.role, ...(decoded.name ? { name: decoded.name } : {}) };
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
    .sign(new TextEncoder().encode(options.secret));
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
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("Authorization header must be 'Bearer <token>'");
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(options.secret), {
      issuer: options.issuer,
      algorithms: ["HS256"],
    });
    const role = payload.role;
    if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
      throw unauthenticated("Token has no valid role");
    }
    if (!payload.sub) throw unauthenticated("Token has no subject");
    return { subject: payload.sub, role: role as UserRole, ...(typeof payload.name === "string" ? { name: payload.name } : {}) };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated("Token has expired");
    if (error instanceof joseErrors.JOSEError) throw unauthenticated("Invalid token");
    throw error;
  }
}
