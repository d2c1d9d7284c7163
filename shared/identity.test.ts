import { SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ANONYMOUS,
  ANONYMOUS_REQUEST,
  authorizationVerifier,
  identityFromAuthorization,
  IDENTITY_ISSUER,
  identityVerifier,
  mintToken,
  signIdentity,
  verifyIdentity,
  type ForwardedIdentity,
} from "./identity.js";
import { VerifiedTokens } from "./verified-tokens.js";
import { IdentityTokens } from "./identity-tokens.js";
import { createMemoryReplayGuard } from "./replay-guard.js";

const secret = "s".repeat(40);
const agent = { subject: "a1", role: "agent" as const, name: "Aisha" };
const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { extensions?: { code?: string }; message: string }) => `${error.extensions?.code}: ${error.message}`,
  );

describe("forwarded identity tokens", () => {
  it("round-trips a caller for its audience, with a unique id and a 60 s lifetime", async () => {
    const token = await signIdentity(agent, { secret, audience: "tickets" });
    const verified = await verifyIdentity(token, { secret, audience: "tickets" });
    expect(verified.identity).toEqual(agent);
    expect(verified.tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(verified.expiresAt - Date.now()).toBeLessThanOrEqual(60_000);
    const again = await verifyIdentity(await signIdentity(agent, { secret, audience: "tickets" }), {
      secret,
      audience: "tickets",
    });
    expect(again.tokenId).not.toBe(verified.tokenId);
  });

  it("no token is anonymous; a token for another subgraph, expired, forged or long-lived is refused", async () => {
    expect(await verifyIdentity(undefined, { secret, audience: "tickets" })).toBe(ANONYMOUS_REQUEST);
    const forAgents = await signIdentity(agent, { secret, audience: "agents" });
    expect(await code(verifyIdentity(forAgents, { secret, audience: "tickets" }))).toMatch(
      /^UNAUTHENTICATED: .*another service/,
    );
    const old = await signIdentity(agent, { secret, audience: "tickets", now: Date.now() - 120_000 });
    expect(await code(verifyIdentity(old, { secret, audience: "tickets" }))).toMatch(/^UNAUTHENTICATED: .*expired/);
    const forged = await signIdentity(agent, { secret: "f".repeat(40), audience: "tickets" });
    expect(await code(verifyIdentity(forged, { secret, audience: "tickets" }))).toMatch(/^UNAUTHENTICATED/);
    const longLived = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(IDENTITY_ISSUER)
      .setAudience("tickets")
      .setSubject("x")
      .setJti("j")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    expect(await code(verifyIdentity(longLived, { secret, audience: "tickets" }))).toMatch(
      /^UNAUTHENTICATED: .*within 60 s/,
    );
    const noId = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(IDENTITY_ISSUER)
      .setAudience("tickets")
      .setSubject("x")
      .setIssuedAt()
      .setExpirationTime("30s")
      .sign(new TextEncoder().encode(secret));
    expect(await code(verifyIdentity(noId, { secret, audience: "tickets" }))).toMatch(/^UNAUTHENTICATED/);
  });

  it("reuses a token for queries for a while, never for mutations, and sends none for anonymous callers", async () => {
    const tokens = new IdentityTokens(secret);
    const now = Date.now();
    const first = await tokens.tokenFor(agent, "tickets", { now });
    expect(await tokens.tokenFor(agent, "tickets", { now: now + 10_000 })).toBe(first);
    expect(await tokens.tokenFor(agent, "agents", { now })).not.toBe(first);
    expect(await tokens.tokenFor(agent, "tickets", { now: now + 31_000 })).not.toBe(first);
    expect(await tokens.tokenFor(agent, "tickets", { now, forMutation: true })).not.toBe(first);
    expect(await tokens.tokenFor({ subject: null, role: "anonymous" }, "tickets")).toBeNull();
  });
});

describe("a subgraph's identity verifier", () => {
  it("answers a token it accepted from memory, refuses the same tokens verifyIdentity refuses, every time", async () => {
    const verify = identityVerifier({ secret, audience: "tickets" });
    expect(await verify(null)).toBe(ANONYMOUS_REQUEST);
    const token = await signIdentity(agent, { secret, audience: "tickets" });
    const first = await verify(token);
    expect(first.identity).toEqual(agent);
    expect(await verify(token)).toBe(first);
    expect(Object.isFrozen(first.identity)).toBe(true);
    const forged = await signIdentity(agent, { secret: "f".repeat(40), audience: "tickets" });
    expect(await code(verify(forged))).toMatch(/^UNAUTHENTICATED/);
    expect(await code(verify(forged))).toMatch(/^UNAUTHENTICATED/);
    const forAgents = await signIdentity(agent, { secret, audience: "agents" });
    expect(await code(verify(forAgents))).toMatch(/^UNAUTHENTICATED: .*another service/);
    const old = await signIdentity(agent, { secret, audience: "tickets", now: Date.now() - 120_000 });
    expect(await code(verify(old))).toMatch(/^UNAUTHENTICATED: .*expired/);
  });
});

describe("a subgraph's identity verifier and single-use tokens", () => {
  it("does not remember a write's token, so the reused query tokens keep their place under write load", async () => {
    const verified = new VerifiedTokens<ForwardedIdentity>(2);
    const verify = identityVerifier({ secret, audience: "tickets", verified });
    const tokens = new IdentityTokens(secret);
    const queryToken = (await tokens.tokenFor(agent, "tickets"))!;
    const remembered = await verify(queryToken);
    expect(remembered.singleUse).toBe(false);
    for (let write = 0; write < 5; write++) {
      const writeToken = (await tokens.tokenFor(agent, "tickets", { forMutation: true }))!;
      const once = await verify(writeToken);
      expect(once).toMatchObject({ identity: agent, singleUse: true });
      // Checked again on a second sight (the replay guard refuses it for a second write anyway).
      const again = await verify(writeToken);
      expect(again).toEqual(once);
      expect(again).not.toBe(once);
    }
    expect(verified.size).toBe(1);
    expect(await verify(queryToken)).toBe(remembered);
    // Another router's unmarked token is remembered as a query token.
    const unmarked = await signIdentity(agent, { secret, audience: "tickets" });
    expect(await verify(unmarked)).toBe(await verify(unmarked));
    expect(verified.size).toBe(2);
  });
});

describe("verified tokens", () => {
  it("keeps a value until the token's expiry, never at or after it", () => {
    const verified = new VerifiedTokens<string>();
    verified.set("t", "caller", 1000);
    expect(verified.get("t", 999)).toBe("caller");
    expect(verified.get("t", 1000)).toBeUndefined();
    expect(verified.get("t", 999)).toBeUndefined();
  });

  it("holds at most its bound, dropping the oldest first", () => {
    const verified = new VerifiedTokens<number>(2);
    verified.set("a", 1, 10);
    verified.set("b", 2, 10);
    verified.set("c", 3, 10);
    expect(verified.size).toBe(2);
    expect([verified.get("a", 0), verified.get("b", 0), verified.get("c", 0)]).toEqual([undefined, 2, 3]);
  });
});

describe("replay guard", () => {
  it("claims a token id once until it expires", async () => {
    let now = 1_000;
    const guard = createMemoryReplayGuard(() => now);
    expect(await guard.claim("t1", 61_000)).toBe(true);
    expect(await guard.claim("t1", 61_000)).toBe(false);
    expect(await guard.claim("t2", 61_000)).toBe(true);
    now = 80_000;
    expect(await guard.claim("t3", 140_000)).toBe(true);
  });
});

describe("client bearer tokens", () => {
  it("a token without an expiry is refused", async () => {
    const forever = await new SignJWT({ role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("switchboard")
      .setSubject("x")
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    expect(await code(identityFromAuthorization(`Bearer ${forever}`, { secret, issuer: "switchboard" }))).toMatch(
      /^UNAUTHENTICATED: Token must carry an expiry/,
    );
    const ok = await mintToken({ secret, issuer: "switchboard", role: "agent", subject: "a1" });
    expect(await identityFromAuthorization(`Bearer ${ok}`, { secret, issuer: "switchboard" })).toEqual({
      subject: "a1",
      role: "agent",
    });
  });
});

describe("the gateway's bearer token verifier", () => {
  afterEach(() => vi.useRealTimers());

  it("answers a token it accepted from memory until the token expires, and refuses bad ones every time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-05T12:00:00Z"));
    const callerOf = authorizationVerifier({ secret, issuer: "switchboard" });
    expect(await callerOf(null)).toBe(ANONYMOUS);
    const token = await mintToken({ secret, issuer: "switchboard", role: "agent", subject: "a1", expiresIn: "10s" });
    const first = await callerOf(`Bearer ${token}`);
    expect(first).toEqual({ subject: "a1", role: "agent" });
    expect(await callerOf(`bearer  ${token}`)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);

    const forged = await mintToken({ secret: "f".repeat(40), issuer: "switchboard", role: "admin", subject: "x" });
    expect(await code(callerOf(`Bearer ${forged}`))).toBe("UNAUTHENTICATED: Invalid token");
    expect(await code(callerOf(`Bearer ${forged}`))).toBe("UNAUTHENTICATED: Invalid token");
    expect(await code(callerOf(`Basic ${token}`))).toMatch(/^UNAUTHENTICATED: Authorization header must be/);

    // Remembered only while the token itself is valid: after its expiry it is checked (and refused) again.
    vi.setSystemTime(new Date("2026-12-05T12:00:11Z"));
    expect(await code(callerOf(`Bearer ${token}`))).toBe("UNAUTHENTICATED: Token has expired");
  });
});
