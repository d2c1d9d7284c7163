/**
 * Publish/subscribe between resolvers and subscriptions: in-memory inside one process, Redis
 * (ioredis) across processes when REDIS_URL is set. Payloads are JSON — the same shape either
 * way, so code never depends on which bus is active.
 */
import { Redis } from "ioredis";
import { createAsyncQueue } from "./async-queue.js";

export interface PubSub {
  readonly kind: "memory" | "redis";
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * Publishes several messages in the order given, as one write to Redis (a pipeline) rather than
   * one per message; each payload object is serialised once however many topics it goes to.
   */
  publishAll(messages: readonly BusMessage[]): Promise<void>;
  /** An async iterator of payloads published on `topic` after the call; `return()` unsubscribes. */
  subscribe<T = unknown>(topic: string): AsyncIterableIterator<T>;
  /**
   * Resolves once the subscriptions opened so far are active on the bus (at once in memory).
   * Never waits longer than a few seconds: a SUBSCRIBE still in flight by then is retried in
   * the background, and a stream must not stall behind it (or behind other topics' commands).
   */
  ready(): Promise<void>;
  /** The topics someone listens to here, and those of them not yet subscribed on the bus. */
  listening(): { topics: string[]; subscribing: string[] };
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BusMessage {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown) => void;

/** Each message's payload as JSON, serialising a payload object shared by several messages once. */
function serialised(messages: readonly BusMessage[]): string[] {
  const json = new Map<unknown, string>();
  return messages.map(({ payload }) => {
    let text = json.get(payload);
    if (text === undefined) json.set(payload, (text = JSON.stringify(payload)));
    return text;
  });
}

const READY_TIMEOUT_MS = 3000;

/** Subscribes a listener for as long as the returned iterator is being consumed. */
function listenerIterator<T>(attach: (listener: Listener) => () => void): AsyncIterableIterator<T> {
  let detach: () => void = () => undefined;
  const queue = createAsyncQueue<T>(() => detach());
  detach = attach((payload) => queue.push(payload as T));
  return queue.iterator;
}

class TopicRegistry {
  private readonly listeners = new Map<string, Set<Listener>>();

  add(topic: string, listener: Listener): { first: boolean; remove: () => { last: boolean } } {
    let set = this.listeners.get(topic);
    const first = !set;
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return {
      first,
      remove: () => {
        set.delete(listener);
        if (set.size > 0) return { last: false };
        this.listeners.delete(topic);
        return { last: true };
      },
    };
  }

  has(topic: string): boolean {
    return this.listeners.has(topic);
  }

  topics(): string[] {
    return [...this.listeners.keys()];
  }

  deliver(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }
}

export function createMemoryPubSub(): PubSub {
  const topics = new TopicRegistry();
  return {
    kind: "memory",
    async publish(topic, payload) {
      // Round-trip through JSON so consumers see exactly what Redis would deliver.
      topics.deliver(topic, JSON.parse(JSON.stringify(payload)));
    },
    async publishAll(messages) {
      const texts = serialised(messages);
      messages.forEach(({ topic }, index) => topics.deliver(topic, JSON.parse(texts[index])));
    },
    subscribe: <T>(topic: string) => listenerIterator<T>((listener) => topics.add(topic, listener).remove),
    ready: async () => undefined,
    listening: () => ({ topics: topics.topics(), subscribing: [] }),
    healthy: async () => true,
    close: async () => undefined,
  };
}

export interface RedisBusOptions {
  /**
   * The longest wait between two reconnection attempts and between two SUBSCRIBE attempts
   * (default 2 s): the bus keeps trying for as long as Redis is away, at most this far apart.
   */
  maxRetryDelayMs?: number;
  /**
   * How long a command (PUBLISH, SUBSCRIBE, UNSUBSCRIBE, PING) may go unanswered before it fails
   * (default 5 s): a publish is then the caller's to retry (the outbox relay keeps its events) and
   * a SUBSCRIBE is sent again. ioredis (5.11) writes PUBLISH, SUBSCRIBE and UNSUBSCRIBE on a
   * connection that is still starting up; when that connection dies before it is ready, the next
   * one starts with an empty command queue and the command's promise never settles. Without a
   * limit a topic subscribed then would stay deaf, and a publisher or `close()` would wait, for good.
   */
  commandTimeoutMs?: number;
}

/** Resolves once `redis` is ready, or after `ms`, whichever comes first. */
function readyOrAfter(redis: Redis, ms: number): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once("ready", done);
  });
}

