-- Full-text search over tickets with the shared common/search normalisation (Arabic letters and
-- diacritics, digits) and per-language configurations. Hand-written: Prisma cannot express
-- GENERATED tsvector columns; the datamodel declares them as Unsupported("tsvector").
DROP INDEX IF EXISTS "tickets"."tickets_fulltext_idx";
DROP INDEX IF EXISTS "tickets"."messages_fulltext_idx";

CREATE OR REPLACE FUNCTION "tickets".search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $fn$ SELECT translate(regexp_replace(lower(input), '[ؐ-ًؚ-ٰٟۖ-ۜ۟-۪ۨ-ۭـ]', '', 'g'), 'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايهوي01234567890123456789') $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_document(language text, a text, b text[], d text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(array_to_string(b, ' ')), '')), 'B') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(left(d, 20000)), '')), 'D') $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_head(language text, a text, b text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(array_to_string(b, ' ')), '')), 'B') $fn$;

-- Ticket: subject (A), tags (B), description (D) in the ticket language configuration.
ALTER TABLE "tickets"."tickets" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS ("tickets".search_document("language", "subject", "tags", "description")) STORED;

-- Messages have no language of their own: the simple configuration over the normalised body.
ALTER TABLE "tickets"."messages" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("tickets".search_normalize(left("body", 20000)), ''))) STORED;

CREATE INDEX "tickets_searchVector_idx" ON "tickets"."tickets" USING GIN ("searchVector");
CREATE INDEX "messages_searchVector_idx" ON "tickets"."messages" USING GIN ("searchVector");
