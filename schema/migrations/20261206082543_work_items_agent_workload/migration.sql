-- Every routing decision counts each available agent's ASSIGNED items of each kind. With
-- ("agentId", "status") the kind was a filter, and on a young table the planner was as happy to
-- walk ("kind", "assignedAt") and filter by agent, reading every item of the kind per agent (the
-- writes bench's profile read, 1.2 ms a call). With the kind in the index all three conditions are
-- index conditions, whatever the statistics say.
-- DropIndex
DROP INDEX "agents"."work_items_agentId_status_idx";

-- CreateIndex
CREATE INDEX "work_items_agentId_status_kind_idx" ON "agents"."work_items"("agentId", "status", "kind");
