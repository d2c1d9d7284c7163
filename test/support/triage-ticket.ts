/**
 * A ticket the classifier sends to triage, created by staff for the demo customer: tickets asks
 * agents for no assignee, so only what a test does next assigns it.
 */
import { expect } from "vitest";
import { DEMO, type TestSystem } from "../harness.js";

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id assignedAgentId tags } }`;

export async function createTriageTicket(system: TestSystem, staffToken: string): Promise<string> {
  const created = await system.request(
    CREATE,
    {
      input: {
        channel: "EMAIL",
        subject: "Hello",
        description: "Hi there, I have a question for you.",
        customerId: DEMO.customer.id,
      },
    },
    staffToken,
  );
  expect(created.data!.createTicket.tags).toContain("triage");
  expect(created.data!.createTicket.assignedAgentId).toBeNull();
  return created.data!.createTicket.id;
}
