/** Types for `snowball-stemmers` (a JavaScript port of the Snowball stemmers; the package has none). */
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for one algorithm ("english", "arabic", …; see `algorithms()`). */
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
  const snowball: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default snowball;
}
