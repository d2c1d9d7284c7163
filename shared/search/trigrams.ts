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
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly words: readonly string[]) {
    this.sizes = new Uint16Array(words.length);
    words.forEach((word, index) => {
      const trigrams = trigramsOf(word);
      this.sizes[index] = trigrams.length;
      for (const trigram of trigrams) {
        const list = this.postings.get(trigram);
        if (list) list.push(index);
        else this.postings.set(trigram, [index]);
      }
    });
  }

  /**
   * The words at least `minSimilarity` similar to `word` (and at least pg_trgm's match floor, as
   * its `%` operator requires), with their similarity.
   */
  similarTo(word: string, minSimilarity: number): { word: string; similarity: number }[] {
    const trigrams = trigramsOf(word);
    const shared = new Map<number, number>();
    for (const trigram of trigrams)
      for (const index of this.postings.get(trigram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const floor = Math.fround(Math.max(minSimilarity, TRIGRAM_MATCH_FLOOR));
    const found: { word: string; similarity: number }[] = [];
    for (const [index, count] of shared) {
      const similarity = similarityOf(count, trigrams.length, this.sizes[index]);
      if (similarity >= floor) found.push({ word: this.words[index], similarity });
    }
    return found;
  }
}
