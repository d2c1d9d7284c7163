-- The index of the queue's order across kinds ("status", "priorityRank", "queuedAt": the drain,
-- the agents' claimable lists, the queue's figures) now holds the waiting items only. Over every
-- item it also served "status = 'ASSIGNED'", and whenever the statistics said nothing was
-- assigned (gathered after a bulk import of closed history, or a quiet night) the planner counted
-- each agent's workload through it: every assigned item read once per agent on every routing
-- (2,880 rows for twelve agents with twenty tickets each, instead of 240;
-- test/agents-workload-plans.test.ts). The workload is now read from ("agentId", "status", "kind")
-- whatever the statistics say. Same name and columns as the datamodel's index; Prisma's schema
-- cannot say WHERE, hence by hand.
DROP INDEX "agents"."work_items_status_priorityRank_queuedAt_idx";
CREATE INDEX "work_items_status_priorityRank_queuedAt_idx" ON "agents"."work_items" ("status", "priorityRank", "queuedAt") WHERE "status" = 'QUEUED';
