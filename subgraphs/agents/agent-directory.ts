/** The staff directory: agents by display name, optionally by status or language. */
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { Agent } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { beyondKeyWhere, keysetConnection, keysetOrder, type Connection } from "../../shared/pagination.js";

export interface DirectoryFilter {
  status?: Agent["status"] | null;
  /** Only agents who speak this language. */
  language?: string | null;
}

export function listAgents(
  services: SubgraphServices,
  filter: DirectoryFilter,
  args: DefaultConnectionArguments,
): Promise<Connection<Agent>> {
  return keysetConnection(
    args,
    (agent: Agent) => [agent.displayName, agent.id],
    (page) =>
      services.db.prisma.agent.findMany({
        where: {
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.language ? { languages: { has: filter.language } } : {}),
          ...beyondKeyWhere(["displayName", "id"], page, false),
        },
        orderBy: keysetOrder(["displayName", "id"], page, false),
        take: page.limit,
      }),
  );
}

const speakerCounts = new WeakMap<object, Promise<Map<string, number>>>();

/** ONLINE agents per language, read once per request (`request` is the cache key). */
export function onlineSpeakers(request: SubgraphServices): Promise<Map<string, number>> {
  let counts = speakerCounts.get(request);
  if (!counts) {
    counts = request.db.prisma.agent
      .findMany({ where: { status: "ONLINE" }, select: { languages: true } })
      .then((rows) => {
        const map = new Map<string, number>();
        for (const row of rows)
          for (const language of new Set(row.languages)) map.set(language, (map.get(language) ?? 0) + 1);
        return map;
      });
    speakerCounts.set(request, counts);
  }
  return counts;
}
