/**
 * One message written to many WebSockets as a frame built once. `ws` frames every `send` anew —
 * a header buffer per socket, then the header and the payload corked into one `writev` — which,
 * for one chat message followed by 10,000 screens, is a quarter of the gateway's fan-out beside
 * the system calls themselves (docs/performance.md). A text frame from server to client is
 * unmasked, so it is the same bytes on every socket: `textFrame` builds it once and
 * `writeFrame` puts it on a socket's connection in one `write`.
 *
 * Only where that is exactly what `ws` would have written: the socket is open and negotiated no
 * extension (no permessage-deflate: the gateway's server offers none), so `ws` writes every frame
 * at once and in order, never holding one back, and a whole frame written between two of its own
 * cannot split anything. Anything else is left to `ws.send`.
 */
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";

/** The connection each WebSocket was upgraded on, kept by the server that upgraded it. */
const connections = new WeakMap<WebSocket, Duplex>();

/** Records that `ws` runs on `connection` (the socket of its upgrade). */
export function rememberConnection(ws: WebSocket, connection: Duplex): void {
  connections.set(ws, connection);
}

/** An unmasked, final text frame carrying `payload` (RFC 6455 §5.2). */
export function textFrame(payload: Buffer): Buffer {
  const length = payload.length;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, headerBytes);
  return frame;
}

/**
 * Writes `frame` (from `textFrame`) straight to `ws`'s connection when that is what `ws.send`
 * would have written; false when it is not (the caller sends through `ws`).
 */
export function writeFrame(ws: WebSocket, frame: Buffer): boolean {
  if (ws.readyState !== ws.OPEN || ws.extensions !== "") return false;
  const connection = connections.get(ws);
  if (!connection?.writable) return false;
  connection.write(frame);
  return true;
}
