/**
 * The ticket classifier's port: what any classifier (the in-process model in classifier.ts, a
 * remote one in http-classifier.ts) takes and answers. Its own module so neither implementation
 * imports the other for types.
 */
import type { CategoryKey, SubcategoryKey } from "./taxonomy.js";

export interface TicketClassificationInput {
  readonly subject: string;
  readonly description: string;
  /** ISO 639-1 code if known. The in-process model reads every supported script and does not need it. */
  readonly language?: string;
}

export interface CategoryProbability {
  readonly categoryKey: CategoryKey;
  readonly probability: number;
}

export interface TicketClassification {
  readonly categoryKey: CategoryKey;
  readonly subcategoryKey: SubcategoryKey;
  /** Posterior probability of the category, in [0, 1]. */
  readonly confidence: number;
  /** Probability of the subcategory given the category, in [0, 1]. */
  readonly subcategoryConfidence: number;
  /** Words and phrases of the ticket that drove the decision, as written. */
  readonly tags: string[];
  /** Every category, most probable first. */
  readonly ranking: CategoryProbability[];
}

export interface TicketClassifier {
  classify(input: TicketClassificationInput): Promise<TicketClassification>;
}
