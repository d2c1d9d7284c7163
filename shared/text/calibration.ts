/**
 * Confidence calibration for naive Bayes by temperature scaling: the
 * temperature is chosen to minimise the cross-validated negative
 * log-likelihood of the true labels, so a reported confidence of 0.8 is right
 * about 80% of the time on data like the training set.
 */
import { NaiveBayesClassifier, type LabelledText, type NaiveBayesOptions } from "./naive-bayes.js";
import { softmax } from "./softmax.js";

export interface CalibrationOptions {
  /** Number of cross-validation folds. Default 5. */
  readonly folds?: number;
}

interface HeldOutScores {
  readonly logScores: number[];
  readonly trueIndex: number;
}

/** Splits examples into folds so that every label is spread evenly over them (deterministic). */
export function stratifiedFolds<T extends { readonly label: string }>(examples: readonly T[], folds: number): T[][] {
  const buckets: T[][] = Array.from({ length: folds }, () => []);
  const seenPerLabel = new Map<string, number>();
  for (const example of examples) {
    const seen = seenPerLabel.get(example.label) ?? 0;
    buckets[seen % folds].push(example);
    seenPerLabel.set(example.label, seen + 1);
  }
  return buckets;
}

function heldOutScores<L extends string>(
  examples: readonly LabelledText<L>[],
  options: NaiveBayesOptions<L>,
  folds: number,
): HeldOutScores[] {
  const buckets = stratifiedFolds(examples, folds);
  const scores: HeldOutScores[] = [];
  buckets.forEach((heldOut, foldIndex) => {
    const training = buckets.filter((_, index) => index !== foldIndex).flat();
    const model = new NaiveBayesClassifier<L>({ ...options, temperature: 1 }).train(training);
    for (const example of heldOut) {
      const { scores: byLabel } = model.logScores(example.text);
      const labels = [...byLabel.keys()];
      const trueIndex = labels.indexOf(example.label);
      if (trueIndex >= 0) scores.push({ logScores: [...byLabel.values()], trueIndex });
    }
  });
  return scores;
}

function meanNegativeLogLikelihood(scores: readonly HeldOutScores[], temperature: number): number {
  let total = 0;
  for (const { logScores, trueIndex } of scores) {
    total -= Math.log(Math.max(softmax(logScores, temperature)[trueIndex], 1e-12));
  }
  return total / scores.length;
}

/**
 * Golden-section search for the minimum of a unimodal function on [low, high].
 * NLL is convex in the inverse temperature, so we search over that.
 */
function argminOnInterval(f: (x: number) => number, low: number, high: number, iterations = 60): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = low;
  let b = high;
  for (let i = 0; i < iterations; i++) {
    const left = b - ratio * (b - a);
    const right = a + ratio * (b - a);
    if (f(left) <= f(right)) b = right;
    else a = left;
  }
  return (a + b) / 2;
}

/** Fits the temperature for `NaiveBayesClassifier` by k-fold cross-validation; returns 1 when data is too scarce. */
export function fitTemperature<L extends string>(
  examples: readonly LabelledText<L>[],
  options: NaiveBayesOptions<L> = {},
  { folds = 5 }: CalibrationOptions = {},
): number {
  const labels = new Set(examples.map((example) => example.label));
  if (labels.size < 2 || examples.length < folds * 2) return 1;
  const scores = heldOutScores(examples, options, folds);
  const inverseTemperature = argminOnInterval((beta) => meanNegativeLogLikelihood(scores, 1 / beta), 1e-3, 2);
  return 1 / inverseTemperature;
}

/** Trains a naive-Bayes classifier on all examples with a cross-validated temperature. */
export function trainCalibratedNaiveBayes<L extends string>(
  examples: readonly LabelledText<L>[],
  options: NaiveBayesOptions<L> = {},
  calibration: CalibrationOptions = {},
): NaiveBayesClassifier<L> {
  const temperature = fitTemperature(examples, options, calibration);
  return new NaiveBayesClassifier<L>({ ...options, temperature }).train(examples);
}
