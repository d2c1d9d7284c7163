/**
 * `npm run bench -- fanout`: live fan-out through the gateway. The subgraphs run in this process
 * (on DATABASE_URL's server when set), the gateway in processes of its own (fanout-gateway.ts, so
 * its memory is its own; with BENCH_FANOUT_GATEWAY_PROCESSES above 1, that many worker processes
 * sharing the port, as GATEWAY_WORKERS runs them), and BENCH_FANOUT_FOLLOWERS staff screens
 * following one chat room (supervisors and admins, every one a different person) plus
 * BENCH_FANOUT_DASHBOARDS `liveSupportStatus` dashboards (agents, supervisors, admins) connect
 * from BENCH_FANOUT_CLIENT_PROCESSES more (fanout-clients.ts), each on its own graphql-ws socket.
 * Measured: the time from sending one chat message to its arrival on every screen, deliveries per
 * second under a burst of messages, the gateway's memory per idle subscriber and after they all
 * leave, and its upstream sockets.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { SUBGRAPH_NAMES } from "../../shared/config.js";
import { mintToken, type UserRole } from "../../shared/identity.js";
import { projectPath } from "../../shared/paths.js";
import { startTestSystem, type TestSystem } from "../../test/harness.js";
import { freePort } from "../free-port.js";
import { DEMO_CUSTOMER_IDS } from "../seed-data/index.js";
import type { ClientsReport, ClientsRequest, Subscriber } from "./fanout-clients.js";
import type { GatewayMeasurement, GcPausesRequest } from "./fanout-gateway.js";
import { describePauses, watchGcPauses, type GcPause } from "./gc-pauses.js";
import { productionNodeOptions } from "./production-node.js";
import { machineLoad, machineSpeedMs, percentile, progress, writeBenchmarkSection } from "./report.js";
import { measureSocketFloor, type SocketFloor } from "./socket-floor.js";

const FOLLOWERS = Number(process.env.BENCH_FANOUT_FOLLOWERS ?? 10_000);
const DASHBOARDS = Number(process.env.BENCH_FANOUT_DASHBOARDS ?? 2_000);
const BURST = Number(process.env.BENCH_FANOUT_BURST ?? 20);
/**
 * Gateway processes (GATEWAY_WORKERS) and subscriber processes. One gateway process by default:
 * on a 2-core machine that also runs the subscribers and the subgraphs, a second gateway process
 * only competes for the same cores (docs/performance.md, "Several gateway processes").
 */
const GATEWAY_PROCESSES = Number(process.env.BENCH_FANOUT_GATEWAY_PROCESSES ?? 1);
const CLIENT_PROCESSES = Number(process.env.BENCH_FANOUT_CLIENT_PROCESSES ?? 2);
/** Sockets opened at once while connecting the subscribers. */
const CONNECT_BATCH = 250;
const DELIVERY_TIMEOUT_MS = 120_000;
/** BENCH_CPU_PROF=<dir>: the gateway and the clients run under `node --cpu-prof` and write their profiles to <dir>/gateway and <dir>/clients-1, clients-2… (the main thread is the larger file). */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF;

const cpuProfileArgs = (name: string) =>
  CPU_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", path.join(CPU_PROFILE_DIR, name)] : [];

const CHAT_EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { id body senderKind cursor } } ... on ChatStatusEvent { status } } }`;
const DASHBOARD = `subscription { liveSupportStatus { ticketsInQueue chatsWaiting activeChats agentsOnline averageWaitSeconds longestWaitSeconds } }`;
const START_CHAT = `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;

/** A child process of the benchmark answering its IPC requests one at a time ({ result } or { error }). */
class Child {
  private constructor(readonly process: ChildProcess) {}

  /** Starts `script` and waits for its first answer (what it reports when ready). */
  static async start<Ready>(
    script: string,
    env: NodeJS.ProcessEnv,
    execArgv: string[],
  ): Promise<{ child: Child; ready: Ready }> {
    const child = new Child(
      fork(projectPath(script), [], {
        cwd: projectPath("."),
        env,
        execArgv: [...execArgv, "--import", "tsx"],
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      }),
    );
    const ready = await child.answer<Ready>();
    return { child, ready };
  }

  ask<T>(request: unknown): Promise<T> {
    const answered = this.answer<T>();
    this.process.send(request as never);
    return answered;
  }

