/**
 * Entity extraction for chat messages in English and Arabic: amounts with a
 * currency, dates (absolute and relative), ticket numbers (SB-…), transaction
 * ids (TXN-…), investment ids (INV-…) and e-mail addresses. Arabic-Indic
 * digits are read as digits.
 */
import { toAsciiDigits, unifyArabicLetters } from "../../../shared/text/normalize.js";
import { extractAmounts } from "./entities/amounts.js";
import { extractDates, type DateOptions } from "./entities/dates.js";
import { extractIdentifiers } from "./entities/identifiers.js";
import type { Entity, MatchableText } from "./entities/types.js";

export type { AmountEntity, DateEntity, Entity, EntityType, IdentifierEntity } from "./entities/types.js";
export type ExtractEntitiesOptions = DateOptions;

/** Where two candidates overlap, the one that starts first wins, then the longer one. */
function withoutOverlaps(entities: readonly Entity[]): Entity[] {
  const ordered = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of ordered) {
    const last = kept.at(-1);
    if (!last || entity.start >= last.end) kept.push(entity);
  }
  return kept;
}

/** The entities of a message in the order they appear. */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  const matchable: MatchableText = { original: text, view: toAsciiDigits(unifyArabicLetters(text)) };
  return withoutOverlaps([
    ...extractIdentifiers(matchable),
    ...extractAmounts(matchable),
    ...extractDates(matchable, options),
  ]);
}
