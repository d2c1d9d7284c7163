/**
 * Compact HS256 JSON Web Tokens (RFC 7515/7519) signed and checked with node:crypto's HMAC, in
 * the calling turn. The forwarded identity tokens are signed for every mutation a subgraph is sent
 * and checked by the subgraph that receives them; WebCrypto's HMAC (what jose uses on Node) runs
 * each one as an asynchronous job, which cost far more CPU than the hash itself. Only HS256, and
 * only the signature: the caller checks the claims.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** A token that is not a well-formed compact HS256 JWS signed with the key. */
export class InvalidJws extends Error {}

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

const hmac = (secret: string, input: string) => createHmac("sha256", secret).update(input).digest();

/** `claims` as a compact JWS signed with HMAC-SHA256 under `secret` (its UTF-8 bytes, as jose takes them). */
export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${input}.${hmac(secret, input).toString("base64url")}`;
}

function decodeJson(segment: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    throw new InvalidJws(`The ${what} is not JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new InvalidJws(`The ${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The claims of a compact JWS whose protected header names HS256 (and no critical extension) and
 * whose signature is `secret`'s HMAC of its first two segments, compared in constant time.
 */
export function verifyHs256(token: string, secret: string): Record<string, unknown> {
  const segments = token.split(".");
  if (segments.length !== 3) throw new InvalidJws("Not a compact JWS");
  const [header, payload, signature] = segments;
  const protectedHeader = decodeJson(header, "header");
  if (protectedHeader.alg !== "HS256") throw new InvalidJws("Only HS256 is accepted");
  if ("crit" in protectedHeader || "b64" in protectedHeader) throw new InvalidJws("Unsupported header parameter");
  const given = Buffer.from(signature, "base64url");
  const expected = hmac(secret, `${header}.${payload}`);
  // One spelling per signature: a re-encoded one is a different token, not the same token again.
  if (
    given.length !== expected.length ||
    given.toString("base64url") !== signature ||
    !timingSafeEqual(given, expected)
  )
    throw new InvalidJws("Signature verification failed");
  return decodeJson(payload, "payload");
}
