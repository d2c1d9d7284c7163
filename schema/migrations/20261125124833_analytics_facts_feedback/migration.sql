-- CreateTable
CREATE TABLE "analytics"."ticket_facts" (
    "ticketId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3),
    "customerId" TEXT,
    "categoryKey" TEXT,
    "subcategoryKey" TEXT,
    "priority" TEXT,
    "channel" TEXT,
    "language" TEXT,
    "agentId" TEXT,
    "assignedAt" TIMESTAMP(3),
    "firstRepliedAt" TIMESTAMP(3),
    "firstResponseSeconds" DOUBLE PRECISION,
    "firstResponseBusinessSeconds" DOUBLE PRECISION,
    "firstReplySlaMet" BOOLEAN,
    "firstReplyBreached" BOOLEAN NOT NULL DEFAULT false,
    "nextReplyBreached" BOOLEAN NOT NULL DEFAULT false,
    "resolutionBreached" BOOLEAN NOT NULL DEFAULT false,
    "resolvedAt" TIMESTAMP(3),
    "resolutionSeconds" DOUBLE PRECISION,
    "resolutionBusinessSeconds" DOUBLE PRECISION,
    "resolutionSlaMet" BOOLEAN,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ticket_facts_pkey" PRIMARY KEY ("ticketId")
);

-- CreateTable
CREATE TABLE "analytics"."chat_facts" (
    "chatId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3),
    "customerId" TEXT,
    "language" TEXT,
    "topic" TEXT,
    "chatType" TEXT,
    "agentId" TEXT,
    "answeredAt" TIMESTAMP(3),
    "waitSeconds" DOUBLE PRECISION,
    "endedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "durationSeconds" DOUBLE PRECISION,

    CONSTRAINT "chat_facts_pkey" PRIMARY KEY ("chatId")
);

-- CreateTable
CREATE TABLE "analytics"."feedback" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "agentId" TEXT,
    "categoryKey" TEXT,
    "channel" TEXT,
    "language" TEXT,
    "rating" INTEGER NOT NULL,
    "responseTimeRating" INTEGER,
    "helpfulnessRating" INTEGER,
    "resolutionRating" INTEGER,
    "overallRating" INTEGER,
    "waitTimeRating" INTEGER,
    "agentRating" INTEGER,
    "resolved" BOOLEAN,
    "wouldRecommend" INTEGER,
    "comments" TEXT,
    "suggestions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."improvement_tasks" (
    "id" UUID NOT NULL,
    "feedbackId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "categoryKey" TEXT,
    "supervisorId" TEXT,
    "rating" INTEGER NOT NULL,
    "comments" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "improvement_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_facts_createdAt_idx" ON "analytics"."ticket_facts"("createdAt");

-- CreateIndex
CREATE INDEX "ticket_facts_agentId_createdAt_idx" ON "analytics"."ticket_facts"("agentId", "createdAt");

-- CreateIndex
CREATE INDEX "chat_facts_startedAt_idx" ON "analytics"."chat_facts"("startedAt");

-- CreateIndex
CREATE INDEX "chat_facts_agentId_startedAt_idx" ON "analytics"."chat_facts"("agentId", "startedAt");

-- CreateIndex
CREATE INDEX "feedback_createdAt_idx" ON "analytics"."feedback"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_kind_itemId_key" ON "analytics"."feedback"("kind", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "improvement_tasks_feedbackId_key" ON "analytics"."improvement_tasks"("feedbackId");

-- CreateIndex
CREATE INDEX "improvement_tasks_status_createdAt_idx" ON "analytics"."improvement_tasks"("status", "createdAt");

-- CreateIndex
CREATE INDEX "improvement_tasks_supervisorId_status_idx" ON "analytics"."improvement_tasks"("supervisorId", "status");

-- CreateIndex
CREATE INDEX "events_aggregateId_idx" ON "analytics"."events"("aggregateId");
