-- A text's words join the typo vocabulary ("tickets"."search_terms") through a PL/pgSQL function
-- instead of a SQL one. Called from the tickets' and messages' triggers, the SQL function's
-- statement was parsed and planned again on every call, and planned as an anti-join against the
-- vocabulary whose plan depended on the table's statistics (a fresh database has none: it read
-- a language's whole vocabulary). PL/pgSQL keeps the statement's plan for the session, and the
-- statement no longer joins: each word is looked up by the unique key's own conflict check, as
-- the NOT EXISTS did, and only new words are written. Words are still inserted in sorted order,
-- so concurrent writers adding the same new words wait for each other instead of deadlocking.
-- Measured per call on a seeded database: 0.6-1.3 ms -> 0.2 ms.
CREATE OR REPLACE FUNCTION "tickets".add_search_words(lang text, input text) RETURNS void
LANGUAGE plpgsql VOLATILE
AS $fn$
BEGIN
  INSERT INTO "tickets"."search_terms" ("language", "term")
  SELECT lang, w FROM "tickets".search_words(input) w
  ORDER BY w
  ON CONFLICT DO NOTHING;
END
$fn$;
