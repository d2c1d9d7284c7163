/** Ready-to-paste demo tokens, one per role, for the seeded people. */
import type { Config } from "../shared/config.js";
import { mintToken, type UserRole } from "../shared/identity.js";
import { DEMO_AGENTS, DEMO_CUSTOMERS } from "./seed-data/index.js";

export async function demoTokens(
  config: Config,
): Promise<Record<UserRole, { subject: string; name: string; token: string }>> {
  const pick = (role: UserRole) => {
    if (role === "customer") return { subject: DEMO_CUSTOMERS[0].id, name: DEMO_CUSTOMERS[0].name };
    const agent = DEMO_AGENTS.find((a) => a.role === role) ?? DEMO_AGENTS[0];
    return { subject: agent.id, name: agent.displayName };
  };
  const entries = await Promise.all(
    (["customer", "agent", "supervisor", "admin"] as const).map(async (role) => {
      const who = pick(role);
      return [
        role,
        {
          ...who,
          token: await mintToken({
            secret: config.JWT_SECRET,
            issuer: config.JWT_ISSUER,
            role,
            subject: who.subject,
            name: who.name,
          }),
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<UserRole, { subject: string; name: string; token: string }>;
}
