-- AlterTable
ALTER TABLE "chat"."messages" ADD COLUMN     "translation" JSONB;
