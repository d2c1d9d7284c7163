/**
 * `ChatSession.messages` for a batch of chats: one keyset page per chat (in `seq` order) from one
 * windowed statement plus one row fetch, whatever the number of chats.
 */
import type { ChatMessage } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { inPickedOrder, windowPagesByParent } from "../../shared/window-pages.js";

export async function messagePages(
  db: Database,
  chatIds: readonly string[],
  page: KeysetPage,
): Promise<Map<string, ChatMessage[]>> {
  const picked = await windowPagesByParent<{ chatId: string; id: string }>(
    db,
    {
      table: `"chat"."messages"`,
      parentColumn: "chatId",
      keyColumns: [
        { name: "seq", type: "bigint" },
        { name: "id", type: "uuid" },
      ],
      descending: false,
      select: ["id"],
    },
    chatIds,
    page,
  );
  const ids = new Map([...picked].map(([chatId, rows]) => [chatId, rows.map((row) => row.id)]));
  const all = [...ids.values()].flat();
  const rows = all.length ? await db.prisma.chatMessage.findMany({ where: { id: { in: all } } }) : [];
  return inPickedOrder(ids, rows, (row) => row.id);
}
