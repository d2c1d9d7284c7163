/**
 * The subscribers of `npm run bench -- fanout`, in a process of their own: neither the gateway
 * nor the subgraphs share a CPU queue with thousands of client sockets. Each subscriber is one
 * graphql-transport-ws socket with one subscription. Over IPC (one request at a time, each
 * answered by one message): "open" connects them, "delivered" counts the arrivals of chat
 * messages, "arrivals" gives their times (epoch ms, sub-millisecond), "gcPauses" this process's
 * garbage collections between two instants, "close" disconnects all.
 */
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { watchGcPauses } from "./gc-pauses.js";

export interface Subscriber {
  token: string;
  query: string;
  variables: Record<string, unknown>;
  /** Followers' chat messages are timed (bodies `fanout <index>`); the others' events only counted. */
  timed: boolean;
}

export type ClientsRequest =
  | { type: "open"; wsUrl: string; subscribers: Subscriber[]; batch: number }
  | { type: "delivered"; indexes: number[] }
  | { type: "arrivals"; indexes: number[] }
  | { type: "gcPauses"; from: number; to: number }
  | { type: "close" };

export interface ClientsReport {
  failures: string[];
  untimedEvents: number;
}

const now = () => performance.timeOrigin + performance.now();
const gcPauses = watchGcPauses();
const sockets: WebSocket[] = [];
/** Arrival times of message `index`, one per follower. */
const arrivals = new Map<number, number[]>();
const failures: string[] = [];
let untimedEvents = 0;

function onTimed(data: string, at: number) {
  const body = /"body":"fanout (\d+)"/.exec(data);
  if (!body) return;
  const index = Number(body[1]);
  let list = arrivals.get(index);
  if (!list) arrivals.set(index, (list = []));
  list.push(at);
}

function open(wsUrl: string, subscriber: Subscriber): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    let subscribed = false;
    const fail = (why: string) => failures.push(why);
    socket.on("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${subscriber.token}` } }),
      ),
    );
    socket.on("message", (raw) => {
      const at = now();
      const data = raw.toString();
      const message = JSON.parse(data) as { type: string; payload?: unknown };
      if (message.type === "next") {
        if (subscriber.timed) onTimed(data, at);
        else untimedEvents++;
      } else if (message.type === "connection_ack") {
        socket.send(
          JSON.stringify({
            id: "1",
            type: "subscribe",
            payload: { query: subscriber.query, variables: subscriber.variables },
          }),
        );
        subscribed = true;
        resolve(socket);
      } else if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
      else if (message.type === "error" || message.type === "complete")
        fail(`${message.type}: ${JSON.stringify(message.payload ?? null).slice(0, 300)}`);
    });
    socket.on("error", (error) => (subscribed ? fail(error.message) : reject(error)));
    socket.on("close", (code) => {
      if (!subscribed) reject(new Error(`closed ${code} before the subscription opened`));
      else if (code !== 1000 && code !== 1005) fail(`closed ${code}`);
    });
  });
}

async function handle(request: ClientsRequest): Promise<unknown> {
  switch (request.type) {
    case "open":
      for (let i = 0; i < request.subscribers.length; i += request.batch) {
        sockets.push(
          ...(await Promise.all(request.subscribers.slice(i, i + request.batch).map((s) => open(request.wsUrl, s)))),
        );
      }
      return sockets.length;
    case "delivered":
      return request.indexes.map((index) => arrivals.get(index)?.length ?? 0);
    case "arrivals":
      return request.indexes.map((index) => arrivals.get(index) ?? []);
    case "gcPauses":
      return gcPauses.between(request.from, request.to);
    case "close":
      sockets.splice(0).forEach((socket) => socket.close(1000));
      return { failures, untimedEvents } satisfies ClientsReport;
  }
}

if (!process.send) throw new Error("fanout-clients.ts runs as the benchmark's child, with an IPC channel");
process.on("message", (request: ClientsRequest) => {
  handle(request).then(
    (result) => process.send!({ result }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
process.send({ result: "ready" });
// An orderly exit on the benchmark's SIGTERM, so `--cpu-prof` (BENCH_CPU_PROF) writes its profile.
process.on("SIGTERM", () => process.exit(0));