  private answer<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${this.process.spawnargs.at(-1)} exited with ${code}`));
      this.process.once("exit", onExit);
      this.process.once("message", (message: { result?: T; error?: string }) => {
        this.process.off("exit", onExit);
        if (message.error !== undefined) reject(new Error(message.error));
        else resolve(message.result as T);
      });
    });
  }

  /** Sends `request` (if any) and waits up to 15 s for the child to exit, then kills it. */
  async stop(request?: unknown): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    if (request !== undefined) this.process.send(request as never);
    else this.process.kill("SIGTERM");
    await Promise.race([exited, sleep(15_000)]);
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill("SIGKILL");
  }
}

/**
 * The subscribers, dealt round-robin over several fanout-clients.ts processes (one process reading
 * 10,000 sockets would be the bottleneck the gateway is measured against); their answers are
 * combined as if from one.
 */
class ClientProcesses {
  private constructor(private readonly children: Child[]) {}

  static async start(count: number): Promise<ClientProcesses> {
    const children = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const { child } = await Child.start<string>(
          "scripts/bench/fanout-clients.ts",
          process.env,
          cpuProfileArgs(`clients-${i + 1}`),
        );
        return child;
      }),
    );
    return new ClientProcesses(children);
  }

  /** Opens `subscribers`, each process its share, all processes at once. */
  async open(wsUrl: string, subscribers: Subscriber[], batch: number): Promise<void> {
    const shares = this.children.map((_, i) => subscribers.filter((_, j) => j % this.children.length === i));
    await Promise.all(
      this.children.map((child, i) =>
        child.ask({
          type: "open",
          wsUrl,
          subscribers: shares[i],
          batch: Math.ceil(batch / this.children.length),
        } satisfies ClientsRequest),
      ),
    );
  }

  /** For each message index, how many followers received it. */
  async delivered(indexes: number[]): Promise<number[]> {
    const counts = await Promise.all(
      this.children.map((child) => child.ask<number[]>({ type: "delivered", indexes } satisfies ClientsRequest)),
    );
    return indexes.map((_, i) => counts.reduce((total, perChild) => total + perChild[i], 0));
  }

  /** The client processes' garbage collections between two instants (epoch ms), all together. */
  async gcPauses(window: { from: number; to: number }): Promise<GcPause[]> {
    const lists = await Promise.all(
      this.children.map((child) => child.ask<GcPause[]>({ type: "gcPauses", ...window } satisfies ClientsRequest)),
    );
    return lists.flat();
  }

  /** Every arrival time (epoch ms) of the messages `indexes`. */
  async arrivals(indexes: number[]): Promise<number[]> {
    const lists = await Promise.all(
      this.children.map((child) => child.ask<number[][]>({ type: "arrivals", indexes } satisfies ClientsRequest)),
    );
    return lists.flat(2);
  }

  async close(): Promise<ClientsReport> {
    const reports = await Promise.all(
      this.children.map((child) => child.ask<ClientsReport>({ type: "close" } satisfies ClientsRequest)),
    );
    return {
      failures: reports.flatMap((report) => report.failures),
      untimedEvents: reports.reduce((total, report) => total + report.untimedEvents, 0),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => child.stop()));
  }
}

async function post(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = DELIVERY_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

const KB = 1024;
const MB = 1024 * 1024;
/** Epoch milliseconds with sub-millisecond precision, comparable across the benchmark's processes. */
const now = () => performance.timeOrigin + performance.now();

export async function runFanoutBenchmark(): Promise<void> {
  // This process hosts the subgraphs the message passes through on its way to the gateway.
  const ownGcPauses = watchGcPauses();
  progress("starting the subgraphs in this process");
  const secrets = { JWT_SECRET: randomBytes(32).toString("hex"), INTERNAL_SECRET: randomBytes(32).toString("hex") };
  const system: TestSystem = await startTestSystem({
    withoutGateway: true,
    env: { LOG_LEVEL: "error", CHAT_OPERATING_HOURS: "24/7", ...secrets },
  });
  let gatewayChild: Child | null = null;
  let clients: ClientProcesses | null = null;
  try {
    const urls: Record<string, string> = {};
    for (const name of SUBGRAPH_NAMES) urls[`${name.toUpperCase()}_URL`] = system.subgraphs[name]!.url;
    const subscribers = FOLLOWERS + DASHBOARDS;
    progress("starting the gateway and the clients, each in its own process");
    const started = await Child.start<{ url: string; wsUrl: string }>(
      "scripts/bench/fanout-gateway.ts",
      {
        ...process.env,
        ...urls,
        JWT_SECRET: system.config.JWT_SECRET,
        JWT_ISSUER: system.config.JWT_ISSUER,
        INTERNAL_SECRET: system.config.INTERNAL_SECRET,
        NODE_ENV: "production",
        LOG_LEVEL: "error",
        CORS_ORIGINS: "http://localhost",
        GATEWAY_PORT: String(await freePort()),
        // Every subscriber comes from 127.0.0.1: the per-address caps of docs/security.md are raised for the benchmark, not removed.
        MAX_SOCKETS_PER_ADDRESS: String(subscribers + 100),
        RATE_LIMIT_PER_MINUTE: "1000000",
        GATEWAY_WORKERS: String(GATEWAY_PROCESSES),
      },
      // The image's Node flags, as the gateway is deployed.
      ["--expose-gc", ...productionNodeOptions(), ...cpuProfileArgs("gateway")],
    );
    gatewayChild = started.child;
    const gateway = started.child;
    const { url, wsUrl } = started.ready;
    clients = await ClientProcesses.start(CLIENT_PROCESSES);
    const subscriberProcesses = clients;
    const measure = () => gateway.ask<GatewayMeasurement>("measure");

    const token = (role: UserRole, subject: string) =>
      mintToken({ secret: system.config.JWT_SECRET, issuer: system.config.JWT_ISSUER, role, subject });
    const customer = await token("customer", DEMO_CUSTOMER_IDS.hiraKhan);
    const chatId = (await post(url, START_CHAT, { input: { type: "WEB" } }, customer)).startChat.id as string;
    let sent = 0;
    /** Sends messages `fanout <n>` concurrently; resolves with the time (epoch ms) just before the first left. */
    const sendMessages = async (count: number): Promise<{ start: number; indexes: number[] }> => {
      const indexes = Array.from({ length: count }, () => sent++);
      const start = now();
      await Promise.all(
        indexes.map((index) => post(url, SEND, { input: { chatId, body: `fanout ${index}` } }, customer)),
      );
      return { start, indexes };
    };
    const deliveredToAll = async (indexes: number[], followers: number) =>
      (await subscriberProcesses.delivered(indexes)).every((n) => n === followers);
    const follower = async (): Promise<Subscriber> => ({
      token: await token(Math.random() < 0.5 ? "supervisor" : "admin", randomUUID()),
      query: CHAT_EVENTS,
      variables: { chatId },
      timed: true,
    });
    const dashboard = async (i: number): Promise<Subscriber> => ({
      token: await token((["agent", "supervisor", "admin"] as const)[i % 3], randomUUID()),
      query: DASHBOARD,
      variables: {},
      timed: false,
    });

    progress("warm-up: 50 followers, one message, then they leave");
    const warmUp = await Promise.all(Array.from({ length: 50 }, follower));
    await subscriberProcesses.open(wsUrl, warmUp, 50);
    await waitFor(async () => (await measure()).subscriptions.members === 50, "warm-up subscribers");
    const warmMessage = await sendMessages(1);
    await waitFor(() => deliveredToAll(warmMessage.indexes, 50), "warm-up message");
    await subscriberProcesses.close();
    await waitFor(async () => (await measure()).subscriptions.members === 0, "warm-up subscribers leaving");
    await sleep(1000);
    const baseline = await measure();
    const loadBefore = machineLoad(1);
    const speedBefore = machineSpeedMs();

    progress(
      `connecting ${FOLLOWERS} chat followers and ${DASHBOARDS} dashboards, one socket each, every one a different person`,
    );
    const population = [
      ...(await Promise.all(Array.from({ length: FOLLOWERS }, follower))),
      ...(await Promise.all(Array.from({ length: DASHBOARDS }, (_, i) => dashboard(i)))),
    ];
    const connectStart = now();
    await subscriberProcesses.open(wsUrl, population, CONNECT_BATCH);
    await waitFor(
      async () => (await measure()).subscriptions.members === subscribers,
      "every subscription open in the gateway",
    );
    const connectSeconds = (now() - connectStart) / 1000;
    progress(`connected in ${connectSeconds.toFixed(1)} s; idle 3 s, then measuring the gateway`);
    await sleep(3000);
    const idle = await measure();
    const perSubscriber = (field: "heapUsed" | "rss") =>
      (idle.memory[field] - baseline.memory[field]) / subscribers / KB;
    progress(
      `gateway heap ${perSubscriber("heapUsed").toFixed(1)} KB, RSS ${perSubscriber("rss").toFixed(1)} KB per idle subscriber`,
    );

    const timesOf = (sending: { start: number; indexes: number[] }) => subscriberProcesses.arrivals(sending.indexes);
    progress("one message to the room");
    // As before the burst: the measurement's forced collections (and V8's sweeping after them)
    // are over before the message leaves.
    await sleep(1000);
    const single = await sendMessages(1);
    await waitFor(() => deliveredToAll(single.indexes, FOLLOWERS), `message to all ${FOLLOWERS} followers`);
    const singleArrivals = await timesOf(single);
    const singleTimes = singleArrivals.map((at) => at - single.start).sort((a, b) => a - b);
    // The collections while that message was on its way: a slow run is told from a stalled one.
    const singleWindow = { from: single.start, to: single.start + singleTimes.at(-1)! };
    const singlePauses = {
      subgraphs: ownGcPauses.between(singleWindow.from, singleWindow.to),
      gateway: await gateway.ask<GcPause[]>({ gcPauses: singleWindow } satisfies GcPausesRequest),
      clients: await subscriberProcesses.gcPauses(singleWindow),
    };
    progress(
      `one message: p50 ${percentile(singleTimes, 50).toFixed(1)} ms, p99 ${percentile(singleTimes, 99).toFixed(1)} ms`,
    );

    progress(`a burst of ${BURST} messages`);
    await sleep(1000);
    const burst = await sendMessages(BURST);
    await waitFor(() => deliveredToAll(burst.indexes, FOLLOWERS), `burst to all ${FOLLOWERS} followers`);
    const burstArrivals = await timesOf(burst);
    // Loops, not Math.max(...): hundreds of thousands of arguments overflow the stack.
    const burstEnd = burstArrivals.reduce((latest, at) => (at > latest ? at : latest), -Infinity);
    const burstFirst = burstArrivals.reduce((earliest, at) => (at < earliest ? at : earliest), Infinity);
    const burstDeliveries = burstArrivals.length;
    const burstTimes = burstArrivals.map((at) => at - burst.start).sort((a, b) => a - b);
    progress(`burst: ${burstDeliveries} deliveries in ${(burstEnd - burst.start).toFixed(0)} ms`);
    const during = await measure();
    const loadAfter = machineLoad(1);
    const speedAfter = machineSpeedMs();

    progress("everyone leaves");
    const leaveStart = now();
    const report = await subscriberProcesses.close();
    await waitFor(
      async () => (await measure()).subscriptions.members === 0,
      "every subscription closed in the gateway",
    );
    const leaveSeconds = (now() - leaveStart) / 1000;
    await sleep(2000);
    const after = await measure();
    if (report.failures.length)
      throw new Error(`${report.failures.length} subscribers failed, e.g. ${report.failures.slice(0, 3).join("; ")}`);
    progress(`the machine's floor: one frame from one process to each of ${FOLLOWERS} loopback sockets, no GraphQL`);
    const floor = await measureSocketFloor(FOLLOWERS);
    const floorRounds = (pick: (round: SocketFloor["rounds"][number]) => number) =>
      floor.rounds.map((round) => pick(round).toFixed(0)).join(" / ");

