/**
 * A TCP port free on 127.0.0.1 right now, for a process the caller is about to start on it.
 *
 * The port is taken below the kernel's ephemeral range when it can be: a port from that range (what
 * `listen(0)` hands out) can be given to any outgoing connection or `listen(0)` in the meantime,
 * and a process that takes seconds to start (a router loading its modules while the other test
 * files connect to their databases) then finds it in use. Below the range only another explicit
 * choice can take it.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";

/** The lowest port chosen outside the ephemeral range (above the well-known and service ports). */
const LOWEST = 10_000;

export async function freePort(): Promise<number> {
  const ephemeralStart = await ephemeralRangeStart();
  if (ephemeralStart !== null && ephemeralStart > LOWEST) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = LOWEST + Math.floor(Math.random() * (ephemeralStart - LOWEST));
      if ((await listenOnce(port)) !== null) return port;
    }
  }
  const port = await listenOnce(0);
  if (port === null) throw new Error("no free TCP port on 127.0.0.1");
  return port;
}

/** The first port of the kernel's ephemeral range (Linux), or null where it cannot be read. */
export async function ephemeralRangeStart(): Promise<number | null> {
  try {
    const [start] = (await readFile("/proc/sys/net/ipv4/ip_local_port_range", "utf8")).trim().split(/\s+/);
    const port = Number(start);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/** Listens on `port` (0: any) and closes again; the port it had, or null when it was taken. */
async function listenOnce(port: number): Promise<number | null> {
  const server = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => resolve(true));
  });
  if (!bound) return null;
  const { port: actual } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return actual;
}
