import { describe, expect, it } from "vitest";
import type { ChatSession } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import { RECENT_CHATS_LIMIT, recentChats } from "./recent-chats.js";

const chat = (id: string) => ({ id }) as ChatSession;

describe("recentChats", () => {
  it("forgets the least recently used chat past its limit, and keeps each database's apart", () => {
    const db = {} as Database;
    const other = {} as Database;
    for (let i = 0; i < RECENT_CHATS_LIMIT; i++) recentChats.remember(db, chat(`c${i}`));
    expect(recentChats.recall(db, "c0")).toEqual(chat("c0")); // c0 is now the most recent
    recentChats.remember(db, chat("new"));
    expect(recentChats.recall(db, "c1")).toBeUndefined(); // the least recent went
    expect(recentChats.recall(db, "c0")).toBeDefined();
    expect(recentChats.recall(db, "new")).toBeDefined();
    expect(recentChats.recall(other, "c0")).toBeUndefined();
    recentChats.forget(db, "c0");
    expect(recentChats.recall(db, "c0")).toBeUndefined();
  });
});
