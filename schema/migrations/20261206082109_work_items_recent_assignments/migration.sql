-- The queue's wait estimate reads the latest 60 assignments of a kind (ORDER BY "assignedAt" DESC
-- LIMIT 60) on every queued ticket or chat. Without an index on that order it read every work
-- item of the kind and sorted them: a cost that grew with every ticket ever assigned.
-- CreateIndex
CREATE INDEX "work_items_kind_assignedAt_idx" ON "agents"."work_items"("kind", "assignedAt" DESC);
