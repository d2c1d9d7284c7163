-- A queued item's place is the number of items of its kind queued ahead of it, by
-- ("priorityRank", "queuedAt", "id"). With ("status", "priorityRank", "queuedAt") the kind and the
-- id were filters on the heap, and on a young table the planner combined two bitmaps: every
-- queued ticket's row read to count it (1.7 ms for a backlog of 2,000, counted twice for every
-- ticket queued). This index holds only what waits, in queue order per kind, so the count is an
-- index-only scan with every condition in the index (0.6 ms for the same backlog), and the live
-- chat positions read the waiting chats in order from it. Prisma's schema cannot say WHERE,
-- hence by hand; the datamodel is unchanged.
CREATE INDEX "work_items_queue_order_idx" ON "agents"."work_items" ("kind", "priorityRank", "queuedAt", "id") WHERE "status" = 'QUEUED';
