/**
 * `npm run bench -- fanout`: live fan-out through the gateway. The subgraphs run in this process
 * (on DATABASE_URL's server when set), the gateway alone in a child process (fanout-gateway.ts,
 * so its memory is its own), and BENCH_FANOUT_FOLLOWERS staff screens following one chat room
 * (supervisors and admins, every one a different person) plus BENCH_FANOUT_DASHBOARDS
 * `liveSupportStatus` dashboards (agents, supervisors, admins) connect here, each on its own
 * graphql-ws socket. Measured: the time from sending one chat message to its arrival on every
 * screen, deliveries per second under a burst of messages, the gateway's memory per idle
 * subscriber and after they all leave, and its upstream sockets.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { SUBGRAPH_NAMES } from "../../subgraphs/common/config.js";
import { mintToken, type UserRole } from "../../subgraphs/common/identity.js";
import { projectPath } from "../../subgraphs/common/paths.js";
import { startTestSystem, type TestSystem } from "../../test/harness.js";
import { freePort } from "../free-port.js";
import { DEMO_CUSTOMER_IDS } from "../seed-data/index.js";
import type { GatewayMeasurement } from "./fanout-gateway.js";
import { percentile, progress, writeBenchmarkSection } from "./report.js";

const FOLLOWERS = Number(process.env.BENCH_FANOUT_FOLLOWERS ?? 10_000);
const DASHBOARDS = Number(process.env.BENCH_FANOUT_DASHBOARDS ?? 2_000);
const BURST = Number(process.env.BENCH_FANOUT_BURST ?? 20);
/** Sockets opened at once while connecting the subscribers. */
const CONNECT_BATCH = 250;
const DELIVERY_TIMEOUT_MS = 120_000;

const CHAT_EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { id body senderKind cursor } } ... on ChatStatusEvent { status } } }`;
const DASHBOARD = `subscription { liveSupportStatus { ticketsInQueue chatsWaiting activeChats agentsOnline averageWaitSeconds longestWaitSeconds } }`;
const START_CHAT = `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;

/** The gateway child and its IPC answers, one at a time. */
class GatewayProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly wsUrl: string,
  ) {}

  static async start(env: Record<string, string | undefined>): Promise<GatewayProcess> {
    const child = fork(projectPath("scripts/bench/fanout-gateway.ts"), [], { cwd: projectPath("."), env, execArgv: ["--expose-gc", "--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    const ready = await new Promise<{ url: string; wsUrl: string }>((resolve, reject) => {
      child.once("message", (message) => resolve(message as { url: string; wsUrl: string }));
      child.once("exit", (code) => reject(new Error(`the gateway exited with ${code} before it was ready`)));
    });
    return new GatewayProcess(child, ready.url, ready.wsUrl);
  }

  measure(): Promise<GatewayMeasurement> {
    return new Promise((resolve) => {
      this.child.once("message", (message) => resolve(message as GatewayMeasurement));
      this.child.send("measure");
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.send("stop");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}

/** One subscriber: a graphql-transport-ws socket with one subscription, `onNext` for each event (raw JSON, arrival time). */
function openSubscriber(wsUrl: string, token: string, query: string, variables: Record<string, unknown>, onNext: (data: string, at: number) => void, onFailure: (why: string) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    let subscribed = false;
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (raw) => {
      const at = performance.now();
      const data = raw.toString();
      if (data.startsWith('{"id":"1","type":"next"')) return onNext(data, at);
      const message = JSON.parse(data) as { type: string; payload?: unknown };
      if (message.type === "next") onNext(data, at);
      else if (message.type === "connection_ack") {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } }));
        subscribed = true;
        resolve(socket);
      } else if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
      else if (message.type === "error" || message.type === "complete") onFailure(`${message.type}: ${JSON.stringify(message.payload ?? null).slice(0, 300)}`);
    });
    socket.on("error", (error) => (subscribed ? onFailure(error.message) : reject(error)));
    socket.on("close", (code) => {
      if (!subscribed) reject(new Error(`closed ${code} before the subscription opened`));
      else if (code !== 1000 && code !== 1005) onFailure(`closed ${code}`);
    });
  });
}

