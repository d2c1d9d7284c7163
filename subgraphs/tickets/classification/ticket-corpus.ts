/** Shape of labelled ticket data, and the helper that flattens it from a compact per-label layout. */
import type { CategoryKey, SubcategoryKey } from "./taxonomy.js";

export type TicketLanguage = "en" | "ar" | "hi" | "ur";

export interface LabelledTicket {
  readonly subject: string;
  readonly description: string;
  readonly language: TicketLanguage;
  readonly categoryKey: CategoryKey;
  readonly subcategoryKey: SubcategoryKey;
}

/** `[subject, description]` as the customer wrote them. */
export type TicketText = readonly [subject: string, description: string];

type ByLanguage = Partial<Record<TicketLanguage, readonly TicketText[]>>;

/** Tickets grouped by category, subcategory and language; the type only allows subcategories of each category. */
export type TicketCorpus = {
  readonly [C in CategoryKey]: { readonly [S in SubcategoryKey<C>]: ByLanguage };
};

export function flattenTicketCorpus(corpus: TicketCorpus): LabelledTicket[] {
  const tickets: LabelledTicket[] = [];
  for (const [categoryKey, subcategories] of Object.entries(corpus) as [CategoryKey, Record<string, ByLanguage>][]) {
    for (const [subcategoryKey, byLanguage] of Object.entries(subcategories)) {
      for (const [language, texts] of Object.entries(byLanguage) as [TicketLanguage, readonly TicketText[]][]) {
        for (const [subject, description] of texts) {
          tickets.push({
            subject,
            description,
            language,
            categoryKey,
            subcategoryKey: subcategoryKey as SubcategoryKey,
          });
        }
      }
    }
  }
  return tickets;
}

/** The text a classifier reads for a ticket. */
export function ticketText(ticket: { readonly subject: string; readonly description: string }): string {
  return `${ticket.subject}\n${ticket.description}`;
}
