/** Reference numbers customers quote (SB-10042, TXN-88231, INV-20418) and e-mail addresses. */
import { WORD_CHAR, type IdentifierEntity, type MatchableText } from "./types.js";

type ReferenceType = Exclude<IdentifierEntity["type"], "EMAIL">;

/** Prefix of each reference type; customers also write "SB 10042" or "sb10042". */
const REFERENCE_PREFIXES: ReadonlyArray<readonly [ReferenceType, string]> = [
  ["TICKET_NUMBER", "SB"],
  ["TRANSACTION_ID", "TXN"],
  ["INVESTMENT_ID", "INV"],
];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function referencePattern(prefix: string): RegExp {
  return new RegExp(String.raw`(?<!${WORD_CHAR})${prefix}[-\s]?(?<digits>\d{3,})(?!\d)`, "giu");
}

export function extractIdentifiers({ original, view }: MatchableText): IdentifierEntity[] {
  const entities: IdentifierEntity[] = [];
  for (const [type, prefix] of REFERENCE_PREFIXES) {
    for (const match of view.matchAll(referencePattern(prefix))) {
      const start = match.index;
      const end = start + match[0].length;
      entities.push({ type, value: `${prefix}-${match.groups?.digits}`, raw: original.slice(start, end), start, end });
    }
  }
  for (const match of view.matchAll(EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    entities.push({ type: "EMAIL", value: match[0].toLowerCase(), raw: original.slice(start, end), start, end });
  }
  return entities;
}
