/** Entities the chatbot pulls out of a customer's message. */

export type EntityType = "AMOUNT" | "DATE" | "TICKET_NUMBER" | "TRANSACTION_ID" | "INVESTMENT_ID" | "EMAIL";

interface EntityBase {
  /** Normalised value: "1200.50 USD", "2026-03-12", "SB-10042", "name@example.com". */
  readonly value: string;
  /** The text as the customer wrote it. */
  readonly raw: string;
  /** Offsets of `raw` in the message (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface AmountEntity extends EntityBase {
  readonly type: "AMOUNT";
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
}

export interface DateEntity extends EntityBase {
  /** `value` is a calendar date, YYYY-MM-DD. */
  readonly type: "DATE";
}

export interface IdentifierEntity extends EntityBase {
  readonly type: "TICKET_NUMBER" | "TRANSACTION_ID" | "INVESTMENT_ID" | "EMAIL";
}

export type Entity = AmountEntity | DateEntity | IdentifierEntity;

/**
 * A message prepared for pattern matching: `view` has ASCII digits and unified
 * Arabic letters but exactly the same length as `original`, so an offset found
 * in `view` slices the customer's own wording out of `original`.
 */
export interface MatchableText {
  readonly original: string;
  readonly view: string;
}

/** Letters and digits of any script: what must not touch a match for it to be a whole word. */
export const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
