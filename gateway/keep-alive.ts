/**
 * Keep-alive for the gateway's sockets: every open socket is pinged once per interval and
 * terminated when it has not answered the previous ping by the next visit (and within half an
 * interval at least).
 *
 * The pings go out in slices spread over the interval, not all in one tick: with 12,000 sockets
 * a single round was 12,000 socket writes and then 12,000 pongs to read, a few hundred
 * milliseconds in which an event for the subscribers waited its turn — every 12 seconds, the
 * slow fan-out runs of docs/performance.md ("Keep-alive in slices"). Each socket keeps its place
 * in the rounds, so it is still checked one interval after its ping.
 */

/** What keep-alive needs of a socket (ws's WebSocket). */
export interface PingableSocket {
  readonly readyState: number;
  readonly OPEN: number;
  ping(): void;
  terminate(): void;
}

/** Slices per interval: a socket's pong has one interval, its ping at most one slice of delay. */
export const KEEP_ALIVE_SLICES = 20;

/**
 * Pings `sockets` (a live set: sockets join and leave) every `intervalMs`, a slice at a time.
 * Call `settled(socket)` on each pong and when a socket closes: its ping is no longer awaited.
 */
export function keepSocketsAlive<Socket extends PingableSocket>(
  sockets: Set<Socket>,
  intervalMs: number,
): { settled(socket: Socket): void; stop(): void } {
  /** Sockets pinged that have not answered yet, and when (ms). */
  const awaitingPong = new Map<Socket, number>();
  /**
   * How long a ping may go unanswered. A socket is visited once a round, but its place in the
   * round moves up when sockets before it leave, so the next visit can come sooner than a whole
   * interval: half of one is still ages for a pong.
   */
  const patienceMs = intervalMs / 2;
  let tick = 0;
  /** The round in progress (a live iterator over the set), and how many to visit per slice. */
  let round: Iterator<Socket> | null = null;
  let perSlice = 0;

  const visit = (socket: Socket, now: number) => {
    if (socket.readyState !== socket.OPEN) return;
    const pingedAt = awaitingPong.get(socket);
    if (pingedAt !== undefined) {
      if (now - pingedAt < patienceMs) return;
      awaitingPong.delete(socket);
      socket.terminate();
      return;
    }
    awaitingPong.set(socket, now);
    socket.ping();
  };

  const slice = () => {
    const index = tick++ % KEEP_ALIVE_SLICES;
    if (index === 0) {
      round = sockets.values();
      perSlice = Math.ceil(sockets.size / KEEP_ALIVE_SLICES);
    }
    const iterator = round;
    if (!iterator) return;
    const now = Date.now();
    // The last slice finishes the round, whoever joined since it began.
    const quota = index === KEEP_ALIVE_SLICES - 1 ? Infinity : perSlice;
    for (let done = 0; done < quota; done++) {
      const next = iterator.next();
      if (next.done) {
        round = null;
        return;
      }
      visit(next.value, now);
    }
  };
  const timer = setInterval(slice, Math.max(1, Math.floor(intervalMs / KEEP_ALIVE_SLICES)));
  timer.unref();

  return {
    settled: (socket) => void awaitingPong.delete(socket),
    stop: () => clearInterval(timer),
  };
}
