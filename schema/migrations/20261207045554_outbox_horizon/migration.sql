-- CreateTable
CREATE TABLE "agents"."outbox_horizon" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "outbox_horizon_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "analytics"."outbox_horizon" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "outbox_horizon_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "chat"."outbox_horizon" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "outbox_horizon_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "knowledge"."outbox_horizon" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "outbox_horizon_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "tickets"."outbox_horizon" (
    "source" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "outbox_horizon_pkey" PRIMARY KEY ("source")
);
