-- Retention of the event logs (shared/event-retention.ts): consumers' processed-event records are
-- deleted once older than EVENT_RETENTION_DAYS, found by when they were recorded. The outboxes
-- already have an index on ("occurredAt").

-- CreateIndex
CREATE INDEX "processed_events_processedAt_idx" ON "agents"."processed_events"("processedAt");

-- CreateIndex
CREATE INDEX "processed_events_processedAt_idx" ON "chat"."processed_events"("processedAt");

-- CreateIndex
CREATE INDEX "processed_events_processedAt_idx" ON "knowledge"."processed_events"("processedAt");

-- CreateIndex
CREATE INDEX "processed_events_processedAt_idx" ON "tickets"."processed_events"("processedAt");
