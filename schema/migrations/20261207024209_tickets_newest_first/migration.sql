-- The ticket lists (`tickets`, `myTickets`) are keyset pages newest first by ("createdAt", "id"). Without
-- an index in that order, an unfiltered page sorted every ticket to return 20 (197 ms at 60,000
-- tickets); with it, a page reads its own rows (test/tickets-list-plans.test.ts).

-- CreateIndex
CREATE INDEX "tickets_createdAt_id_idx" ON "tickets"."tickets"("createdAt", "id");
