-- Ranked ticket search on the shared common/search engine (subgraphs/tickets/search.ts).
-- Hand-written: Prisma cannot express triggers or GENERATED tsvector columns; the datamodel
-- declares the vectors as Unsupported("tsvector").
--
-- Each ticket carries its whole conversation in ONE GIN-indexed vector per audience, so a
-- search is a single index match that ranks, and words may be spread over the subject and the
-- messages:
--   "conversationVector"  public messages   } kept by triggers, in the ticket's language
--   "notesVector"         internal notes    } configuration (english/arabic stemming)
--   "publicVector"  = subject A · tags B · description D · conversation D       (customers)
--   "staffVector"   = subject A · tags B · description D · conversation D · notes D   (staff)
-- Bounded: each message contributes at most 20,000 characters and a conversation at most
-- 100,000 (the newest messages are kept); the description at most 20,000 (search_document).

-- CreateTable
CREATE TABLE "tickets"."search_terms" (
    "language" TEXT NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("language","term")
);

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "search_terms_term_trgm_idx" ON "tickets"."search_terms" USING GIN ("term" gin_trgm_ops);

-- The old per-table vectors (their GIN indexes go with them): replaced by the per-audience ones.
ALTER TABLE "tickets"."tickets" DROP COLUMN IF EXISTS "searchVector";
ALTER TABLE "tickets"."messages" DROP COLUMN IF EXISTS "searchVector";

-- The vector of a ticket's public messages (notes = false) or internal notes (notes = true),
-- newest first, in the ticket's language configuration, weight D. NULL when there are none.
CREATE OR REPLACE FUNCTION "tickets".conversation_vector(ticket_id uuid, lang text, notes boolean) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT setweight(to_tsvector("tickets".search_config(lang),
    "tickets".search_normalize(left(string_agg(left(m."body", 20000), ' ' ORDER BY m."createdAt" DESC, m."id" DESC), 100000))), 'D')
  FROM "tickets"."messages" m WHERE m."ticketId" = ticket_id AND m."internal" = notes $fn$;

