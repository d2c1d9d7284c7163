-- CreateEnum
CREATE TYPE "agents"."WorkItemKind" AS ENUM ('TICKET', 'CHAT');

-- CreateEnum
CREATE TYPE "agents"."WorkItemStatus" AS ENUM ('QUEUED', 'ASSIGNED', 'DONE');

-- AlterTable
ALTER TABLE "agents"."agents" ADD COLUMN     "workEndsAt" TEXT NOT NULL DEFAULT '18:00',
ADD COLUMN     "workStartsAt" TEXT NOT NULL DEFAULT '09:00',
ADD COLUMN     "workingDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[];

-- CreateTable
CREATE TABLE "agents"."work_items" (
    "id" UUID NOT NULL,
    "kind" "agents"."WorkItemKind" NOT NULL,
    "itemId" UUID NOT NULL,
    "categoryKey" TEXT,
    "language" TEXT NOT NULL,
    "languageKey" TEXT NOT NULL,
    "priority" TEXT NOT NULL DEFAULT 'MEDIUM',
    "priorityRank" INTEGER NOT NULL DEFAULT 2,
    "requiredTier" INTEGER,
    "excludeAgentIds" TEXT[],
    "status" "agents"."WorkItemStatus" NOT NULL,
    "agentId" UUID,
    "needsTranslation" BOOLEAN NOT NULL DEFAULT false,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "work_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "work_items_status_priorityRank_queuedAt_idx" ON "agents"."work_items"("status", "priorityRank", "queuedAt");

-- CreateIndex
CREATE INDEX "work_items_agentId_status_idx" ON "agents"."work_items"("agentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "work_items_kind_itemId_key" ON "agents"."work_items"("kind", "itemId");
