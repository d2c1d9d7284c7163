import type WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { EventFrames, MAX_BUFFERED_BYTES, SLOW_CLIENT_CLOSE_CODE, SocketMember } from "./subscription-members.js";

function fakeSocket(bufferedAmount = 0) {
  const sent: string[] = [];
  const closed: number[] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount,
    send: (data: Buffer) => sent.push(data.toString()),
    close: (code: number) => closed.push(code),
  };
  return { socket: socket as unknown as WebSocket, sent, closed };
}

describe("socket members", () => {
  it("write one event's next frame per operation id, the payload serialised once as graphql-ws shapes it", () => {
    const frames = new EventFrames({ data: { chatEvents: { id: "m1" } } });
    const a = fakeSocket();
    const b = fakeSocket();
    new SocketMember({ socket: a.socket, id: "1" }, () => undefined).deliver(frames);
    new SocketMember({ socket: b.socket, id: "7" }, () => undefined).deliver(frames);
    expect(a.sent.map((m) => JSON.parse(m))).toEqual([
      { id: "1", type: "next", payload: { data: { chatEvents: { id: "m1" } } } },
    ]);
    expect(JSON.parse(b.sent[0])).toMatchObject({ id: "7", type: "next" });
    expect(frames.frameFor("1")).toBe(frames.frameFor("1"));
  });

  it("disconnect a client that stops reading instead of buffering for it without bound", () => {
    const slow = fakeSocket(MAX_BUFFERED_BYTES + 1);
    new SocketMember({ socket: slow.socket, id: "1" }, () => undefined).deliver(new EventFrames({ data: { x: 1 } }));
    expect(slow.sent).toEqual([]);
    expect(slow.closed).toEqual([SLOW_CLIENT_CLOSE_CODE]);
  });

  it("end their stream once, telling the group they left", async () => {
    let left = 0;
    const member = new SocketMember({ socket: fakeSocket().socket, id: "1" }, () => left++);
    const pending = member.next();
    await member.return();
    member.end();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(left).toBe(1);
  });
});
