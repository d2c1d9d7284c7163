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
 * A label's log-probabilities, from which the term columns are built: log P(label), log P(term | label) of each
 * term the label counted, and of any other known term (they share one smoothed value).
 */
interface LogTable {
  readonly prior: number;
  readonly counted: Map<string, number>;
  readonly uncounted: number;
}

/** LogTable turned around: the labels in order, their priors, and each known term's figures in that order. */
interface TermColumns<L> {
  readonly labels: L[];
  readonly priors: Float64Array;
  readonly columns: Map<string, TermColumn>;
}

interface TermColumn {
  /** log P(term | label) for each label. */
  readonly logs: Float64Array;
  /** log P(term | label) − log P(term | every other label), for each label (see discriminativeTerms). */
  readonly weights: Float64Array;
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
   * Log-probabilities by term: each known term's log P(term | label) and discriminative weight for
   * every label (in `stats` order), so a prediction looks each of the text's terms up once and
   * sums, instead of taking a logarithm per term and label. Built on first use, cleared whenever
   * counts change.
   */
  private termColumns: TermColumns<L> | null = null;

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
    const { labels, priors, columns } = this.termColumnsOf();
    const counts = new Map<Float64Array, number>();
    for (const { key } of this.termsOf(input)) {
      const column = columns.get(key)?.logs;
      if (column) counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    // Summed term by term in the text's order for every label, as a per-label sum would be.
    const sums = Float64Array.from(priors);
    let knownTerms = 0;
    for (const [column, count] of counts) {
      knownTerms += count;
      for (let i = 0; i < sums.length; i++) sums[i] += count * column[i];
    }
    const scores = new Map<L, number>();
    labels.forEach((label, i) => scores.set(label, sums[i]));
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
    const { labels, columns } = this.termColumnsOf();
    const index = labels.indexOf(label);
    if (index < 0) return [];
    const seen = new Set<string>();
    const terms: DiscriminativeTerm[] = [];
    for (const { key, surface } of this.termsOf(input)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const column = columns.get(key);
      if (!column) continue;
      const weight = column.weights[index];
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
    this.termColumns = null;
  }

  private termColumnsOf(): TermColumns<L> {
    if (this.termColumns) return this.termColumns;
    const labels = [...this.stats.keys()];
    // Each label's table and its complement's ("all labels but one", for the weights).
    const tables = labels.map((label) => this.logTableFor(this.stats.get(label)!));
    const others = labels.map((label) => this.logTableFor(this.complementOf(label)));
    const logOf = (table: LogTable, key: string) => table.counted.get(key) ?? table.uncounted;
    const columns = new Map<string, TermColumn>();
    for (const key of this.vocabulary)
      columns.set(key, {
        logs: Float64Array.from(tables, (table) => logOf(table, key)),
        weights: Float64Array.from(tables, (table, i) => logOf(table, key) - logOf(others[i], key)),
      });
    this.termColumns = { labels, priors: Float64Array.from(tables, (table) => table.prior), columns };
    return this.termColumns;
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
