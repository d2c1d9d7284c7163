-- AlterTable
ALTER TABLE "tickets"."tickets" ADD COLUMN     "needsTranslation" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "tickets"."messages" ADD COLUMN     "translation" JSONB;
