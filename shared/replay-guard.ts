/**
 * Refuses a forwarded identity token used twice for a mutation: a captured token cannot repeat
 * a write. Each token id is claimed once until the token expires — in this process's memory, or
 * in Redis when REDIS_URL is set, so every replica of a subgraph sees every claim.
 */
import { Redis } from "ioredis";

export interface ReplayGuard {
  /** True the first time `tokenId` is claimed before `expiresAt` (ms), false on any repeat. */
  claim(tokenId: string, expiresAt: number): Promise<boolean>;
  close(): Promise<void>;
}

export function createMemoryReplayGuard(now: () => number = Date.now): ReplayGuard {
  const claimed = new Map<string, number>();
  let nextSweep = 0;
  const sweep = (at: number) => {
    if (at < nextSweep) return;
    nextSweep = at + 10_000;
    for (const [id, expiresAt] of claimed) if (expiresAt <= at) claimed.delete(id);
  };
  return {
    async claim(tokenId, expiresAt) {
      const at = now();
      sweep(at);
      if (claimed.has(tokenId)) return false;
      claimed.set(tokenId, expiresAt);
      return true;
    },
    close: async () => undefined,
  };
}

export function createRedisReplayGuard(url: string, prefix: string, now: () => number = Date.now): ReplayGuard {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  redis.on("error", () => undefined);
  return {
    async claim(tokenId, expiresAt) {
      const ttlMs = Math.max(1, expiresAt - now());
      return (await redis.set(`${prefix}jti:${tokenId}`, "1", "PX", ttlMs, "NX")) === "OK";
    },
    async close() {
      redis.disconnect();
    },
  };
}

export function createReplayGuard(redisUrl: string | undefined, prefix: string): ReplayGuard {
  return redisUrl ? createRedisReplayGuard(redisUrl, prefix) : createMemoryReplayGuard();
}
