/**
 * The reading side of socket-floor.ts, in a process of its own: connects `count` sockets to
 * `port`, says "connected", then for each { since } it is sent waits until every socket has
 * received a frame and answers with the arrival times (ms after `since`, epoch-based).
 */
import net from "node:net";
import { performance } from "node:perf_hooks";

export interface FloorArrivals {
  lastMs: number;
  p99Ms: number;
}

const [port, count] = process.argv.slice(2).map(Number);
if (!process.send || !port || !count) throw new Error("socket-floor-reader.ts runs as socket-floor.ts's child");

let arrivals: number[] = [];
const sockets: net.Socket[] = [];
const onData = () => arrivals.push(performance.timeOrigin + performance.now());

for (let opened = 0; opened < count; opened += 250) {
  await Promise.all(
    Array.from(
      { length: Math.min(250, count - opened) },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = net.connect(port, "127.0.0.1", () => resolve());
          socket.once("error", reject);
          socket.on("data", onData);
          sockets.push(socket);
        }),
    ),
  );
}
process.send("connected");

async function answer(since: number): Promise<void> {
  while (arrivals.length < count) await new Promise((resolve) => setTimeout(resolve, 2));
  const times = arrivals.map((at) => at - since).sort((a, b) => a - b);
  arrivals = [];
  process.send!({
    lastMs: times[times.length - 1],
    p99Ms: times[Math.min(times.length - 1, Math.floor(0.99 * times.length))],
  } satisfies FloorArrivals);
}

process.on("message", (message: { since: number }) => void answer(message.since));