async function post(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const KB = 1024;
const MB = 1024 * 1024;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ");

export async function runFanoutBenchmark(): Promise<void> {
  progress("starting the subgraphs in this process");
  const secrets = { JWT_SECRET: randomBytes(32).toString("hex"), INTERNAL_SECRET: randomBytes(32).toString("hex") };
  const system: TestSystem = await startTestSystem({ withoutGateway: true, env: { LOG_LEVEL: "error", CHAT_OPERATING_HOURS: "24/7", ...secrets } });
  let gateway: GatewayProcess | null = null;
  const sockets: WebSocket[] = [];
  try {
    const urls: Record<string, string> = {};
    for (const name of SUBGRAPH_NAMES) urls[`${name.toUpperCase()}_URL`] = system.subgraphs[name]!.url;
    const subscribers = FOLLOWERS + DASHBOARDS;
    progress("starting the gateway in its own process");
    gateway = await GatewayProcess.start({
      ...process.env,
      ...urls,
      JWT_SECRET: system.config.JWT_SECRET,
      JWT_ISSUER: system.config.JWT_ISSUER,
      INTERNAL_SECRET: system.config.INTERNAL_SECRET,
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      CORS_ORIGINS: "http://localhost",
      GATEWAY_PORT: String(await freePort()),
      // The benchmark's subscribers all come from 127.0.0.1: the per-address caps of docs/security.md are raised for it, not removed.
      MAX_SOCKETS_PER_ADDRESS: String(subscribers + 100),
      RATE_LIMIT_PER_MINUTE: "1000000",
    });
    const gw = gateway;
    const token = (role: UserRole, subject: string) => mintToken({ secret: system.config.JWT_SECRET, issuer: system.config.JWT_ISSUER, role, subject });
    const customer = await token("customer", DEMO_CUSTOMER_IDS.hiraKhan);
    const chatId = (await post(gw.url, START_CHAT, { input: { type: "WEB" } }, customer)).startChat.id as string;

    /** Arrival times of message `index` (its body is `fanout <index>`), one per follower. */
    const arrivals = new Map<number, number[]>();
    const failures: string[] = [];
    let dashboardEvents = 0;
    const onChatEvent = (data: string, at: number) => {
      const body = /"body":"fanout (\d+)"/.exec(data);
      if (!body) return;
      const index = Number(body[1]);
      let list = arrivals.get(index);
      if (!list) arrivals.set(index, (list = []));
      list.push(at);
    };
    const onFailure = (why: string) => failures.push(why);
    let sent = 0;
    /** Sends messages `fanout <n>` concurrently; resolves with the time just before the first left. */
    const sendMessages = async (count: number): Promise<{ start: number; indexes: number[] }> => {
      const indexes = Array.from({ length: count }, () => sent++);
      const start = performance.now();
      await Promise.all(indexes.map((index) => post(gw.url, SEND, { input: { chatId, body: `fanout ${index}` } }, customer)));
      return { start, indexes };
    };
    const delivered = (index: number) => arrivals.get(index)?.length ?? 0;

    progress("warm-up: 50 followers, one message, then they leave");
    const warm: WebSocket[] = [];
    for (let i = 0; i < 50; i++) warm.push(await openSubscriber(gw.wsUrl, await token("supervisor", randomUUID()), CHAT_EVENTS, { chatId }, onChatEvent, onFailure));
    await waitFor(async () => (await gw.measure()).subscriptions.members === 50, "warm-up subscribers");
    const warmMessage = await sendMessages(1);
    await waitFor(() => delivered(warmMessage.indexes[0]) === 50, "warm-up message");
    warm.forEach((socket) => socket.close(1000));
    await waitFor(async () => (await gw.measure()).subscriptions.members === 0, "warm-up subscribers leaving");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const baseline = await gw.measure();
    const loadBefore = load();

    progress(`connecting ${FOLLOWERS} chat followers and ${DASHBOARDS} dashboards, one socket each, every one a different person`);
    const tokens = await Promise.all(
      Array.from({ length: subscribers }, (_, i) => (i < FOLLOWERS ? token(i % 2 ? "supervisor" : "admin", randomUUID()) : token((["agent", "supervisor", "admin"] as const)[i % 3], randomUUID()))),
    );
    const connectStart = performance.now();
    for (let i = 0; i < subscribers; i += CONNECT_BATCH) {
      const batch = tokens.slice(i, Math.min(subscribers, i + CONNECT_BATCH)).map((t, j) =>
        i + j < FOLLOWERS ? openSubscriber(gw.wsUrl, t, CHAT_EVENTS, { chatId }, onChatEvent, onFailure) : openSubscriber(gw.wsUrl, t, DASHBOARD, {}, () => void dashboardEvents++, onFailure),
      );
      sockets.push(...(await Promise.all(batch)));
    }
    await waitFor(async () => (await gw.measure()).subscriptions.members === subscribers, "every subscription open in the gateway");
    const connectSeconds = (performance.now() - connectStart) / 1000;
    progress(`connected in ${connectSeconds.toFixed(1)} s; idle 3 s, then measuring the gateway`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idle = await gw.measure();
    progress(`gateway heap ${((idle.memory.heapUsed - baseline.memory.heapUsed) / subscribers / KB).toFixed(1)} KB, RSS ${((idle.memory.rss - baseline.memory.rss) / subscribers / KB).toFixed(1)} KB per idle subscriber`);

    progress("one message to the room");
    const single = await sendMessages(1);
    await waitFor(() => delivered(single.indexes[0]) === FOLLOWERS, `message to all ${FOLLOWERS} followers`);
    const singleTimes = arrivals.get(single.indexes[0])!.map((at) => at - single.start).sort((a, b) => a - b);
    progress(`one message: p50 ${percentile(singleTimes, 50).toFixed(1)} ms, p99 ${percentile(singleTimes, 99).toFixed(1)} ms`);

    progress(`a burst of ${BURST} messages`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const burst = await sendMessages(BURST);
    await waitFor(() => burst.indexes.every((index) => delivered(index) === FOLLOWERS), `burst to all ${FOLLOWERS} followers`);
    const burstArrivals = burst.indexes.flatMap((index) => arrivals.get(index)!);
    // A loop, not Math.max(...): hundreds of thousands of arguments overflow the stack.
    const burstEnd = burstArrivals.reduce((latest, at) => (at > latest ? at : latest), -Infinity);
    const burstFirst = burstArrivals.reduce((earliest, at) => (at < earliest ? at : earliest), Infinity);
    const burstDeliveries = burstArrivals.length;
    const burstTimes = burstArrivals.map((at) => at - burst.start).sort((a, b) => a - b);
    progress(`burst: ${burstDeliveries} deliveries in ${(burstEnd - burst.start).toFixed(0)} ms`);
    const during = await gw.measure();
    const loadAfter = load();

    progress("everyone leaves");
    const leaveStart = performance.now();
    sockets.splice(0).forEach((socket) => socket.close(1000));
    await waitFor(async () => (await gw.measure()).subscriptions.members === 0, "every subscription closed in the gateway");
    const leaveSeconds = (performance.now() - leaveStart) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await gw.measure();
    if (failures.length) throw new Error(`${failures.length} subscribers failed, e.g. ${failures.slice(0, 3).join("; ")}`);

    const perSubscriber = (field: "heapUsed" | "rss") => (idle.memory[field] - baseline.memory[field]) / subscribers / KB;
    const mb = (bytes: number) => (bytes / MB).toFixed(1);
    const ms = (value: number) => value.toFixed(1);
    const sockets_ = (m: GatewayMeasurement) => Object.entries(m.upstreamSockets).map(([name, count]) => `${name} ${count}`).join(", ") || "none";
    const body = [
      `${FOLLOWERS.toLocaleString("en")} staff screens follow one chat room (\`chatEvents\`; supervisors and admins, each a different person) and ${DASHBOARDS.toLocaleString("en")} dashboards follow \`liveSupportStatus\` (agents, supervisors, admins), each subscriber on its own graphql-ws socket to one gateway. The gateway runs alone in its own process (\`--expose-gc\`, memory read after a full collection); the subgraphs (${system.db.kind}, Redis bus) and every client run in the benchmark process; the chat's customer sends the messages through the gateway over HTTP. Times run from just before the \`sendChatMessage\` request leaves to each client's arrival, so they include the mutation, the bus, the chat subgraph, the gateway and the client process reading ${(FOLLOWERS + DASHBOARDS).toLocaleString("en")} sockets. After a warm-up of 50 followers and one message. Per-caller and per-address caps (docs/security.md) stay on, \`MAX_SOCKETS_PER_ADDRESS\` raised to ${(subscribers + 100).toLocaleString("en")} since every client comes from 127.0.0.1.`,
      "",
      "| measure | value | target |",
      "| --- | ---: | --- |",
      `| one message → all ${FOLLOWERS.toLocaleString("en")} followers: p50 / p99 / last per delivery | ${ms(percentile(singleTimes, 50))} / ${ms(percentile(singleTimes, 99))} / ${ms(singleTimes.at(-1)!)} ms | p99 < 100 ms |`,
      `| burst of ${BURST} messages (${burstDeliveries.toLocaleString("en")} deliveries): deliveries/s, from the first send to the last arrival | ${Math.round(burstDeliveries / ((burstEnd - burst.start) / 1000)).toLocaleString("en")} | ≥ 50,000 |`,
      `| same burst, from the first arrival to the last | ${Math.round(burstDeliveries / ((burstEnd - burstFirst) / 1000)).toLocaleString("en")} | |`,
      `| burst: p50 / p99 per delivery | ${ms(percentile(burstTimes, 50))} / ${ms(percentile(burstTimes, 99))} ms | |`,
      `| gateway memory per idle subscriber: heap / RSS | ${perSubscriber("heapUsed").toFixed(1)} / ${perSubscriber("rss").toFixed(1)} KB | ≤ 8 KB |`,
      `| gateway heap / RSS: before, with ${subscribers.toLocaleString("en")} idle, after all left | ${mb(baseline.memory.heapUsed)} / ${mb(idle.memory.heapUsed)} / ${mb(after.memory.heapUsed)} MB heap; ${mb(baseline.memory.rss)} / ${mb(idle.memory.rss)} / ${mb(after.memory.rss)} MB RSS | back to baseline |`,
      `| subscriptions in the gateway / upstream groups, while open | ${idle.subscriptions.members.toLocaleString("en")} / ${idle.subscriptions.groups} | |`,
      `| upstream sockets: while open; during the burst; after all left | ${sockets_(idle)}; ${sockets_(during)}; ${sockets_(after)} | one per subgraph |`,
      `| dashboard events received (liveSupportStatus sends on change, at most every few seconds) | ${dashboardEvents.toLocaleString("en")} | |`,
      `| connecting all subscribers (${CONNECT_BATCH} at a time) / all leaving | ${connectSeconds.toFixed(1)} s / ${leaveSeconds.toFixed(1)} s | |`,
      "",
      `Load average (1 / 5 / 15 min) before the subscribers connected: ${loadBefore}; after the burst: ${loadAfter} (${os.cpus().length} cores, shared). \`BENCH_FANOUT_FOLLOWERS\`, \`BENCH_FANOUT_DASHBOARDS\`, \`BENCH_FANOUT_BURST\` change the population and the burst.`,
    ].join("\n");
    writeBenchmarkSection("Live fan-out: 10,000 subscribers on one gateway", body, "DATABASE_URL=postgresql://… REDIS_URL=redis://… npm run bench -- fanout --write");
  } finally {
    progress("stopping clients, gateway and subgraphs");
    sockets.forEach((socket) => socket.terminate());
    await gateway?.stop();
    await system.close();
  }
}
