-- Chat lists (`chats`, `myChats`) are keyset pages newest first by ("createdAt", "id"), as the ticket
-- lists (20261207024209_tickets_newest_first): without an index in that order an unfiltered page
-- sorted every chat (11 ms a page at 40,000 chats); with it, a page reads its own rows
-- (test/chat-list-plans.test.ts).

-- CreateIndex
CREATE INDEX "sessions_createdAt_id_idx" ON "chat"."sessions"("createdAt", "id");
