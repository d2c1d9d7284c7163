/**
 * Ticket classification: category, subcategory, confidence and tags for a
 * new ticket, in English, Arabic, Hindi (Devanagari or romanised) or Urdu.
 *
 * The default implementation is in-process naive Bayes (one model for the
 * category, one per category for the subcategory) trained at construction
 * from training-data.ts. Setting TICKET_CLASSIFIER_URL swaps in a remote model
 * served over HTTP, which falls back to the in-process one when it fails.
 */
import { trainCalibratedNaiveBayes } from "../../../shared/text/calibration.js";
import type { DiscriminativeTerm, NaiveBayesClassifier } from "../../../shared/text/naive-bayes.js";
import { extractTerms } from "../../../shared/text/terms.js";
import { HttpTicketClassifier } from "./http-classifier.js";
import type { TicketClassification, TicketClassificationInput, TicketClassifier } from "./types.js";
import {
  CATEGORY_KEYWORDS,
  CATEGORY_KEYS,
  SUBCATEGORY_KEYWORDS,
  type CategoryKey,
  type SubcategoryKey,
} from "./taxonomy.js";
import { ticketText, type LabelledTicket } from "./ticket-corpus.js";
import { TRAINING_TICKETS } from "./training-data.js";

export type {
  CategoryProbability,
  TicketClassification,
  TicketClassificationInput,
  TicketClassifier,
} from "./types.js";

export interface NaiveBayesTicketClassifierOptions {
  /** Labelled tickets to learn from. Default: the bundled training data. */
  readonly examples?: readonly LabelledTicket[];
  /** Extra per-category keyword features. Default: CATEGORY_KEYWORDS; pass {} for none. */
  readonly keywords?: Partial<Record<CategoryKey, readonly string[]>>;
  /** Extra per-subcategory keyword features, by category. Default: SUBCATEGORY_KEYWORDS; pass {} for none. */
  readonly subcategoryKeywords?: Partial<Record<CategoryKey, Partial<Record<SubcategoryKey, readonly string[]>>>>;
  /** Most tags to return. Default 5. */
  readonly maxTags?: number;
}

/** A tag must be at least twice as likely in the predicted label as elsewhere. */
const MIN_TAG_WEIGHT = Math.log(2);

/**
 * Turns discriminative terms (strongest first) into tags: one tag per key, and
 * a phrase replaces the single words it is made of ("tax residency" rather
 * than "tax", "residency" and "tax residency").
 */
function tagsFrom(terms: readonly DiscriminativeTerm[], limit: number): string[] {
  const chosen: DiscriminativeTerm[] = [];
  const isPartOf = (word: DiscriminativeTerm, phrase: DiscriminativeTerm) =>
    phrase.key !== word.key && ` ${phrase.key} `.includes(` ${word.key} `);
  for (const term of terms) {
    if (term.weight < MIN_TAG_WEIGHT) continue;
    if (chosen.some((tag) => tag.key === term.key || isPartOf(term, tag))) continue;
    const kept = chosen.filter((tag) => !isPartOf(tag, term));
    chosen.length = 0;
    chosen.push(...kept, term);
  }
  return chosen.slice(0, limit).map((tag) => tag.term);
}

class NaiveBayesTicketClassifier implements TicketClassifier {
  /** Subcategory models that extract terms as the category model does (all, with the defaults). */
  private readonly readsCategoryTerms: ReadonlySet<NaiveBayesClassifier<SubcategoryKey>>;

  constructor(
    private readonly categoryModel: NaiveBayesClassifier<CategoryKey>,
    private readonly subcategoryModels: ReadonlyMap<CategoryKey, NaiveBayesClassifier<SubcategoryKey>>,
    private readonly maxTags: number,
  ) {
    const categoryTerms = JSON.stringify(categoryModel.termOptions);
    this.readsCategoryTerms = new Set(
      [...subcategoryModels.values()].filter((model) => JSON.stringify(model.termOptions) === categoryTerms),
    );
  }

  async classify(input: TicketClassificationInput): Promise<TicketClassification> {
    const text = ticketText(input);
    // The text's terms are extracted once for the four readings below (term extraction is most
    // of a classification's cost); a model with other term options extracts its own.
    const terms = extractTerms(text, this.categoryModel.termOptions);
    const category = this.categoryModel.predict(terms);
    const subcategoryModel = this.subcategoryModels.get(category.label);
    if (!subcategoryModel) throw new Error(`No subcategory model for category ${category.label}`);
    const subcategoryInput = this.readsCategoryTerms.has(subcategoryModel) ? terms : text;
    const subcategory = subcategoryModel.predict(subcategoryInput);
    const tags = tagsFrom(
      [
        ...this.categoryModel.discriminativeTerms(terms, category.label, this.maxTags),
        ...subcategoryModel.discriminativeTerms(subcategoryInput, subcategory.label, this.maxTags),
      ].sort((a, b) => b.weight - a.weight),
      this.maxTags,
    );
    return {
      categoryKey: category.label,
      subcategoryKey: subcategory.label,
      confidence: category.confidence,
      subcategoryConfidence: subcategory.confidence,
      tags,
      ranking: category.ranking.map(({ label, probability }) => ({ categoryKey: label, probability })),
    };
  }
}

/** Trains the in-process classifier (a few tens of milliseconds on the bundled data). */
export function createNaiveBayesTicketClassifier(options: NaiveBayesTicketClassifierOptions = {}): TicketClassifier {
  const examples = options.examples ?? TRAINING_TICKETS;
  const categoryModel = trainCalibratedNaiveBayes(
    examples.map((ticket) => ({ text: ticketText(ticket), label: ticket.categoryKey })),
    { keywords: options.keywords ?? CATEGORY_KEYWORDS },
  );
  const subcategoryModels = new Map<CategoryKey, NaiveBayesClassifier<SubcategoryKey>>();
  for (const categoryKey of CATEGORY_KEYS) {
    const inCategory = examples.filter((ticket) => ticket.categoryKey === categoryKey);
    if (inCategory.length === 0) continue;
    subcategoryModels.set(
      categoryKey,
      trainCalibratedNaiveBayes(
        inCategory.map((ticket) => ({ text: ticketText(ticket), label: ticket.subcategoryKey })),
        {
          keywords: (options.subcategoryKeywords ?? SUBCATEGORY_KEYWORDS)[categoryKey] as
            Partial<Record<SubcategoryKey, readonly string[]>> | undefined,
        },
      ),
    );
  }
  return new NaiveBayesTicketClassifier(categoryModel, subcategoryModels, options.maxTags ?? 5);
}

const DEFAULT_REMOTE_TIMEOUT_MS = 2_000;

/**
 * The classifier the service should use: the in-process naive Bayes unless
 * TICKET_CLASSIFIER_URL names a remote classifier (TICKET_CLASSIFIER_TIMEOUT_MS
 * bounds each call, default 2000), which then falls back to naive Bayes.
 */
export function createClassifierFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  onFallback?: (error: unknown) => void,
): TicketClassifier {
  const local = createNaiveBayesTicketClassifier();
  const url = env.TICKET_CLASSIFIER_URL?.trim();
  if (!url) return local;
  const timeoutMs = Number(env.TICKET_CLASSIFIER_TIMEOUT_MS);
  return new HttpTicketClassifier({
    url,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_REMOTE_TIMEOUT_MS,
    fallback: local,
    onFallback,
  });
}
