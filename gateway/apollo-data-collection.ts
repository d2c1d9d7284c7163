/**
 * @apollo/gateway reports the host it runs on (OS, architecture, CPU count and frequency, memory,
 * uptime) to Apollo, usage-reporting.api.apollographql.com, every hour and whenever a gateway
 * stops — unless APOLLO_TELEMETRY_DISABLED is set when it is built. A self-hosted support desk
 * sends nothing to a third party its operator did not choose, so Switchboard's gateway turns that
 * off; an operator who wants Apollo to have it sets APOLLO_TELEMETRY_DISABLED=false.
 */
export function withoutApolloDataCollection(env: NodeJS.ProcessEnv = process.env): void {
  // The gateway reads the variable from the process environment as it is constructed.
  env.APOLLO_TELEMETRY_DISABLED ??= "true";
}
