/**
 * The search vocabulary (every indexed word, per language) held in memory, so a search needs no
 * vocabulary statement: a sorted array answers "is this a word?" and "which words begin with
 * this?" by binary search, and a trigram index per language corrects a typo as the database's
 * pg_trgm would (trigrams.ts).
 *
 * A prefix it cannot complete (maybe a word added since the last load) sends the lookup to the
 * database as before. Saves that add words NOTIFY, and the owning subgraph invalidates the cache;
 * otherwise it reloads when older than `maxAgeMs`, in the background (the database answers
 * meanwhile). Above `maxTerms` words it stays unloaded and every lookup uses the database.
 */
import type { SqlExecutor } from "../db.js";
import { TrigramIndex } from "./trigrams.js";

/** Sorted words per language (UTF-16 order: the words sharing a prefix are contiguous). */
export class Vocabulary {
  /** Built by `prepareCorrections` (the cache does before it serves a load), else on a language's first correction. */
  private readonly trigramIndexes = new Map<string, TrigramIndex>();

  /** `previous`: a load before this one, whose trigram indexes serve the languages whose words are unchanged. */
  constructor(
    private readonly byLanguage: ReadonlyMap<string, readonly string[]>,
    previous?: Vocabulary | null,
  ) {
    for (const [language, index] of previous?.trigramIndexes ?? []) {
      const words = byLanguage.get(language);
      if (words && index.indexes(words)) this.trigramIndexes.set(language, index);
    }
  }

  static fromRows(rows: Iterable<{ language: string; term: string }>, previous?: Vocabulary | null): Vocabulary {
    const byLanguage = new Map<string, string[]>();
    for (const { language, term } of rows) {
      const words = byLanguage.get(language);
      if (words) words.push(term);
      else byLanguage.set(language, [term]);
    }
    for (const words of byLanguage.values()) words.sort(compare);
    return new Vocabulary(byLanguage, previous);
  }

  /**
   * Builds the trigram index of every language that has none yet (a load reuses the previous
   * load's where the words did not change), a slice at a time: a correction never builds one
   * on a request's path.
   */
  async prepareCorrections(): Promise<void> {
    for (const [language, words] of this.byLanguage)
      if (!this.trigramIndexes.has(language)) this.trigramIndexes.set(language, await TrigramIndex.build(words));
  }

  private listsFor(language: string | null | undefined): readonly (readonly string[])[] {
    if (!language) return [...this.byLanguage.values()];
    const words = this.byLanguage.get(language);
    return words ? [words] : [];
  }

  /** The word is indexed (in the language, or in any when none is given). */
  has(term: string, language: string | null | undefined): boolean {
    return this.listsFor(language).some((words) => words[lowerBound(words, term)] === term);
  }

  /**
   * Indexed words beginning with `prefix` (itself included when indexed), distinct, at most
   * `limit`; the search is cut there, so a list `limit` long may not be all of them.
   */
  wordsStartingWith(prefix: string, language: string | null | undefined, limit: number): string[] {
    const found = new Set<string>();
    for (const words of this.listsFor(language)) {
      for (
        let i = lowerBound(words, prefix);
        i < words.length && found.size < limit && words[i].startsWith(prefix);
        i++
      )
        found.add(words[i]);
    }
    return [...found];
  }

  /**
   * Corrections of a word the vocabulary lacks, best first, at most `limit`: indexed words one of
   * `swaps` (the word's adjacent transpositions, the likeliest slip) before the most
   * trigram-similar ones (at least `minSimilarity`), then alphabetically — the typo statement's
   * answer, from memory.
   */
  corrections(
    term: string,
    language: string | null | undefined,
    options: { swaps: readonly string[]; minSimilarity: number; limit: number },
  ): string[] {
    const closeness = new Map<string, number>();
    const consider = (word: string, value: number) => closeness.set(word, Math.max(value, closeness.get(word) ?? 0));
    for (const swap of options.swaps) if (this.has(swap, language)) consider(swap, 2);
    for (const [lang, words] of this.byLanguage) {
      if (language && lang !== language) continue;
      let index = this.trigramIndexes.get(lang);
      if (!index) this.trigramIndexes.set(lang, (index = new TrigramIndex(words)));
      for (const { word, similarity } of index.similarTo(term, options.minSimilarity)) consider(word, similarity);
    }
    return [...closeness]
      .sort(([a, ca], [b, cb]) => cb - ca || compare(a, b))
      .slice(0, options.limit)
      .map(([word]) => word);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(words: readonly string[], target: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface VocabularyCache {
  /** The words as last loaded, or null (not loaded yet, or too many): ask the database. Starts a reload when stale. */
  current(): Vocabulary | null;
  /** Words were added: forget the loaded ones (the database answers until the reload). */
  invalidate(): void;
}

/** A cache of `table` (columns `language`, `term`). */
export function createVocabularyCache(options: {
  sql: SqlExecutor;
  table: string;
  maxAgeMs?: number;
  maxTerms?: number;
  now?: () => number;
}): VocabularyCache {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const maxTerms = options.maxTerms ?? 1_000_000;
  const now = options.now ?? Date.now;
  let vocabulary: Vocabulary | null = null;
  /** The last load, kept through invalidation: its trigram indexes are reused where nothing changed. */
  let lastLoaded: Vocabulary | null = null;
  let loadedAt = -Infinity;
  let generation = 0;
  let loading = false;
  let tooLarge = false;
  const load = async () => {
    const started = generation;
    loading = true;
    try {
      const rows = await options.sql.query<{ language: string; term: string }>(
        `SELECT "language", "term" FROM ${options.table} LIMIT ${maxTerms + 1}`,
      );
      // Words added while this load ran may be missing from it: keep the cache empty instead.
      if (generation !== started) return;
      // The vocabulary only grows: past the limit it is never loaded again.
      tooLarge = rows.length > maxTerms;
      const loaded = tooLarge ? null : Vocabulary.fromRows(rows, lastLoaded);
      await loaded?.prepareCorrections();
      if (generation !== started) return;
      vocabulary = lastLoaded = loaded;
      loadedAt = now();
    } catch {
      // The database answers every lookup meanwhile; the next lookup after maxAgeMs retries.
      loadedAt = now();
    } finally {
      loading = false;
    }
  };
  return {
    current() {
      if (!loading && !tooLarge && now() - loadedAt >= maxAgeMs) void load();
      return vocabulary;
    },
    invalidate() {
      generation++;
      vocabulary = null;
      loadedAt = -Infinity;
    },
  };
}