export function createRedisPubSub(url: string, prefix = "switchboard:", options: RedisBusOptions = {}): PubSub {
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 2000;
  const connection = {
    lazyConnect: false,
    maxRetriesPerRequest: 3,
    commandTimeout: options.commandTimeoutMs ?? 5000,
    retryStrategy: (times: number) => Math.min(times * 50, maxRetryDelayMs),
  };
  const publisher = new Redis(url, connection);
  const subscriber = new Redis(url, connection);
  const topics = new TopicRegistry();
  // SUBSCRIBEs in flight (what ready() waits for) and every command in flight (what close() waits for).
  const subscribing = new Set<Promise<unknown>>();
  const inFlight = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>, set: Set<Promise<unknown>>) => {
    const tracked = promise
      .catch(() => undefined)
      .finally(() => {
        set.delete(tracked);
        inFlight.delete(tracked);
      });
    set.add(tracked);
    inFlight.add(tracked);
  };
  // Topics with a SUBSCRIBE still to succeed (a count: a topic left and listened to again can have two).
  const notYetSubscribed = new Map<string, number>();
  /**
   * A SUBSCRIBE that fails (Redis away longer than a command waits for it, no answer within
   * commandTimeoutMs) is tried again, with backoff, for as long as anyone listens to the topic:
   * one given up while listeners stayed would leave the topic deaf until the process restarts.
   * Once subscribed, ioredis re-subscribes by itself after a reconnect.
   */
  const subscribeWhileListened = async (topic: string): Promise<void> => {
    const listened = () => !closed && topics.has(topic);
    notYetSubscribed.set(topic, (notYetSubscribed.get(topic) ?? 0) + 1);
    try {
      for (let attempt = 0; ; attempt++) {
        const backoffMs = Math.min(maxRetryDelayMs, 50 * 2 ** Math.min(attempt, 10));
        // Sent on a ready connection only: ioredis writes a SUBSCRIBE on one still starting up and
        // loses it when that connection dies before it is ready (see commandTimeoutMs), or takes
        // another command's answer for it and reports a subscription Redis never made.
        if (subscriber.status === "ready") {
          try {
            await subscriber.subscribe(prefix + topic);
            return;
          } catch (error) {
            if (!listened()) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, backoffMs));
        } else await readyOrAfter(subscriber, backoffMs);
        if (!listened()) return;
      }
    } finally {
      const left = notYetSubscribed.get(topic)! - 1;
      if (left === 0) notYetSubscribed.delete(topic);
      else notYetSubscribed.set(topic, left);
    }
  };
  let closed = false;
  subscriber.on("message", (channel: string, message: string) => {
    if (!channel.startsWith(prefix)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return;
    }
    topics.deliver(channel.slice(prefix.length), payload);
  });
  // Connection errors are retried by ioredis; without a listener they would crash the process.
  publisher.on("error", () => undefined);
  subscriber.on("error", () => undefined);
  return {
    kind: "redis",
    async publish(topic, payload) {
      await publisher.publish(prefix + topic, JSON.stringify(payload));
    },
    async publishAll(messages) {
      if (messages.length === 0) return;
      const texts = serialised(messages);
      const pipeline = publisher.pipeline();
      messages.forEach(({ topic }, index) => pipeline.publish(prefix + topic, texts[index]));
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
    },
    subscribe<T>(topic: string) {
      return listenerIterator<T>((listener) => {
        const entry = topics.add(topic, listener);
        if (entry.first) track(subscribeWhileListened(topic), subscribing);
        return () => {
          if (entry.remove().last) track(subscriber.unsubscribe(prefix + topic), inFlight);
        };
      });
    },
    async ready() {
      if (subscribing.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const cap = new Promise((resolve) => (timer = setTimeout(resolve, READY_TIMEOUT_MS)));
      await Promise.race([Promise.all([...subscribing]), cap]);
      clearTimeout(timer);
    },
    listening: () => ({ topics: topics.topics(), subscribing: [...notYetSubscribed.keys()] }),
    async healthy() {
      try {
        return (await publisher.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      closed = true;
      await Promise.all([...inFlight]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

export function createPubSub(redisUrl: string | undefined, prefix?: string): PubSub {
  return redisUrl ? createRedisPubSub(redisUrl, prefix) : createMemoryPubSub();
}
