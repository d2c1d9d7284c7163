/**
 * Search keywords of an article, extracted at save time: the content words of the title
 * (weight 3) and body (weight 1) after stop-word removal, grouped by stem, most weighty first,
 * shown in their most common written form (normalised). Tags always come first.
 * They are indexed with the title's weight class (B) and feed search suggestions.
 */
import { extractTerms } from "../../shared/text/index.js";
import { normalizeForSearch } from "../../shared/search/index.js";
import { markdownToText } from "./markdown.js";

export const MAX_KEYWORDS = 12;

export function extractSearchKeywords(
  input: { title: string; body: string; tags?: readonly string[] },
  max = MAX_KEYWORDS,
): string[] {
  const scores = new Map<string, { score: number; surfaces: Map<string, number>; first: number }>();
  let position = 0;
  const add = (text: string, weight: number) => {
    for (const term of extractTerms(text, { ngram: 1 })) {
      const surface = normalizeForSearch(term.surface).replace(/[^\p{L}\p{M}\p{N}]+/gu, "");
      if (surface.length < 3 || /^\d+$/.test(surface)) continue;
      const entry = scores.get(term.key) ?? { score: 0, surfaces: new Map(), first: position++ };
      entry.score += weight;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      scores.set(term.key, entry);
    }
  };
  add(input.title, 3);
  add(markdownToText(input.body), 1);
  const ranked = [...scores.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map((e) => [...e.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  const tags = (input.tags ?? []).map((t) => normalizeForSearch(t.trim())).filter(Boolean);
  return [...new Set([...tags, ...ranked])].slice(0, Math.max(max, tags.length));
}
