/**
 * The background work the tickets subgraph starts: the outbox relay (events onto the bus), the
 * SLA sweep (sla-sweep.ts), the outbound notification delivery worker and the Salesforce sync.
 * Returns one stop that ends them in reverse order.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startOutboxRelay } from "../../shared/outbox.js";
import { startSalesforceSync } from "./integrations/salesforce.js";
import { startDeliveryWorker } from "./notifications/delivery.js";
import { startSlaSweep } from "./sla-sweep.js";

export async function startTicketJobs(services: SubgraphServices): Promise<() => Promise<void>> {
  const stops = [
    await startOutboxRelay({ ...services, source: "tickets" }),
    startSlaSweep(services),
    await startDeliveryWorker(services),
    startSalesforceSync(services),
  ];
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
