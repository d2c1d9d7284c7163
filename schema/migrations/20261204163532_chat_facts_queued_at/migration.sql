-- AlterTable
ALTER TABLE "analytics"."chat_facts" ADD COLUMN     "queuedAt" TIMESTAMP(3);

-- Existing rows: the rollup counted every chat as queued from its start (unless offline), as
-- facts.ts still does for chat.started events recorded before the `queued` flag existed.
UPDATE "analytics"."chat_facts" f SET "queuedAt" = f."startedAt"
WHERE f."startedAt" IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM "analytics"."events" e
  WHERE e."aggregateId" = f."chatId" AND e.type = 'chat.started' AND coalesce((e.payload->>'offline')::boolean, false)
);
