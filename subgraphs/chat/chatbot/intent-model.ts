/**
 * Chatbot intent recognition: the shared naive-Bayes classifier, trained on
 * intents-data.ts with a cross-validated temperature so that `confidence`
 * can be compared with CHATBOT_CONFIDENCE_THRESHOLD.
 *
 * Unlike ticket classification, stop words are kept: in short chat messages
 * "how do I", "where is" and "كيف" are what separate a how-to question from a
 * request about the customer's own case.
 */
import { trainCalibratedNaiveBayes } from "../../../shared/text/calibration.js";
import type { LabelProbability, LabelledText } from "../../../shared/text/naive-bayes.js";
import type { TermOptions } from "../../../shared/text/terms.js";
import type { ChatIntent } from "./intents.js";
import { INTENT_TRAINING_UTTERANCES } from "./intents-data.js";

export interface IntentRecognition {
  readonly intent: ChatIntent;
  /** Posterior probability of `intent`, in [0, 1]. */
  readonly confidence: number;
  /** Every intent, most probable first. */
  readonly ranking: LabelProbability<ChatIntent>[];
}

export interface IntentRecognizer {
  recognize(text: string): IntentRecognition;
}

export interface IntentRecognizerOptions {
  /** Labelled utterances to learn from. Default: the bundled intents-data. */
  readonly examples?: readonly LabelledText<ChatIntent>[];
}

const INTENT_TERMS: TermOptions = { removeStopWords: false, ngram: 2 };

export function createIntentRecognizer(options: IntentRecognizerOptions = {}): IntentRecognizer {
  const model = trainCalibratedNaiveBayes(options.examples ?? INTENT_TRAINING_UTTERANCES, { terms: INTENT_TERMS });
  return {
    recognize(text) {
      const { label, confidence, ranking } = model.predict(text);
      return { intent: label, confidence, ranking };
    },
  };
}
