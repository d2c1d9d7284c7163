-- AlterTable
ALTER TABLE "tickets"."tickets" ADD COLUMN     "customerEmail" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalationTier" INTEGER,
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "needsTriage" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slaBreachedAt" TIMESTAMP(3),
ADD COLUMN     "slaCheckAt" TIMESTAMP(3),
ADD COLUMN     "slaHours" DOUBLE PRECISION NOT NULL DEFAULT 4;

-- CreateTable
CREATE TABLE "tickets"."status_changes" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "status" "tickets"."TicketStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."history" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."business_schedules" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT,
    "utcOffsetMinutes" INTEGER NOT NULL DEFAULT 0,
    "weekly" JSONB NOT NULL,
    "holidays" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "business_schedules_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "tickets"."macros" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameAr" TEXT,
    "categoryKey" TEXT,
    "bodies" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "macros_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."sla_alerts" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "target" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sla_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."notifications" (
    "id" UUID NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ticketId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."deliveries" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "payload" JSONB,
    "subscriptionId" UUID,
    "eventType" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."webhook_subscriptions" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "eventTypes" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "status_changes_ticketId_at_idx" ON "tickets"."status_changes"("ticketId", "at");

-- CreateIndex
CREATE INDEX "history_ticketId_at_idx" ON "tickets"."history"("ticketId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "macros_key_key" ON "tickets"."macros"("key");

-- CreateIndex
CREATE UNIQUE INDEX "sla_alerts_ticketId_target_kind_dueAt_key" ON "tickets"."sla_alerts"("ticketId", "target", "kind", "dueAt");

-- CreateIndex
CREATE INDEX "notifications_recipientId_createdAt_idx" ON "tickets"."notifications"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "deliveries_status_nextAttemptAt_idx" ON "tickets"."deliveries"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "deliveries_subscriptionId_createdAt_idx" ON "tickets"."deliveries"("subscriptionId", "createdAt");

-- CreateIndex
CREATE INDEX "tickets_slaCheckAt_idx" ON "tickets"."tickets"("slaCheckAt");

-- Full-text search over tickets (filter `text`): 'simple' configuration, expression GIN indexes.
CREATE INDEX "tickets_fulltext_idx" ON "tickets"."tickets" USING GIN (to_tsvector('simple'::regconfig, "subject" || ' ' || "description"));
CREATE INDEX "messages_fulltext_idx" ON "tickets"."messages" USING GIN (to_tsvector('simple'::regconfig, "body"));
