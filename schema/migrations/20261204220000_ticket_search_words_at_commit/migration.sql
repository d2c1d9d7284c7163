-- A ticket's new words reach the typo vocabulary ("tickets"."search_terms") when its transaction
-- commits, not when the row is written. Two transactions adding the same new word conflict on
-- the vocabulary's unique key, and the second waits until the first ends: fired at the INSERT,
-- that wait covered the whole rest of the writer's transaction (history, notification, events,
-- SLA), so concurrent tickets with words in common ran one after the other. Fired at commit, the
-- wait is at most the other commit. The vocabulary after commit is the same.
DROP TRIGGER "tickets_search_words_insert" ON "tickets"."tickets";
DROP TRIGGER "tickets_search_words_update" ON "tickets"."tickets";

CREATE CONSTRAINT TRIGGER "tickets_search_words_insert"
  AFTER INSERT ON "tickets"."tickets"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "tickets".tickets_search_words();
CREATE CONSTRAINT TRIGGER "tickets_search_words_update"
  AFTER UPDATE OF "subject", "description", "tags", "language" ON "tickets"."tickets"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."subject" IS DISTINCT FROM NEW."subject" OR OLD."description" IS DISTINCT FROM NEW."description"
    OR OLD."tags" IS DISTINCT FROM NEW."tags" OR OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "tickets".tickets_search_words();
