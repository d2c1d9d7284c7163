-- AlterTable
ALTER TABLE "chat"."sessions" ADD COLUMN     "agentReadUpToId" UUID,
ADD COLUMN     "availableAt" TIMESTAMP(3),
ADD COLUMN     "customerReadUpToId" UUID,
ADD COLUMN     "estimatedWaitSeconds" INTEGER,
ADD COLUMN     "handedOffAt" TIMESTAMP(3),
ADD COLUMN     "needsTranslation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "offline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "queueKey" TEXT,
ADD COLUMN     "queuePosition" INTEGER,
ADD COLUMN     "queuedAt" TIMESTAMP(3),
ADD COLUMN     "ticketId" UUID;

-- CreateTable
CREATE TABLE "chat"."type_options" (
    "type" "chat"."ChatType" NOT NULL,
    "fileUpload" BOOLEAN NOT NULL DEFAULT true,
    "offlineMessages" BOOLEAN NOT NULL DEFAULT true,
    "recording" BOOLEAN NOT NULL DEFAULT false,
    "maxDurationSeconds" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "type_options_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "chat"."demo_customer_kyc" (
    "customerId" UUID NOT NULL,
    "kycStatus" TEXT NOT NULL,
    "kycReason" TEXT NOT NULL,
    "kycNextStep" TEXT NOT NULL,
    "kycUpdatedAt" TIMESTAMP(3),

    CONSTRAINT "demo_customer_kyc_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "chat"."demo_investments" (
    "id" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "productName" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "demo_investments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat"."demo_transactions" (
    "id" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "failureReason" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "demo_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "demo_investments_customerId_idx" ON "chat"."demo_investments"("customerId");

-- CreateIndex
CREATE INDEX "demo_transactions_customerId_at_idx" ON "chat"."demo_transactions"("customerId", "at");

-- CreateIndex
CREATE INDEX "sessions_status_lastMessageAt_idx" ON "chat"."sessions"("status", "lastMessageAt");
