/**
 * The gateway's per-caller budget (token subject, else client address), in points per minute:
 * an operation costs its estimated cost (operation-limits.ts), not 1. Backed by
 * rate-limiter-flexible — in memory for one gateway, in Redis when REDIS_URL is set so that
 * every gateway replica draws on the same budget (with an in-memory limiter as insurance while
 * Redis is unreachable).
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface RateLimiter {
  /** Spends `points` of `key`'s budget: 0 when allowed, else the seconds to wait. */
  take(key: string, points?: number): Promise<number>;
  close(): Promise<void>;
}

const WINDOW_SECONDS = 60;

export function createRateLimiter(options: { perMinute: number; redisUrl?: string; keyPrefix?: string }): RateLimiter {
  const memory = new RateLimiterMemory({ points: options.perMinute, duration: WINDOW_SECONDS });
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract = memory;
  if (options.redisUrl) {
    // Commands wait for the connection (no split counts at start-up), but never long: a Redis that
    // does not answer within a second hands the decision to the in-memory insurance limiter.
    redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1000 });
    redis.on("error", () => undefined);
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${options.keyPrefix ?? "switchboard:"}ratelimit`,
      points: options.perMinute,
      duration: WINDOW_SECONDS,
      insuranceLimiter: memory,
    });
  }
  return {
    async take(key, points = 1) {
      if (points <= 0) return 0;
      try {
        await limiter.consume(key, Math.min(points, options.perMinute));
        return 0;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
