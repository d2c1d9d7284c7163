/**
 * The machine's floor for a fan-out, without GraphQL: one process writes one small frame to each
 * of `sockets` loopback TCP sockets, which another process (socket-floor-reader.ts) reads. Each
 * write is a system call that also runs the receiver's TCP path, so this is the least time any
 * single-process server needs to put one message on that many sockets here. The fan-out benchmark
 * reports it beside the gateway's figures.
 */
import { fork } from "node:child_process";
import net from "node:net";
import { performance } from "node:perf_hooks";
import { projectPath } from "../../shared/paths.js";
import type { FloorArrivals } from "./socket-floor-reader.js";

export interface SocketFloor {
  sockets: number;
  frameBytes: number;
  /** One figure per round: from the first write to the last arrival, and the writing loop alone. */
  rounds: { lastArrivalMs: number; p99ArrivalMs: number; writeLoopMs: number }[];
}

/** A WebSocket text frame of about the size of a chat event's `next` message (unmasked, server to client). */
function frame(bytes: number): Buffer {
  const payload = Buffer.alloc(bytes - 4, "x");
  return Buffer.concat([Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff]), payload]);
}

export async function measureSocketFloor(sockets: number, rounds = 3, frameBytes = 304): Promise<SocketFloor> {
  const accepted: net.Socket[] = [];
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    accepted.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const reader = fork(projectPath("scripts/bench/socket-floor-reader.ts"), [String(port), String(sockets)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const nextMessage = <T>() =>
    new Promise<T>((resolve, reject) => {
      reader.once("message", (message) => resolve(message as T));
      reader.once("exit", (code) => reject(new Error(`the socket reader exited (${code})`)));
    });
  try {
    await nextMessage<"connected">();
    while (accepted.length < sockets) await new Promise((resolve) => setTimeout(resolve, 20));
    const bytes = frame(frameBytes);
    const result: SocketFloor = { sockets, frameBytes, rounds: [] };
    for (let round = 0; round < rounds; round++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.timeOrigin + performance.now();
      const arrivals = nextMessage<FloorArrivals>();
      reader.send({ since: started });
      for (const socket of accepted) socket.write(bytes);
      const writeLoopMs = performance.timeOrigin + performance.now() - started;
      const { lastMs, p99Ms } = await arrivals;
      result.rounds.push({ lastArrivalMs: lastMs, p99ArrivalMs: p99Ms, writeLoopMs });
    }
    return result;
  } finally {
    reader.kill();
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}
