-- Hand-written with the Prisma diff: a small GENERATED "head" tsvector (title, keywords, tags)
-- with its own GIN index, and most-viewed-first indexes, so a search for a very common word
-- ranks a bounded set of candidates instead of every match.

CREATE OR REPLACE FUNCTION "knowledge".search_head(language text, a text, b text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(array_to_string(b, ' ')), '')), 'B') $fn$;

ALTER TABLE "knowledge"."articles" ADD COLUMN "searchHead" tsvector
  GENERATED ALWAYS AS ("knowledge".search_head("language", "title", "keywords" || "tags")) STORED;

CREATE INDEX "articles_searchHead_idx" ON "knowledge"."articles" USING GIN ("searchHead");

-- CreateIndex
CREATE INDEX "articles_language_viewCount_idx" ON "knowledge"."articles"("language", "viewCount" DESC);

-- CreateIndex
CREATE INDEX "articles_viewCount_idx" ON "knowledge"."articles"("viewCount" DESC);