    const mb = (bytes: number) => (bytes / MB).toFixed(1);
    const ms = (value: number) => value.toFixed(1);
    const upstream = (m: GatewayMeasurement) =>
      Object.entries(m.upstreamSockets)
        .map(([name, count]) => `${name} ${count}`)
        .join(", ") || "none";
    const body = [
      `${FOLLOWERS.toLocaleString("en")} staff screens follow one chat room (\`chatEvents\`; supervisors and admins, each a different person) and ${DASHBOARDS.toLocaleString("en")} dashboards follow \`liveSupportStatus\` (agents, supervisors, admins, each a different person), every subscriber on its own graphql-ws socket to one gateway. The gateway runs (with the image's Node flags) as ${GATEWAY_PROCESSES === 1 ? "one process" : `${GATEWAY_PROCESSES} worker processes sharing its port (\`GATEWAY_WORKERS=${GATEWAY_PROCESSES}\`; each holds its own share of the sockets and its own upstream connections)`} (\`--expose-gc\`, memory read after a full collection and summed over its processes); the subscribers are dealt over ${CLIENT_PROCESSES} process${CLIENT_PROCESSES === 1 ? "" : "es"} of their own; the subgraphs (${system.db.kind}, Redis bus) run with the benchmark, whose chat customer sends the messages through the gateway over HTTP. Times run from just before the \`sendChatMessage\` request leaves to each subscriber's arrival, so they include the mutation, the bus, the chat subgraph, the gateway, and the client processes reading ${subscribers.toLocaleString("en")} sockets. After a warm-up of 50 followers and one message. Per-caller and per-address caps (docs/security.md) stay on, \`MAX_SOCKETS_PER_ADDRESS\` raised to ${(subscribers + 100).toLocaleString("en")} since every subscriber comes from 127.0.0.1.`,
      "",
      "| measure | value | target |",
      "| --- | ---: | --- |",
      `| one message → all ${FOLLOWERS.toLocaleString("en")} followers: p50 / p99 / last, per delivery | ${ms(percentile(singleTimes, 50))} / ${ms(percentile(singleTimes, 99))} / ${ms(singleTimes.at(-1)!)} ms | p99 < 100 ms |`,
      `| same message: its first arrival to its last (the spread of the fan-out itself) | ${ms(singleTimes.at(-1)! - singleTimes[0])} ms | |`,
      `| same message: its first arrival, after the send | ${ms(singleTimes[0])} ms | |`,
      `| same message: garbage collection meanwhile in the subgraphs' process; the gateway; the client processes | ${describePauses(singlePauses.subgraphs)}; ${describePauses(singlePauses.gateway)}; ${describePauses(singlePauses.clients)} | |`,
      `| the machine's floor, no GraphQL: one ${floor.frameBytes}-byte frame written by one process to each of ${FOLLOWERS.toLocaleString("en")} loopback sockets read by another, last arrival (${floor.rounds.length} rounds; the write loop alone) | ${floorRounds((r) => r.lastArrivalMs)} ms (${floorRounds((r) => r.writeLoopMs)} ms) | |`,
      `| burst of ${BURST} messages sent at once (${burstDeliveries.toLocaleString("en")} deliveries): deliveries/s from the first send to the last arrival | ${Math.round(burstDeliveries / ((burstEnd - burst.start) / 1000)).toLocaleString("en")} | ≥ 50,000 |`,
      `| same burst, from its first arrival to its last | ${Math.round(burstDeliveries / ((burstEnd - burstFirst) / 1000)).toLocaleString("en")} | |`,
      `| burst: p50 / p99 per delivery | ${ms(percentile(burstTimes, 50))} / ${ms(percentile(burstTimes, 99))} ms | |`,
      `| gateway memory per idle subscriber: heap / RSS | ${perSubscriber("heapUsed").toFixed(1)} / ${perSubscriber("rss").toFixed(1)} KB | ≤ 8 KB |`,
      `| gateway heap: before / with ${subscribers.toLocaleString("en")} idle / after all left | ${mb(baseline.memory.heapUsed)} / ${mb(idle.memory.heapUsed)} / ${mb(after.memory.heapUsed)} MB | back to baseline |`,
      `| gateway RSS: before / with ${subscribers.toLocaleString("en")} idle / after all left | ${mb(baseline.memory.rss)} / ${mb(idle.memory.rss)} / ${mb(after.memory.rss)} MB | |`,
      `| subscriptions in the gateway / upstream subscriptions (groups), while open | ${idle.subscriptions.members.toLocaleString("en")} / ${idle.subscriptions.groups} | |`,
      `| upstream sockets: while open; after the burst; after all left | ${upstream(idle)}; ${upstream(during)}; ${upstream(after)} | one per subgraph per gateway process |`,
      `| dashboard events received (\`liveSupportStatus\` sends on change, at most every few seconds) | ${report.untimedEvents.toLocaleString("en")} | |`,
      `| connecting all subscribers (${CONNECT_BATCH} at a time) / all leaving | ${connectSeconds.toFixed(1)} s / ${leaveSeconds.toFixed(1)} s | |`,
      "",
      `Load average (1 / 5 / 15 min) before the subscribers connected: ${loadBefore}; after the burst: ${loadAfter} (${os.cpus().length} cores, shared with other work); machine speed (a fixed single-thread loop, lower is faster) ${speedBefore} ms before, ${speedAfter} ms after. \`BENCH_FANOUT_FOLLOWERS\`, \`BENCH_FANOUT_DASHBOARDS\` and \`BENCH_FANOUT_BURST\` change the population and the burst; \`BENCH_FANOUT_GATEWAY_PROCESSES\` and \`BENCH_FANOUT_CLIENT_PROCESSES\` the processes.`,
    ].join("\n");
    writeBenchmarkSection(
      "Live fan-out: 10,000 subscribers on one gateway",
      body,
      "DATABASE_URL=postgresql://… REDIS_URL=redis://… npm run bench -- fanout --write",
    );
  } finally {
    progress("stopping clients, gateway and subgraphs");
    await clients?.stop();
    await gatewayChild?.stop("stop");
    await system.close();
  }
}
