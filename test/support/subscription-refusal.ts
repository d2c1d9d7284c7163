/** What a subscription answers first when it is refused: its GraphQL error (undefined when it sends data instead). */
import { collect, type TestSystem } from "../harness.js";

export async function subscriptionRefusal(
  system: TestSystem,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ message: string; extensions?: Record<string, unknown> } | undefined> {
  const client = system.subscribe(token);
  const sub = collect(client, query, variables);
  try {
    await sub.waitFor(1).catch(() => undefined);
    const first = sub.received[0] as { errors?: { message: string }[] } | undefined;
    return first?.errors?.[0] ?? (Array.isArray(sub.error) ? (sub.error as any[])[0] : (sub.error as any));
  } finally {
    sub.dispose();
    await client.dispose();
  }
}
