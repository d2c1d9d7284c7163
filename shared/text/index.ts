/** Shared text machinery: one term pipeline under every text model in Switchboard. */
export { normalizeArabic, normalizeText, scriptOf, toAsciiDigits, tokenize, unifyArabicLetters } from "./normalize.js";
export type { Script, Token } from "./normalize.js";
export { isNegator, isStopWord, STOP_WORDS } from "./stop-words.js";
export { stem, stemArabic, stemEnglish } from "./stem.js";
export { extractTerms, ngrams, termKeys } from "./terms.js";
export type { Term, TermOptions } from "./terms.js";
export { NaiveBayesClassifier } from "./naive-bayes.js";
export type {
  DiscriminativeTerm,
  LabelledText,
  LabelProbability,
  NaiveBayesOptions,
  Prediction,
  SerializedNaiveBayes,
} from "./naive-bayes.js";
export { fitTemperature, stratifiedFolds, trainCalibratedNaiveBayes } from "./calibration.js";
export type { CalibrationOptions } from "./calibration.js";
export { softmax } from "./softmax.js";
export { topTerms } from "./tfidf.js";
export type { ScoredTerm, TopTermsOptions } from "./tfidf.js";
export { detectLanguage } from "./language.js";
export { acceptedLanguages, normalizeLanguage } from "./language-tags.js";
export type { DetectLanguageOptions, KnownLanguage, LanguageDetection } from "./language.js";
