/**
 * Money amounts with a currency, before or after the number, in English and
 * Arabic: "$1,200.50", "USD 300", "500 AED", "1500 درهم", "٢٥٠ ريال".
 * A bare number is not an amount: it is more often a quantity or a reference.
 */
import { WORD_CHAR, type AmountEntity, type MatchableText } from "./types.js";

/** Currency spellings as they appear in the matching view (Arabic letters unified: ة→ه, إ→ا). */
const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  $: "USD",
  us$: "USD",
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  دولار: "USD",
  دولارات: "USD",
  "€": "EUR",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  يورو: "EUR",
  "£": "GBP",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  "جنيه استرليني": "GBP",
  aed: "AED",
  dhs: "AED",
  dh: "AED",
  dirham: "AED",
  dirhams: "AED",
  درهم: "AED",
  دراهم: "AED",
  "د.ا": "AED",
  sar: "SAR",
  riyal: "SAR",
  riyals: "SAR",
  ريال: "SAR",
  "ر.س": "SAR",
  "₹": "INR",
  inr: "INR",
  rupee: "INR",
  rupees: "INR",
  روبيه: "INR",
  pkr: "PKR",
  kwd: "KWD",
  qar: "QAR",
  omr: "OMR",
  bhd: "BHD",
  egp: "EGP",
  جنيه: "EGP",
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest spelling first, so "us$" wins over "$" and "جنيه استرليني" over "جنيه". */
const CURRENCY = Object.keys(CURRENCY_ALIASES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER_START = String.raw`(?<![\p{L}\p{N}.,\-])`;
const NUMBER_END = String.raw`(?![\d,.]\d)`;

const CURRENCY_FIRST = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?<currency>${CURRENCY})\s?(?<number>${NUMBER})${NUMBER_END}`,
  "giu",
);
const NUMBER_FIRST = new RegExp(String.raw`${NUMBER_START}(?<number>${NUMBER})\s?(?<currency>${CURRENCY})`, "giu");

/** Latin currency words must end at a word boundary ("500 dhsx" is not an amount); Arabic ones may take endings ("دولاراً"). */
function endsCleanly(view: string, end: number, currencyText: string): boolean {
  const isLatinWord = /^[a-z]+$/i.test(currencyText);
  return !isLatinWord || !/[\p{L}\p{N}]/u.test(view.charAt(end));
}

function toEntity(match: RegExpMatchArray, original: string): AmountEntity | undefined {
  const { number = "", currency: currencyText = "" } = match.groups ?? {};
  const currency = CURRENCY_ALIASES[currencyText.toLowerCase()];
  if (!currency) return undefined;
  const digits = number.replace(/,/g, "");
  const start = match.index ?? 0;
  const end = start + match[0].length;
  return {
    type: "AMOUNT",
    value: `${digits} ${currency}`,
    amount: Number(digits),
    currency,
    raw: original.slice(start, end),
    start,
    end,
  };
}

export function extractAmounts({ original, view }: MatchableText): AmountEntity[] {
  const entities: AmountEntity[] = [];
  for (const pattern of [CURRENCY_FIRST, NUMBER_FIRST]) {
    for (const match of view.matchAll(pattern)) {
      const entity = toEntity(match, original);
      if (entity && endsCleanly(view, entity.end, match.groups?.currency ?? "")) entities.push(entity);
    }
  }
  return entities;
}
