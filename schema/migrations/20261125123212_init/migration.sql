-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "agents";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "analytics";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "chat";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "knowledge";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "tickets";

-- CreateEnum
CREATE TYPE "agents"."AgentStatus" AS ENUM ('ONLINE', 'AWAY', 'BUSY', 'OFFLINE');

-- CreateEnum
CREATE TYPE "agents"."StaffRole" AS ENUM ('agent', 'supervisor', 'admin');

-- CreateEnum
CREATE TYPE "chat"."ChatType" AS ENUM ('WEB', 'MOBILE', 'VIDEO');

-- CreateEnum
CREATE TYPE "chat"."ChatStatus" AS ENUM ('WAITING', 'ACTIVE', 'TRANSFERRED', 'RESOLVED', 'ABANDONED', 'TIMED_OUT');

-- CreateEnum
CREATE TYPE "chat"."ChatMessageType" AS ENUM ('TEXT', 'FILE', 'VOICE', 'AUTO_RESPONSE', 'SYSTEM');

-- CreateEnum
CREATE TYPE "chat"."ChatSenderKind" AS ENUM ('CUSTOMER', 'AGENT', 'BOT', 'SYSTEM');

-- CreateEnum
CREATE TYPE "knowledge"."ArticleStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "tickets"."TicketChannel" AS ENUM ('IN_APP', 'EMAIL', 'CHAT', 'PHONE', 'VIDEO', 'SOCIAL');

-- CreateEnum
CREATE TYPE "tickets"."TicketStatus" AS ENUM ('OPEN', 'PENDING', 'ON_HOLD', 'ESCALATED', 'RESOLVED', 'CLOSED', 'AUTO_RESOLVED');

-- CreateEnum
CREATE TYPE "tickets"."TicketPriority" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');

-- CreateTable
CREATE TABLE "agents"."agents" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "agents"."StaffRole" NOT NULL DEFAULT 'agent',
    "status" "agents"."AgentStatus" NOT NULL DEFAULT 'OFFLINE',
    "specializations" TEXT[],
    "languages" TEXT[],
    "escalationTiers" INTEGER[],
    "rating" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "maxConcurrentChats" INTEGER NOT NULL DEFAULT 3,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Dubai',
    "lastAssignedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agents"."customers" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'en',
    "country" TEXT,
    "tier" TEXT NOT NULL DEFAULT 'standard',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agents"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."cursors" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cursors_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "analytics"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat"."sessions" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "agentId" UUID,
    "type" "chat"."ChatType" NOT NULL DEFAULT 'WEB',
    "status" "chat"."ChatStatus" NOT NULL DEFAULT 'WAITING',
    "topic" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat"."messages" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "chatId" UUID NOT NULL,
    "senderKind" "chat"."ChatSenderKind" NOT NULL,
    "senderId" TEXT,
    "body" TEXT NOT NULL,
    "type" "chat"."ChatMessageType" NOT NULL DEFAULT 'TEXT',
    "attachment" JSONB,
    "clientMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "knowledge"."categories" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameAr" TEXT,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "categories_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "knowledge"."articles" (
    "id" UUID NOT NULL,
    "translationGroup" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryKey" TEXT NOT NULL,
    "tags" TEXT[],
    "keywords" TEXT[],
    "status" "knowledge"."ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "helpfulCount" INTEGER NOT NULL DEFAULT 0,
    "unhelpfulCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "knowledge"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."categories" (
    "key" TEXT NOT NULL,
    "parentKey" TEXT,
    "name" TEXT NOT NULL,
    "nameAr" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "defaultPriority" "tickets"."TicketPriority" NOT NULL DEFAULT 'MEDIUM',
    "slaHours" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "escalationTier" INTEGER NOT NULL DEFAULT 1,
    "keywords" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "tickets"."tickets" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "channel" "tickets"."TicketChannel" NOT NULL,
    "status" "tickets"."TicketStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "tickets"."TicketPriority" NOT NULL,
    "language" TEXT NOT NULL,
    "categoryKey" TEXT,
    "subcategoryKey" TEXT,
    "classificationConfidence" DOUBLE PRECISION,
    "tags" TEXT[],
    "customerId" UUID NOT NULL,
    "assignedAgentId" UUID,
    "createdById" TEXT,
    "idempotencyKey" TEXT,
    "firstRespondedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."messages" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "authorId" TEXT,
    "authorRole" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agents_email_key" ON "agents"."agents"("email");

