-- AlterTable
ALTER TABLE "tickets"."tickets" ADD COLUMN     "idempotencyFingerprint" TEXT;

-- AlterTable
ALTER TABLE "tickets"."messages" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "messages_ticketId_idempotencyKey_key" ON "tickets"."messages"("ticketId", "idempotencyKey");
