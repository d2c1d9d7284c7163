-- AlterTable
ALTER TABLE "knowledge"."articles" ADD COLUMN     "helpfulWeight" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "unhelpfulWeight" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "viewWeight" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "knowledge"."article_views" ADD COLUMN     "clientKey" TEXT;

-- AlterTable
ALTER TABLE "knowledge"."article_votes" ADD COLUMN     "clientKey" TEXT,
ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "article_views_articleId_clientKey_day_idx" ON "knowledge"."article_views"("articleId", "clientKey", "day");

-- CreateIndex
CREATE INDEX "article_votes_articleId_clientKey_idx" ON "knowledge"."article_votes"("articleId", "clientKey");

-- Data: views and votes given before weighting count fully (who gave them is not known).
UPDATE "knowledge"."articles" SET "viewWeight" = "viewCount", "helpfulWeight" = "helpfulCount", "unhelpfulWeight" = "unhelpfulCount";
