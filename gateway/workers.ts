/**
 * One gateway on several cores (GATEWAY_WORKERS > 1): a primary process forks that many gateway
 * processes, which share its port (node:cluster hands each accepted connection to one of them in
 * turn). Each worker is a whole gateway — its own supergraph, plan caches, one upstream
 * graphql-ws socket per subgraph and its own share of the subscribers — so a chat message
 * reaching 10,000 screens is written to the sockets by every core at once instead of by one.
 *
 * The primary serves nothing itself: it forks the workers, replaces one that dies (and gives up,
 * exiting 1, when they keep dying at start-up), and on SIGTERM/SIGINT asks every worker to stop
 * gracefully (each drains as a single gateway does) before it exits. It can also ask every worker
 * a question and gather their answers, which the fan-out benchmark uses to read their memory.
 */
import cluster, { type Worker } from "node:cluster";
import { StartupError } from "../shared/config.js";
import type { Logger } from "../shared/logger.js";

/** What the primary sends a worker: stop, or a question its `answer` handler replies to. */
type ToWorker = { type: "stop" } | { type: "ask"; id: number; question: unknown };
type FromWorker = { type: "answer"; id: number; answer: unknown };

/** A worker that dies within this long of its start counts as failing to start. */
const EARLY_EXIT_MS = 10_000;
/** This many early deaths in a row and the primary exits: the configuration, not bad luck. */
const MAX_EARLY_EXITS = 5;
/** How long a stopping worker may take (the gateway's own drain is 10 s) before it is killed. */
const STOP_TIMEOUT_MS = 20_000;

export const isGatewayWorker = (): boolean => cluster.isWorker;

export class GatewayWorkers {
  private readonly workers = new Set<Worker>();
  private readonly startedAt = new Map<Worker, number>();
  private stopping = false;
  /** Every first worker listened: from then on a worker that dies is replaced. */
  private started = false;
  private earlyExits = 0;
  private nextQuestion = 0;

  private constructor(
    private readonly logger: Logger,
    private readonly onGiveUp: () => void,
  ) {}

  /**
   * Forks `count` workers (this process must be the cluster primary) and resolves with the port
   * once every one of them is listening. `onGiveUp` runs if workers keep dying at start-up.
   */
  static async start(options: { count: number; logger: Logger; onGiveUp: () => void }): Promise<{
    workers: GatewayWorkers;
    port: number;
  }> {
    if (!cluster.isPrimary) throw new Error("GatewayWorkers.start runs in the cluster primary");
    const workers = new GatewayWorkers(options.logger, options.onGiveUp);
    const listening = Array.from({ length: options.count }, () => workers.fork());
    try {
      const ports = await Promise.all(listening);
      workers.started = true;
      return { workers, port: ports[0] };
    } catch (error) {
      await workers.stop();
      throw error;
    }
  }

  /** Asks every worker `question` and resolves with their answers (a worker's `answer` handler). */
  ask<T>(question: unknown): Promise<T[]> {
    return Promise.all(
      [...this.workers].map(
        (worker) =>
          new Promise<T>((resolve, reject) => {
            const id = ++this.nextQuestion;
            const onMessage = (message: FromWorker) => {
              if (message?.type !== "answer" || message.id !== id) return;
              worker.off("message", onMessage);
              worker.off("exit", onExit);
              resolve(message.answer as T);
            };
            const onExit = () => {
              worker.off("message", onMessage);
              reject(new Error(`gateway worker ${worker.process.pid} exited before answering`));
            };
            worker.on("message", onMessage);
            worker.once("exit", onExit);
            worker.send({ type: "ask", id, question } satisfies ToWorker);
          }),
      ),
    );
  }

  /** Asks every worker to stop gracefully; kills those still running after STOP_TIMEOUT_MS. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.workers].map(async (worker) => {
        if (worker.isDead()) return;
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        if (worker.isConnected()) worker.send({ type: "stop" } satisfies ToWorker);
        const timer = setTimeout(() => worker.process.kill("SIGKILL"), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Forks one worker; resolves with its port once it listens, rejects if it dies first. */
  private fork(): Promise<number> {
    const worker = cluster.fork();
    this.workers.add(worker);
    this.startedAt.set(worker, Date.now());
    worker.once("exit", (code, signal) => this.onExit(worker, code, signal));
    // A message to a worker that is exiting fails (EPIPE); its exit is handled above.
    worker.on("error", () => undefined);
    return new Promise((resolve, reject) => {
      worker.once("listening", (address) => resolve(address.port));
      worker.once("exit", (code) =>
        reject(new StartupError(`A gateway worker exited with ${code} before listening (its own error is above).`)),
      );
    });
  }

  private onExit(worker: Worker, code: number | null, signal: string | null): void {
    this.workers.delete(worker);
    const lived = Date.now() - (this.startedAt.get(worker) ?? 0);
    this.startedAt.delete(worker);
    // At start-up, a worker that cannot listen fails the start instead (start()).
    if (this.stopping || !this.started) return;
    this.earlyExits = lived < EARLY_EXIT_MS ? this.earlyExits + 1 : 0;
    this.logger.error("a gateway worker exited; starting another", {
      pid: worker.process.pid,
      code,
      signal,
      workers: this.workers.size,
    });
    if (this.earlyExits >= MAX_EARLY_EXITS) {
      this.logger.error("gateway workers keep exiting at start-up; giving up", { exits: this.earlyExits });
      this.onGiveUp();
      return;
    }
    // A replacement that fails is itself replaced (or counted as an early exit).
    this.fork().then(
      (port) => this.logger.info("a replacement gateway worker listens", { port, workers: this.workers.size }),
      () => undefined,
    );
  }
}

/**
 * In a worker: runs `start` (the gateway), stops it gracefully when the primary asks (or on
 * SIGTERM/SIGINT sent to the whole process group) and exits, and answers the primary's questions
 * with `answer`.
 */
export async function serveAsGatewayWorker(options: {
  start: () => Promise<{ close(): Promise<void> }>;
  answer?: (question: unknown) => unknown;
}): Promise<void> {
  if (!cluster.isWorker || !process.send) throw new Error("serveAsGatewayWorker runs in a cluster worker");
  // Listening for "stop" before starting: a stop asked while the gateway starts waits for it.
  const starting = options.start();
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= starting
      .then((running) => running.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      ));
  process.on("message", (message: ToWorker) => {
    if (message?.type === "stop") void stop();
    else if (message?.type === "ask")
      void Promise.resolve(options.answer?.(message.question)).then((answer) =>
        process.send!({ type: "answer", id: message.id, answer } satisfies FromWorker),
      );
  });
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  await starting;
}
