/**
 * Measures a ticket classifier on labelled tickets: accuracy overall, per
 * language, per category and per subcategory, and how trustworthy its
 * confidence is — accuracy among answers at or above a confidence level and
 * how many tickets fall below it (those go to triage). Shared by the unit
 * test that asserts the targets and by `npm run bench -- classifier`.
 */
import type { TicketClassification, TicketClassifier } from "./types.js";
import type { LabelledTicket } from "./ticket-corpus.js";

/** Confidence at which an answer is meant to be right at least 97 % of the time (issue 13.2). */
export const CONFIDENT_ANSWER = 0.9;

export interface ScoredTicket {
  readonly ticket: LabelledTicket;
  readonly result: TicketClassification;
  readonly categoryCorrect: boolean;
  readonly subcategoryCorrect: boolean;
}

export interface Score {
  readonly tickets: number;
  readonly categoryAccuracy: number;
  readonly subcategoryAccuracy: number;
  /** Share of tickets whose category confidence is below the threshold. */
  readonly belowThreshold: number;
  /** Tickets at or above the threshold. */
  readonly confident: number;
  /** Category accuracy among tickets at or above the threshold (NaN when there are none). */
  readonly confidentCategoryAccuracy: number;
  /** Subcategory accuracy among tickets at or above the threshold (NaN when there are none). */
  readonly confidentSubcategoryAccuracy: number;
  /** Tickets whose full answer (category × subcategory-given-category probability) is at or above the threshold. */
  readonly confidentAnswers: number;
  /** Subcategory accuracy among those (NaN when there are none). */
  readonly confidentAnswerAccuracy: number;
}

/** Probability of the whole answer: the category's times the subcategory's given the category. */
export function answerConfidence(result: TicketClassification): number {
  return result.confidence * result.subcategoryConfidence;
}

export async function scoreTickets(
  classifier: TicketClassifier,
  tickets: readonly LabelledTicket[],
): Promise<ScoredTicket[]> {
  const scored: ScoredTicket[] = [];
  for (const ticket of tickets) {
    const result = await classifier.classify(ticket);
    scored.push({
      ticket,
      result,
      categoryCorrect: result.categoryKey === ticket.categoryKey,
      subcategoryCorrect: result.categoryKey === ticket.categoryKey && result.subcategoryKey === ticket.subcategoryKey,
    });
  }
  return scored;
}

export function summarise(rows: readonly ScoredTicket[], threshold = CONFIDENT_ANSWER): Score {
  const share = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);
  const confident = rows.filter((row) => row.result.confidence >= threshold);
  const confidentAnswers = rows.filter((row) => answerConfidence(row.result) >= threshold);
  return {
    tickets: rows.length,
    categoryAccuracy: share(rows.filter((row) => row.categoryCorrect).length, rows.length),
    subcategoryAccuracy: share(rows.filter((row) => row.subcategoryCorrect).length, rows.length),
    belowThreshold: share(rows.length - confident.length, rows.length),
    confident: confident.length,
    confidentCategoryAccuracy: share(confident.filter((row) => row.categoryCorrect).length, confident.length),
    confidentSubcategoryAccuracy: share(confident.filter((row) => row.subcategoryCorrect).length, confident.length),
    confidentAnswers: confidentAnswers.length,
    confidentAnswerAccuracy: share(
      confidentAnswers.filter((row) => row.subcategoryCorrect).length,
      confidentAnswers.length,
    ),
  };
}

/** Rows grouped by a key, in first-seen order. */
export function groupBy<K extends string>(
  rows: readonly ScoredTicket[],
  key: (row: ScoredTicket) => K,
): Map<K, ScoredTicket[]> {
  const groups = new Map<K, ScoredTicket[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}
