/** Language tags as clients send them: `ar-AE` in a field, `fr;q=0.4, ar-AE;q=0.8` in Accept-Language. */

const LANGUAGE_TAG = /^([a-z]{2,3})(?:-[a-z0-9]{1,8})*$/i;

/** "ar-AE" → "ar"; null for anything that is not a language tag. */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  const match = tag ? LANGUAGE_TAG.exec(tag.trim()) : null;
  return match ? match[1].toLowerCase() : null;
}

/** The languages of an Accept-Language header, most preferred first (q-values; `*` and q=0 left out; each once). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: normalizeLanguage(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry): entry is { language: string; q: number; index: number } => Boolean(entry.language) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return [...new Set(ranked.map((entry) => entry.language))];
}
