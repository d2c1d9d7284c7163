-- The search normaliser in SQL made equal to the TypeScript one (common/search/normalize.ts):
-- NFKC (Arabic presentation forms pasted from PDFs, ligatures, full-width Latin), Persian keheh
-- and yeh, Devanagari digits and the Arabic decimal and thousands separators — documents with
-- them were indexed in forms no query could produce. Bodies are indexed up to 100,000 characters
-- (the longest accepted) instead of 20,000. Hand-written: the function bodies are the output of
-- searchSqlFunctions("<schema>"), which test/search-migrations.test.ts checks.

CREATE OR REPLACE FUNCTION "knowledge".search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $fn$ SELECT translate(regexp_replace(lower(normalize(input, NFKC)), '[ؐ-ًؚ-ٰٟۖ-ۜ۟-۪ۨ-ۭـ]', '', 'g'), 'أإآٱىةؤئیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९٫٬', 'اااايهوييك012345678901234567890123456789.,') $fn$;

CREATE OR REPLACE FUNCTION "knowledge".search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END $fn$;

CREATE OR REPLACE FUNCTION "knowledge".search_document(language text, a text, b text[], d text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(array_to_string(b, ' ')), '')), 'B') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(left(d, 100000)), '')), 'D') $fn$;

CREATE OR REPLACE FUNCTION "knowledge".search_head(language text, a text, b text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("knowledge".search_config(language), coalesce("knowledge".search_normalize(array_to_string(b, ' ')), '')), 'B') $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $fn$ SELECT translate(regexp_replace(lower(normalize(input, NFKC)), '[ؐ-ًؚ-ٰٟۖ-ۜ۟-۪ۨ-ۭـ]', '', 'g'), 'أإآٱىةؤئیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९٫٬', 'اااايهوييك012345678901234567890123456789.,') $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_document(language text, a text, b text[], d text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(array_to_string(b, ' ')), '')), 'B') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(left(d, 100000)), '')), 'D') $fn$;

CREATE OR REPLACE FUNCTION "tickets".search_head(language text, a text, b text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(a), '')), 'A') ||
  setweight(to_tsvector("tickets".search_config(language), coalesce("tickets".search_normalize(array_to_string(b, ' ')), '')), 'B') $fn$;


-- Every stored vector again with the new functions: an UPDATE recomputes the GENERATED columns
-- (articles' searchVector and searchHead, tickets' publicVector and staffVector); the tickets'
-- trigger-kept conversation vectors are rebuilt explicitly.
UPDATE "knowledge"."articles" SET "title" = "title";
UPDATE "tickets"."tickets" t SET
  "conversationVector" = "tickets".conversation_vector(t."id", t."language", false),
  "notesVector" = "tickets".conversation_vector(t."id", t."language", true);

-- The typo vocabularies hold normalised words: renormalise them.
INSERT INTO "knowledge"."search_terms" ("language", "term")
  SELECT "language", "knowledge".search_normalize("term") FROM "knowledge"."search_terms" WHERE "term" <> "knowledge".search_normalize("term")
  ON CONFLICT DO NOTHING;
DELETE FROM "knowledge"."search_terms" WHERE "term" <> "knowledge".search_normalize("term");
INSERT INTO "tickets"."search_terms" ("language", "term")
  SELECT "language", "tickets".search_normalize("term") FROM "tickets"."search_terms" WHERE "term" <> "tickets".search_normalize("term")
  ON CONFLICT DO NOTHING;
DELETE FROM "tickets"."search_terms" WHERE "term" <> "tickets".search_normalize("term");
