-- AlterTable
ALTER TABLE "knowledge"."articles" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "bodyHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "knowledge"."article_versions" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryKey" TEXT NOT NULL,
    "tags" TEXT[],
    "status" "knowledge"."ArticleStatus" NOT NULL,
    "editorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "knowledge"."article_views" (
    "articleId" UUID NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "viewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_views_pkey" PRIMARY KEY ("articleId","viewerKey","day")
);

-- CreateTable
CREATE TABLE "knowledge"."article_votes" (
    "articleId" UUID NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "article_votes_pkey" PRIMARY KEY ("articleId","viewerKey")
);

-- CreateTable
CREATE TABLE "knowledge"."search_queries" (
    "language" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "searchCount" INTEGER NOT NULL DEFAULT 0,
    "zeroResultCount" INTEGER NOT NULL DEFAULT 0,
    "lastResultCount" INTEGER NOT NULL DEFAULT 0,
    "lastSearchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_queries_pkey" PRIMARY KEY ("language","query")
);

-- CreateTable
CREATE TABLE "knowledge"."search_terms" (
    "language" TEXT NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("language","term")
);

-- CreateTable
CREATE TABLE "knowledge"."help_topics" (
    "page" TEXT NOT NULL,
    "action" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[],
    "quickActions" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "help_topics_pkey" PRIMARY KEY ("page","action")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_versions_articleId_version_key" ON "knowledge"."article_versions"("articleId", "version");

-- CreateIndex
CREATE INDEX "article_views_viewerKey_viewedAt_idx" ON "knowledge"."article_views"("viewerKey", "viewedAt");

-- CreateIndex
CREATE INDEX "search_queries_language_searchCount_idx" ON "knowledge"."search_queries"("language", "searchCount");

-- AddForeignKey
ALTER TABLE "knowledge"."article_versions" ADD CONSTRAINT "article_versions_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "knowledge"."articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "knowledge"."article_views" ADD CONSTRAINT "article_views_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "knowledge"."articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "knowledge"."article_votes" ADD CONSTRAINT "article_votes_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "knowledge"."articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma cannot express these): pg_trgm, the search normalisation functions,
-- the GENERATED tsvector column and the GIN indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION "knowledge".search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $fn$ SELECT translate(regexp_replace(lower(input), '[ؐ-ًؚ-ٰٟۖ-ۜ۟-۪ۨ-ۭـ]', '', 'g'), 'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايهوي01234567890123456789') $fn$;

CREATE OR REPLACE FUNCTION "knowledge".search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END $fn$;

CREATE OR REPLACE FUNCTION "knowledge".search_document(language text, a text, b text[], d text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(array_to_string(b, ' ')), '')), 'B') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(left(d, 20000)), '')), 'D') $fn$;

ALTER TABLE "knowledge"."articles" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS ("knowledge".search_document("language", "title", "keywords" || "tags", "body")) STORED;

CREATE INDEX "articles_searchVector_idx" ON "knowledge"."articles" USING GIN ("searchVector");
CREATE INDEX "articles_status_language_publishedAt_idx" ON "knowledge"."articles" ("status", "language", "publishedAt");
CREATE INDEX "search_terms_term_trgm_idx" ON "knowledge"."search_terms" USING GIN ("term" gin_trgm_ops);
CREATE INDEX "search_queries_query_trgm_idx" ON "knowledge"."search_queries" USING GIN ("query" gin_trgm_ops);
