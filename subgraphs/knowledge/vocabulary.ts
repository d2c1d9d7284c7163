/**
 * The article vocabulary (`knowledge.search_terms`: every indexed word, per language), which
 * search uses for typo corrections and completions, and its in-memory copy per process
 * (shared/search/vocabulary.ts). Saves that add words invalidate the copy in their own process
 * at once and NOTIFY VOCABULARY_CHANNEL at commit, on which every knowledge process drops its copy.
 */
import type { Database } from "../../shared/db.js";
import { createVocabularyCache, type VocabularyCache } from "../../shared/search/index.js";

export const VOCABULARY_TABLE = `"knowledge"."search_terms"`;
export const VOCABULARY_CHANNEL = "knowledge_vocabulary";

const caches = new WeakMap<Database, VocabularyCache>();

export function articleVocabulary(db: Database): VocabularyCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = createVocabularyCache({ sql: db.sql, table: VOCABULARY_TABLE })));
  return cache;
}

/** Keeps this process's copy current: drops it on every notification; resolves to the stop function. */
export function followVocabularyChanges(db: Database): Promise<() => Promise<void>> {
  const cache = articleVocabulary(db);
  return db.listen(VOCABULARY_CHANNEL, () => cache.invalidate());
}
