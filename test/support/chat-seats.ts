/** Limits every seeded agent to one chat (agents' updateAgent, as an admin would), so a few customers fill every seat. */
import { expect } from "vitest";
import { DEMO_AGENTS } from "../../scripts/seed-data/index.js";
import type { TestSystem } from "../harness.js";

export async function oneChatPerAgent(system: TestSystem): Promise<void> {
  const admin = await system.token("admin");
  for (const agent of DEMO_AGENTS) {
    const updated = await system.request(
      `mutation($input: UpdateAgentInput!) { updateAgent(input: $input) { id } }`,
      { input: { id: agent.id, maxConcurrentChats: 1 } },
      admin,
    );
    expect(updated.errors).toBeUndefined();
  }
}
