import { createHmac } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { InvalidJws, signHs256, verifyHs256 } from "./hs256.js";

const secret = "k".repeat(40);
const key = new TextEncoder().encode(secret);
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("HS256 tokens on node:crypto", () => {
  it("round-trips claims, and reads and writes the same tokens as jose", async () => {
    const claims = { sub: "a1", role: "agent", aud: "tickets", iat: 1, exp: 61, jti: "j" };
    expect(verifyHs256(signHs256(claims, secret), secret)).toEqual(claims);
    const { payload } = await jwtVerify(signHs256(claims, secret), key, { currentDate: new Date(30_000) });
    expect(payload).toEqual(claims);
    const byJose = await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").sign(key);
    expect(verifyHs256(byJose, secret)).toEqual({ role: "admin", sub: "x" });
  });

  it("refuses another key, a changed payload, another algorithm, critical headers and malformed tokens", async () => {
    const token = signHs256({ sub: "a1", role: "agent" }, secret);
    const [header, , signature] = token.split(".");
    const refused = [
      signHs256({ sub: "a1", role: "agent" }, "other".repeat(8)),
      `${header}.${b64({ sub: "a1", role: "admin" })}.${signature}`,
      `${b64({ alg: "none" })}.${b64({ sub: "a1", role: "admin" })}.`,
      await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS512" }).sign(new Uint8Array(64).fill(1)),
      `${b64({ alg: "HS256", crit: ["exp"] })}.${b64({})}.${signature}`,
      `${token}.extra`,
      "not-a-token",
      // The same signature bytes spelled differently: the last character's two unused bits set.
      `${token.slice(0, -1)}${ALPHABET[ALPHABET.indexOf(token.at(-1)!) | 1]}`,
    ];
    for (const candidate of refused) expect(() => verifyHs256(candidate, secret), candidate).toThrow(InvalidJws);
    const notAnObject = `${header}.${Buffer.from("[1]").toString("base64url")}`;
    const signed = `${notAnObject}.${createHmac("sha256", secret).update(notAnObject).digest("base64url")}`;
    expect(() => verifyHs256(signed, secret)).toThrow(/not a JSON object/);
  });
});
