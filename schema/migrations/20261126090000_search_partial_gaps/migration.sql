-- AlterTable
ALTER TABLE "knowledge"."search_queries" ADD COLUMN     "lastMatchedAllWords" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "partialResultCount" INTEGER NOT NULL DEFAULT 0;
