/** Token-bucket rate limiting per caller (token subject, else client address). */
export interface RateLimiter {
  /** Returns 0 when allowed, else the seconds to wait. */
  take(key: string, now?: number): number;
}

export function createRateLimiter(perMinute: number, maxKeys = 100_000): RateLimiter {
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
        bucket = { tokens: perMinute, updatedAt: now };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
      bucket.updatedAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    },
  };
}
