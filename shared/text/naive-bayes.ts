/**
 * Multinomial naive-Bayes text classifier with Laplace smoothing over the
 * shared term pipeline (words and word pairs, stemmed, stop words removed).
 *
 * Raw naive-Bayes posteriors are famously over-confident because terms are not
 * independent; `temperature` rescales the log-scores so that `confidence` can
 * be read as a probability (see calibration.ts, which fits it).
 */
import { softmax } from "./softmax.js";
import { extractTerms, termKeys, type Term, type TermOptions } from "./terms.js";

/**
 * What the model reads: a text, or its terms already extracted with the model's term options
 * (`extractTerms(text, model.termOptions)`) when several models read the same text.
 */
export type TextOrTerms = string | readonly Term[];

export interface LabelledText<L extends string = string> {
  readonly text: string;
  readonly label: L;
}

export interface LabelProbability<L extends string = string> {
  readonly label: L;
  readonly probability: number;
}

export interface Prediction<L extends string = string> {
  /** The most probable label. */
  readonly label: L;
  /** Posterior probability of `label`, in [0, 1]. */
  readonly confidence: number;
  /** Every label, most probable first; probabilities sum to 1. */
  readonly ranking: LabelProbability<L>[];
  /** How many of the text's terms the model has seen in training; 0 means the prediction is just the prior. */
  readonly knownTerms: number;
}

export interface DiscriminativeTerm {
  /** The term as written in the text. */
  readonly term: string;
  readonly key: string;
  /** log P(term | label) − log P(term | other labels): how strongly the term points at the label. */
  readonly weight: number;
}

export interface NaiveBayesOptions<L extends string = string> {
  /** Additive (Laplace) smoothing constant. Default 1. */
  readonly smoothing?: number;
  /** Options of the shared term pipeline. */
  readonly terms?: TermOptions;
  /** Extra words or phrases known to indicate a label; counted as if seen `keywordWeight` times in that label. */
  readonly keywords?: Partial<Record<L, readonly string[]>>;
  /** Pseudo-count given to each keyword term. Default 2. */
  readonly keywordWeight?: number;
  /** Temperature applied to log-scores before normalising. Default 1 (plain naive Bayes). */
  readonly temperature?: number;
}

export interface SerializedNaiveBayes<L extends string = string> {
  readonly version: 1;
  readonly smoothing: number;
  readonly temperature: number;
  readonly terms: TermOptions;
  readonly labels: ReadonlyArray<{
    readonly label: L;
    readonly documents: number;
    readonly termCounts: Readonly<Record<string, number>>;
  }>;
}

interface LabelStats {
  documents: number;
  totalTerms: number;
  readonly termCounts: Map<string, number>;
}

/**
 * A label's log-probabilities as predictions read them: log P(label), log P(term | label) of each
 * term the label counted, and of any other known term (they share one smoothed value).
 */
interface LogTable {
  readonly prior: number;
  readonly counted: Map<string, number>;
  readonly uncounted: number;
}

export class NaiveBayesClassifier<L extends string = string> {
  readonly smoothing: number;
  readonly termOptions: TermOptions;
  /** Mutable so a calibrator can set it after training. */
  temperature: number;

  private readonly stats = new Map<L, LabelStats>();
  private readonly vocabulary = new Set<string>();
  private totalDocuments = 0;
  /**
   * Log-probabilities by label, and of each label's complement ("all labels but one", for
   * discriminativeTerms): a prediction sums table entries instead of taking a logarithm per term
   * and label. Built on first use, cleared whenever counts change.
   */
  private readonly logTables = new Map<L, LogTable>();
  private readonly complementLogTables = new Map<L, LogTable>();

  constructor(private readonly options: NaiveBayesOptions<L> = {}) {
    this.smoothing = options.smoothing ?? 1;
    this.temperature = options.temperature ?? 1;
    this.termOptions = options.terms ?? {};
    for (const [label, phrases] of Object.entries(options.keywords ?? {}) as [L, readonly string[]][]) {
      this.addKeywords(label, phrases);
    }
  }

  /** Adds examples to the model (training is incremental). */
  train(examples: readonly LabelledText<L>[]): this {
    for (const example of examples) {
      const stats = this.statsFor(example.label);
      this.countsChanged();
      stats.documents += 1;
      this.totalDocuments += 1;
      this.addTerms(stats, termKeys(example.text, this.termOptions), 1);
    }
    return this;
  }

  get labels(): L[] {
    return [...this.stats.keys()];
  }