-- CreateIndex
CREATE INDEX "agents_status_idx" ON "agents"."agents"("status");

-- CreateIndex
CREATE UNIQUE INDEX "customers_email_key" ON "agents"."customers"("email");

-- CreateIndex
CREATE INDEX "outbox_events_publishedAt_occurredAt_idx" ON "agents"."outbox_events"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_occurredAt_idx" ON "agents"."outbox_events"("occurredAt");

-- CreateIndex
CREATE INDEX "events_type_occurredAt_idx" ON "analytics"."events"("type", "occurredAt");

-- CreateIndex
CREATE INDEX "events_occurredAt_idx" ON "analytics"."events"("occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_publishedAt_occurredAt_idx" ON "analytics"."outbox_events"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_occurredAt_idx" ON "analytics"."outbox_events"("occurredAt");

-- CreateIndex
CREATE INDEX "sessions_customerId_status_idx" ON "chat"."sessions"("customerId", "status");

-- CreateIndex
CREATE INDEX "sessions_agentId_status_idx" ON "chat"."sessions"("agentId", "status");

-- CreateIndex
CREATE INDEX "sessions_status_createdAt_idx" ON "chat"."sessions"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_customerId_idempotencyKey_key" ON "chat"."sessions"("customerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "messages_chatId_seq_idx" ON "chat"."messages"("chatId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "messages_chatId_clientMessageId_key" ON "chat"."messages"("chatId", "clientMessageId");

-- CreateIndex
CREATE INDEX "outbox_events_publishedAt_occurredAt_idx" ON "chat"."outbox_events"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_occurredAt_idx" ON "chat"."outbox_events"("occurredAt");

-- CreateIndex
CREATE INDEX "articles_status_categoryKey_idx" ON "knowledge"."articles"("status", "categoryKey");

-- CreateIndex
CREATE UNIQUE INDEX "articles_language_slug_key" ON "knowledge"."articles"("language", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "articles_translationGroup_language_key" ON "knowledge"."articles"("translationGroup", "language");

-- CreateIndex
CREATE INDEX "outbox_events_publishedAt_occurredAt_idx" ON "knowledge"."outbox_events"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_occurredAt_idx" ON "knowledge"."outbox_events"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_number_key" ON "tickets"."tickets"("number");

-- CreateIndex
CREATE INDEX "tickets_assignedAgentId_status_idx" ON "tickets"."tickets"("assignedAgentId", "status");

-- CreateIndex
CREATE INDEX "tickets_customerId_createdAt_idx" ON "tickets"."tickets"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "tickets_status_createdAt_idx" ON "tickets"."tickets"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_customerId_idempotencyKey_key" ON "tickets"."tickets"("customerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "messages_ticketId_createdAt_idx" ON "tickets"."messages"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "outbox_events_publishedAt_occurredAt_idx" ON "tickets"."outbox_events"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "outbox_events_occurredAt_idx" ON "tickets"."outbox_events"("occurredAt");

-- AddForeignKey
ALTER TABLE "chat"."messages" ADD CONSTRAINT "messages_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "chat"."sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "knowledge"."articles" ADD CONSTRAINT "articles_categoryKey_fkey" FOREIGN KEY ("categoryKey") REFERENCES "knowledge"."categories"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets"."categories" ADD CONSTRAINT "categories_parentKey_fkey" FOREIGN KEY ("parentKey") REFERENCES "tickets"."categories"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets"."messages" ADD CONSTRAINT "messages_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"."tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
