/**
 * @apollo/gateway reports the host it runs on (OS, architecture, CPU count and frequency, memory,
 * uptime) to Apollo, usage-reporting.api.apollographql.com, every hour and whenever a gateway
 * stops — unless the process environment's APOLLO_TELEMETRY_DISABLED says otherwise when it is
 * built. A self-hosted support desk sends nothing to a third party its operator did not choose:
 * the configuration's APOLLO_TELEMETRY_DISABLED (default true) is what the gateway is given.
 */
import type { Config } from "../shared/config.js";

export function applyApolloDataCollectionSetting(
  config: Pick<Config, "APOLLO_TELEMETRY_DISABLED">,
  env: NodeJS.ProcessEnv = process.env,
): void {
  // The gateway reads the variable from the process environment as it is constructed.
  env.APOLLO_TELEMETRY_DISABLED = String(config.APOLLO_TELEMETRY_DISABLED);
}