  /** Unnormalised log P(label) + Σ log P(term | label) for every label, over the terms the model knows. */
  logScores(input: TextOrTerms): { readonly scores: Map<L, number>; readonly knownTerms: number } {
    const counts = new Map<string, number>();
    for (const { key } of this.termsOf(input))
      if (this.vocabulary.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const scores = new Map<L, number>();
    for (const [label, stats] of this.stats) {
      const table = this.logTableOf(label, stats);
      let score = table.prior;
      for (const [key, count] of counts) score += count * (table.counted.get(key) ?? table.uncounted);
      scores.set(label, score);
    }
    let knownTerms = 0;
    for (const count of counts.values()) knownTerms += count;
    return { scores, knownTerms };
  }

  predict(input: TextOrTerms): Prediction<L> {
    const { scores, knownTerms } = this.logScores(input);
    if (scores.size === 0) throw new Error("NaiveBayesClassifier.predict called before train");
    const labels = [...scores.keys()];
    const probabilities = softmax([...scores.values()], this.temperature);
    const ranking = labels
      .map((label, index) => ({ label, probability: probabilities[index] }))
      .sort((a, b) => b.probability - a.probability);
    return { label: ranking[0].label, confidence: ranking[0].probability, ranking, knownTerms };
  }

  /**
   * The terms of `text` that most favour `label` over the other labels,
   * strongest first; only terms with a positive weight are returned.
   */
  discriminativeTerms(input: TextOrTerms, label: L, limit = 5): DiscriminativeTerm[] {
    const target = this.stats.get(label);
    if (!target) return [];
    const targetLogs = this.logTableOf(label, target);
    const othersLogs = this.complementLogTableOf(label);
    const seen = new Set<string>();
    const terms: DiscriminativeTerm[] = [];
    for (const { key, surface } of this.termsOf(input)) {
      if (seen.has(key) || !this.vocabulary.has(key)) continue;
      seen.add(key);
      const weight =
        (targetLogs.counted.get(key) ?? targetLogs.uncounted) - (othersLogs.counted.get(key) ?? othersLogs.uncounted);
      if (weight > 0) terms.push({ term: surface, key, weight });
    }
    return terms.sort((a, b) => b.weight - a.weight).slice(0, limit);
  }

  toJSON(): SerializedNaiveBayes<L> {
    return {
      version: 1,
      smoothing: this.smoothing,
      temperature: this.temperature,
      terms: this.termOptions,
      labels: [...this.stats].map(([label, stats]) => ({
        label,
        documents: stats.documents,
        termCounts: Object.fromEntries(stats.termCounts),
      })),
    };
  }

  static fromJSON<L extends string>(data: SerializedNaiveBayes<L>): NaiveBayesClassifier<L> {
    if (data.version !== 1) throw new Error(`Unsupported naive-Bayes model version ${String(data.version)}`);
    const model = new NaiveBayesClassifier<L>({
      smoothing: data.smoothing,
      temperature: data.temperature,
      terms: data.terms,
    });
    for (const { label, documents, termCounts } of data.labels) {
      const stats = model.statsFor(label);
      stats.documents = documents;
      model.totalDocuments += documents;
      for (const [key, count] of Object.entries(termCounts)) model.addTerms(stats, [key], count);
    }
    return model;
  }

  private addKeywords(label: L, phrases: readonly string[]): void {
    const weight = this.options.keywordWeight ?? 2;
    const stats = this.statsFor(label);
    for (const phrase of phrases) this.addTerms(stats, termKeys(phrase, this.termOptions), weight);
  }

  private addTerms(stats: LabelStats, keys: readonly string[], weight: number): void {
    this.countsChanged();
    for (const key of keys) {
      stats.termCounts.set(key, (stats.termCounts.get(key) ?? 0) + weight);
      stats.totalTerms += weight;
      this.vocabulary.add(key);
    }
  }

  private termsOf(input: TextOrTerms): readonly Term[] {
    return typeof input === "string" ? extractTerms(input, this.termOptions) : input;
  }

  /** Every cached figure derived from the counts is stale. */
  private countsChanged(): void {
    this.logTables.clear();
    this.complementLogTables.clear();
  }

  private logTableOf(label: L, stats: LabelStats): LogTable {
    let table = this.logTables.get(label);
    if (!table) {
      table = this.logTableFor(stats);
      this.logTables.set(label, table);
    }
    return table;
  }

  private complementLogTableOf(excluded: L): LogTable {
    let table = this.complementLogTables.get(excluded);
    if (!table) {
      table = this.logTableFor(this.complementOf(excluded));
      this.complementLogTables.set(excluded, table);
    }
    return table;
  }

  private logTableFor(stats: LabelStats): LogTable {
    const counted = new Map<string, number>();
    for (const key of stats.termCounts.keys()) counted.set(key, Math.log(this.likelihood(key, stats)));
    return {
      prior: Math.log(this.prior(stats)),
      counted,
      uncounted: Math.log(this.smoothing / this.denominator(stats)),
    };
  }

  private statsFor(label: L): LabelStats {
    let stats = this.stats.get(label);
    if (!stats) {
      this.countsChanged();
      stats = { documents: 0, totalTerms: 0, termCounts: new Map() };
      this.stats.set(label, stats);
    }
    return stats;
  }

  /** Smoothed so that a label known only from keywords still has a non-zero prior. */
  private prior(stats: LabelStats): number {
    return (stats.documents + this.smoothing) / (this.totalDocuments + this.smoothing * this.stats.size);
  }

  private likelihood(key: string, stats: LabelStats): number {
    return ((stats.termCounts.get(key) ?? 0) + this.smoothing) / this.denominator(stats);
  }

  private denominator(stats: LabelStats): number {
    return stats.totalTerms + this.smoothing * this.vocabulary.size;
  }

  private complementOf(excluded: L): LabelStats {
    const pooled: LabelStats = { documents: 0, totalTerms: 0, termCounts: new Map() };
    for (const [label, stats] of this.stats) {
      if (label === excluded) continue;
      pooled.documents += stats.documents;
      pooled.totalTerms += stats.totalTerms;
      for (const [key, count] of stats.termCounts)
        pooled.termCounts.set(key, (pooled.termCounts.get(key) ?? 0) + count);
    }
    return pooled;
  }
}
