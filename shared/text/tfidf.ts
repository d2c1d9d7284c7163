/**
 * Key-term extraction with TF-IDF over the shared term pipeline.
 *
 * The documents are scored as one class (class-based TF-IDF): a term's tf is
 * its sublinear frequency (1 + ln n) summed over the documents and divided by
 * their number, its idf is the smoothed inverse document frequency over a
 * reference corpus. Terms that many of these documents use, but that are rare
 * in the corpus, rank first; a term is not favoured for appearing in a short
 * document, which per-document normalisation would do.
 */
import { extractTerms, ngrams, type TermOptions } from "./terms.js";

export interface TopTermsOptions {
  /** How many terms to return. Default 10; `Infinity` returns all. */
  readonly k?: number;
  /** Longest word n-gram (1 = words only, 2 = words and pairs). Default 2. */
  readonly ngram?: number;
  /**
   * Documents the inverse document frequency is computed over. Default: `docs`
   * themselves. Pass a larger corpus (e.g. all feedback) to favour terms that
   * are distinctive of `docs` within it.
   */
  readonly corpus?: readonly string[];
  /** Minimum number of documents a term must occur in. Default 1. */
  readonly minCount?: number;
  /** Other options of the term pipeline (stemming, stop words, negation). */
  readonly terms?: Omit<TermOptions, "ngram">;
}

export interface ScoredTerm {
  /** The most common written form of the term. */
  readonly term: string;
  /** The normalised, stemmed key the term was counted under. */
  readonly key: string;
  /** Class-based TF-IDF: mean sublinear term frequency over the documents × idf. */
  readonly score: number;
  /** Number of documents the term occurs in. */
  readonly count: number;
}

interface TermTally {
  /** Σ over documents of 1 + ln(occurrences). */
  frequency: number;
  documents: number;
  readonly surfaces: Map<string, number>;
}

type DocumentTerms = Map<string, { count: number; surfaces: string[] }>;

function documentTerms(doc: string, options: TermOptions): DocumentTerms {
  const terms: DocumentTerms = new Map();
  for (const { key, surface } of extractTerms(doc, options)) {
    const entry = terms.get(key) ?? { count: 0, surfaces: [] };
    entry.count += 1;
    entry.surfaces.push(surface);
    terms.set(key, entry);
  }
  return terms;
}

/** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1, for every term of the corpus. */
function inverseDocumentFrequencies(corpus: readonly DocumentTerms[]): (key: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const doc of corpus) {
    for (const key of doc.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  return (key) => Math.log((1 + corpus.length) / (1 + (documentFrequency.get(key) ?? 0))) + 1;
}

function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/**
 * A shorter n-gram that only ever occurs inside one longer n-gram adds
 * nothing ("customer" when every mention is "customer service"): drop it.
 */
function withoutRedundantSubterms(terms: readonly ScoredTerm[]): ScoredTerm[] {
  const countByKey = new Map(terms.map((term) => [term.key, term.count]));
  const redundant = new Set<string>();
  for (const phrase of terms) {
    const words = phrase.key.split(" ");
    for (let n = 1; n < words.length; n++) {
      for (const run of ngrams(words, n)) {
        const subterm = run.join(" ");
        if (countByKey.get(subterm) === phrase.count) redundant.add(subterm);
      }
    }
  }
  return terms.filter((term) => !redundant.has(term.key));
}

/** The `k` most characteristic terms of `docs`, best first. */
export function topTerms(docs: readonly string[], options: TopTermsOptions = {}): ScoredTerm[] {
  const { k = 10, ngram = 2, corpus, minCount = 1, terms = {} } = options;
  const termOptions: TermOptions = { ...terms, ngram };
  const analysed = docs.map((doc) => documentTerms(doc, termOptions));
  const idf = inverseDocumentFrequencies(corpus ? corpus.map((doc) => documentTerms(doc, termOptions)) : analysed);

  const tallies = new Map<string, TermTally>();
  for (const doc of analysed) {
    for (const [key, { count, surfaces }] of doc) {
      const tally = tallies.get(key) ?? { frequency: 0, documents: 0, surfaces: new Map<string, number>() };
      tally.frequency += 1 + Math.log(count);
      tally.documents += 1;
      for (const surface of surfaces) tally.surfaces.set(surface, (tally.surfaces.get(surface) ?? 0) + 1);
      tallies.set(key, tally);
    }
  }

  const scored: ScoredTerm[] = [...tallies]
    .filter(([, tally]) => tally.documents >= minCount)
    .map(([key, tally]) => ({
      term: mostCommon(tally.surfaces),
      key,
      score: (tally.frequency / docs.length) * idf(key),
      count: tally.documents,
    }));
  return withoutRedundantSubterms(scored)
    .sort((a, b) => b.score - a.score || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, k);
}
