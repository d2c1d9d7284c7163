/**
 * Trigram similarity of words, as PostgreSQL's pg_trgm measures it — so a typo is corrected in
 * memory, from the vocabulary already loaded, instead of by a statement that makes PostgreSQL
 * compare the word with every indexed word (tens of milliseconds of its CPU per message).
 *
 * A word's trigrams are the distinct runs of three characters of the word padded with two spaces
 * before and one after ("cat" → "  c", " ca", "cat", "at "); the similarity of two words is the
 * trigrams they share over the trigrams either has. Search terms are letters, marks and digits
 * only (see parseSearchQuery), so each is one word, as pg_trgm reads a word of letters and digits.
 */

/** pg_trgm's default `similarity_threshold`: its `%` operator never matches below it. */
export const TRIGRAM_MATCH_FLOOR = 0.3;

/** The distinct trigrams of one word. */
export function trigramsOf(word: string): string[] {
  const characters = [...`  ${word} `];
  const found = new Set<string>();
  for (let i = 0; i + 3 <= characters.length; i++) found.add(characters[i] + characters[i + 1] + characters[i + 2]);
  return [...found];
}

/** pg_trgm's `similarity(a, b)`, rounded to its single precision. */
export function trigramSimilarity(a: string, b: string): number {
  const ofA = new Set(trigramsOf(a));
  const ofB = trigramsOf(b);
  const shared = ofB.filter((trigram) => ofA.has(trigram)).length;
  return similarityOf(shared, ofA.size, ofB.length);
}

const similarityOf = (shared: number, sizeA: number, sizeB: number): number =>
  Math.fround(shared / (sizeA + sizeB - shared));

/**
 * Words indexed by their trigrams: the words at least `minSimilarity` similar to a word are found
 * by counting shared trigrams over the word's few posting lists, never by comparing every word.
 */
export class TrigramIndex {
  private readonly sizes: Uint16Array;
  private readonly postings: Map<string, Int32Array>;
  /** Shared-trigram counts of one lookup, and the words it touched (reset before it returns). */
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;

  /** Builds the index at once (blocking for ~2.5 µs a word); `build` spreads the work out. */
  constructor(words: readonly string[]);
  constructor(words: readonly string[], built: TrigramPostings);
  constructor(
    private readonly words: readonly string[],
    built?: TrigramPostings,
  ) {
    if (!built) {
      built = new TrigramPostings(words);
      built.add(0, words.length);
    }
    this.sizes = built.sizes;
    this.postings = built.finish();
    this.counts = new Uint16Array(words.length);
    this.touched = new Int32Array(words.length);
  }

  /**
   * Builds the index `sliceSize` words at a time, letting other work run between slices, so a
   * large vocabulary (~150 ms for 60,000 words) never holds the event loop for long.
   */
  static async build(words: readonly string[], sliceSize = 4096): Promise<TrigramIndex> {
    const postings = new TrigramPostings(words);
    for (let from = 0; from < words.length; from += sliceSize) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      postings.add(from, Math.min(words.length, from + sliceSize));
    }
    return new TrigramIndex(words, postings);
  }

  /** The same words in the same order: an index built for them serves again. */
  indexes(words: readonly string[]): boolean {
    return words === this.words || (words.length === this.words.length && words.every((w, i) => w === this.words[i]));
  }

  /**
   * The words at least `minSimilarity` similar to `word` (and at least pg_trgm's match floor, as
   * its `%` operator requires), with their similarity.
   */
  similarTo(word: string, minSimilarity: number): { word: string; similarity: number }[] {
    const trigrams = trigramsOf(word);
    const { counts, touched } = this;
    let touchedCount = 0;
    for (const trigram of trigrams) {
      const list = this.postings.get(trigram);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) if (counts[list[i]]++ === 0) touched[touchedCount++] = list[i];
    }
    const floor = Math.fround(Math.max(minSimilarity, TRIGRAM_MATCH_FLOOR));
    const found: { word: string; similarity: number }[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const index = touched[i];
      const similarity = similarityOf(counts[index], trigrams.length, this.sizes[index]);
      counts[index] = 0;
      if (similarity >= floor) found.push({ word: this.words[index], similarity });
    }
    return found;
  }
}

/** Posting lists under construction: each word's trigram count, and the words holding each trigram. */
class TrigramPostings {
  readonly sizes: Uint16Array;
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly words: readonly string[]) {
    this.sizes = new Uint16Array(words.length);
  }

  /** Indexes words[from, to). */
  add(from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const trigrams = trigramsOf(this.words[index]);
      this.sizes[index] = trigrams.length;
      for (const trigram of trigrams) {
        const list = this.lists.get(trigram);
        if (list) list.push(index);
        else this.lists.set(trigram, [index]);
      }
    }
  }

  finish(): Map<string, Int32Array> {
    const postings = new Map<string, Int32Array>();
    for (const [trigram, list] of this.lists) postings.set(trigram, Int32Array.from(list));
    return postings;
  }
}