-- The words of a text for the typo vocabulary: normalised, letters only (the default parser's
-- word tokens and hyphenated word parts), 3–40 characters, sorted (inserted in one order, so
-- concurrent writers adding the same new words wait for each other instead of deadlocking).
CREATE OR REPLACE FUNCTION "tickets".search_words(input text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT DISTINCT p.token FROM ts_parse('default', "tickets".search_normalize(left(input, 100000))) p
  WHERE p.tokid IN (1, 2, 10, 11) AND length(p.token) BETWEEN 3 AND 40 ORDER BY p.token $fn$;

CREATE OR REPLACE FUNCTION "tickets".add_search_words(lang text, input text) RETURNS void
LANGUAGE sql VOLATILE
AS $fn$ INSERT INTO "tickets"."search_terms" ("language", "term")
  SELECT lang, w FROM "tickets".search_words(input) w
  WHERE NOT EXISTS (SELECT 1 FROM "tickets"."search_terms" s WHERE s."language" = lang AND s."term" = w)
  ORDER BY w
  ON CONFLICT DO NOTHING $fn$;

ALTER TABLE "tickets"."tickets" ADD COLUMN "conversationVector" tsvector, ADD COLUMN "notesVector" tsvector;

-- Backfill existing tickets and the vocabulary.
UPDATE "tickets"."tickets" t SET
  "conversationVector" = "tickets".conversation_vector(t."id", t."language", false),
  "notesVector" = "tickets".conversation_vector(t."id", t."language", true);

INSERT INTO "tickets"."search_terms" ("language", "term")
SELECT DISTINCT t."language", w FROM "tickets"."tickets" t,
  LATERAL "tickets".search_words(concat_ws(' ', t."subject", array_to_string(t."tags", ' '), left(t."description", 20000))) w
ON CONFLICT DO NOTHING;
INSERT INTO "tickets"."search_terms" ("language", "term")
SELECT DISTINCT t."language", w FROM "tickets"."messages" m JOIN "tickets"."tickets" t ON t."id" = m."ticketId",
  LATERAL "tickets".search_words(left(m."body", 20000)) w
ON CONFLICT DO NOTHING;

ALTER TABLE "tickets"."tickets"
  ADD COLUMN "publicVector" tsvector GENERATED ALWAYS AS (
    "tickets".search_document("language", "subject", "tags", "description") || coalesce("conversationVector", ''::tsvector)) STORED,
  ADD COLUMN "staffVector" tsvector GENERATED ALWAYS AS (
    "tickets".search_document("language", "subject", "tags", "description") || coalesce("conversationVector", ''::tsvector) || coalesce("notesVector", ''::tsvector)) STORED;

CREATE INDEX "tickets_publicVector_idx" ON "tickets"."tickets" USING GIN ("publicVector");
CREATE INDEX "tickets_staffVector_idx" ON "tickets"."tickets" USING GIN ("staffVector");

-- Messages inserted, edited, moved (merge) or deleted: the tickets' conversation vectors are
-- recomputed. The ticket rows are locked first (FOR NO KEY UPDATE: it does not conflict with the
-- foreign-key checks' KEY SHARE), so the next statement's snapshot sees every message committed
-- by a concurrent writer of the same ticket.
CREATE OR REPLACE FUNCTION "tickets".messages_search_refresh() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
  ids uuid[];
  public_changed boolean;
  notes_changed boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY[NEW."ticketId"];
    public_changed := NOT NEW."internal";
    notes_changed := NEW."internal";
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY[OLD."ticketId"];
    public_changed := NOT OLD."internal";
    notes_changed := OLD."internal";
  ELSE
    IF NEW."ticketId" = OLD."ticketId" AND NEW."body" = OLD."body" AND NEW."internal" = OLD."internal" THEN
      RETURN NULL;
    END IF;
    ids := ARRAY[OLD."ticketId", NEW."ticketId"];
    public_changed := NOT (OLD."internal" AND NEW."internal");
    notes_changed := OLD."internal" OR NEW."internal";
  END IF;
  PERFORM 1 FROM "tickets"."tickets" t WHERE t."id" = ANY(ids) ORDER BY t."id" FOR NO KEY UPDATE;
  UPDATE "tickets"."tickets" t SET
    "conversationVector" = CASE WHEN public_changed THEN "tickets".conversation_vector(t."id", t."language", false) ELSE t."conversationVector" END,
    "notesVector" = CASE WHEN notes_changed THEN "tickets".conversation_vector(t."id", t."language", true) ELSE t."notesVector" END
  WHERE t."id" = ANY(ids);
  IF TG_OP <> 'DELETE' THEN
    PERFORM "tickets".add_search_words(t."language", NEW."body") FROM "tickets"."tickets" t WHERE t."id" = NEW."ticketId";
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "messages_search_refresh"
  AFTER INSERT OR DELETE OR UPDATE OF "ticketId", "body", "internal" ON "tickets"."messages"
  FOR EACH ROW EXECUTE FUNCTION "tickets".messages_search_refresh();

-- A ticket whose language changes: its conversation is indexed again in the new configuration.
CREATE OR REPLACE FUNCTION "tickets".tickets_search_language() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
  NEW."conversationVector" := "tickets".conversation_vector(NEW."id", NEW."language", false);
  NEW."notesVector" := "tickets".conversation_vector(NEW."id", NEW."language", true);
  RETURN NEW;
END
$fn$;

CREATE TRIGGER "tickets_search_language"
  BEFORE UPDATE OF "language" ON "tickets"."tickets"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language") EXECUTE FUNCTION "tickets".tickets_search_language();

-- The ticket's own words join the vocabulary when written.
CREATE OR REPLACE FUNCTION "tickets".tickets_search_words() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
  PERFORM "tickets".add_search_words(NEW."language", concat_ws(' ', NEW."subject", array_to_string(NEW."tags", ' '), left(NEW."description", 20000)));
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "tickets_search_words_insert"
  AFTER INSERT ON "tickets"."tickets"
  FOR EACH ROW EXECUTE FUNCTION "tickets".tickets_search_words();
CREATE TRIGGER "tickets_search_words_update"
  AFTER UPDATE OF "subject", "description", "tags", "language" ON "tickets"."tickets"
  FOR EACH ROW WHEN (OLD."subject" IS DISTINCT FROM NEW."subject" OR OLD."description" IS DISTINCT FROM NEW."description"
    OR OLD."tags" IS DISTINCT FROM NEW."tags" OR OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "tickets".tickets_search_words();
