/** The signed-in token: kept in sessionStorage (this tab only), its claims read for display. */
export type Role = "customer" | "agent" | "supervisor" | "admin";

export interface Session {
  token: string;
  role: Role;
  subject: string;
  name: string | null;
  expiresAt: number | null;
}

const KEY = "switchboard.console.token";
const ROLES: readonly Role[] = ["customer", "agent", "supervisor", "admin"];

function base64UrlDecode(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The token's claims, unverified: the gateway verifies every request; this only picks the views. */
export function parseToken(raw: string): Session | null {
  const token = raw.trim().replace(/^Bearer\s+/i, "");
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
    const role = json.role as Role;
    if (!ROLES.includes(role) || typeof json.sub !== "string") return null;
    return {
      token,
      role,
      subject: json.sub,
      name: typeof json.name === "string" ? json.name : null,
      expiresAt: typeof json.exp === "number" ? json.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

export const isExpired = (session: Session) => session.expiresAt !== null && session.expiresAt <= Date.now();

export function loadSession(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  const session = stored ? parseToken(stored) : null;
  return session && !isExpired(session) ? session : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}
