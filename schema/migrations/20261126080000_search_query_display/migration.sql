-- AlterTable
ALTER TABLE "knowledge"."search_queries" ADD COLUMN     "display" TEXT NOT NULL DEFAULT '';

-- Past queries were recorded normalised only: shown as they are until searched again.
UPDATE "knowledge"."search_queries" SET "display" = "query";
