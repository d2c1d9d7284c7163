/**
 * Dates in English and Arabic: ISO ("2026-03-12"), numeric ("12/03/2026",
 * day first unless told otherwise or impossible), with a month name
 * ("3 March", "March 3, 2026", "١٢ مارس ٢٠٢٦") and relative to now
 * ("yesterday", "today", "last week", "3 days ago", "أمس", "الأسبوع الماضي").
 * Every date resolves to a calendar day, YYYY-MM-DD, in the given time zone;
 * a span such as "last week" resolves to its start (7 days before today).
 */
import { WORD_CHAR, type DateEntity, type MatchableText } from "./types.js";

export interface DateOptions {
  /** The moment relative dates are counted from. Default: the current time. */
  readonly now?: Date;
  /** Order of day and month in numeric dates like 03/04/2026. Default "DMY" (Gulf usage). */
  readonly dateOrder?: "DMY" | "MDY";
  /** IANA time zone that decides what "today" is. Default "UTC". */
  readonly timeZone?: string;
}

interface CalendarDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const formatDay = ({ year, month, day }: CalendarDay) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function today(now: Date, timeZone: string): CalendarDay {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, number>>((acc, part) => ({ ...acc, [part.type]: Number(part.value) }), {});
  return { year: parts.year, month: parts.month, day: parts.day };
}

function addDays(date: CalendarDay, days: number): CalendarDay {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function addMonths(date: CalendarDay, months: number): CalendarDay {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // Arabic month names as used in the Gulf and Egypt, letters unified (أ→ا, ة→ه).
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;
const ORDINAL = "(?:st|nd|rd|th)?";

type Resolver = (
  groups: Record<string, string | undefined>,
  base: CalendarDay,
  options: Required<DateOptions>,
) => CalendarDay | undefined;

const monthOf = (name = "") => MONTHS[name.toLowerCase()] ?? 0;
const yearOr = (year: string | undefined, base: CalendarDay) => (year ? Number(year) : base.year);

/**
 * Relative expressions as [English, Arabic, resolution]. Arabic ones may carry
 * the conjunction "و" ("وأمس"), and digits are already ASCII in the view.
 */
const RELATIVE: ReadonlyArray<
  readonly [english: string, arabic: string, resolve: (base: CalendarDay, n: number) => CalendarDay]
> = [
  [String.raw`day before yesterday`, String.raw`(?:اول|قبل)\s+(?:ال)?امس`, (base) => addDays(base, -2)],
  [String.raw`yesterday`, String.raw`(?:بال|ال)?امس|البارحه|مبارح`, (base) => addDays(base, -1)],
  [String.raw`today`, String.raw`اليوم`, (base) => base],
  [String.raw`tomorrow`, String.raw`غدا|بكره`, (base) => addDays(base, 1)],
  [String.raw`last\s+week`, String.raw`(?:في\s+)?الاسبوع\s+(?:الماضي|الفايت)`, (base) => addDays(base, -7)],
  [String.raw`last\s+month`, String.raw`(?:في\s+)?الشهر\s+(?:الماضي|الفايت)`, (base) => addMonths(base, -1)],
  [
    String.raw`(?<n>\d+)\s+days?\s+ago`,
    String.raw`(?:قبل|منذ)\s+(?<n2>\d+)\s+(?:ايام|يوم|يوما)`,
    (base, n) => addDays(base, -n),
  ],
  [
    String.raw`(?<w>\d+)\s+weeks?\s+ago`,
    String.raw`(?:قبل|منذ)\s+(?<w2>\d+)\s+(?:اسابيع|اسبوع)`,
    (base, n) => addDays(base, -7 * n),
  ],
];

const PATTERNS: ReadonlyArray<readonly [RegExp, Resolver]> = [
  [
    new RegExp(String.raw`${START}(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?${END}`, "gu"),
    (g) => validDay(Number(g.y), Number(g.m), Number(g.d)),
  ],
  [
    new RegExp(String.raw`${START}(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<y>\d{4})${END}`, "gu"),
    (g, _base, { dateOrder }) => {
      const [a, b, year] = [Number(g.a), Number(g.b), Number(g.y)];
      const dayFirst = a > 12 || (b <= 12 && dateOrder === "DMY");
      return dayFirst ? validDay(year, b, a) : validDay(year, a, b);
    },
  ],
  [
    new RegExp(
      String.raw`${START}(?<d>\d{1,2})${ORDINAL}\s+(?:of\s+)?(?<month>${MONTH})(?:,?\s+(?<y>\d{4}))?${END}`,
      "giu",
    ),
    (g, base) => validDay(yearOr(g.y, base), monthOf(g.month), Number(g.d)),
  ],
  [
    new RegExp(String.raw`${START}(?<month>${MONTH})\s+(?<d>\d{1,2})${ORDINAL}(?:,?\s+(?<y>\d{4}))?${END}`, "giu"),
    (g, base) => validDay(yearOr(g.y, base), monthOf(g.month), Number(g.d)),
  ],
  ...RELATIVE.map(
    ([english, arabic, offset]) =>
      [
        new RegExp(`${START}(?:${english}|و?(?:${arabic}))${END}`, "giu"),
        (g: Record<string, string | undefined>, base: CalendarDay) =>
          offset(base, Number(g.n ?? g.n2 ?? g.w ?? g.w2 ?? 0)),
      ] as const,
  ),
];

export function extractDates({ original, view }: MatchableText, options: DateOptions = {}): DateEntity[] {
  const resolved: Required<DateOptions> = {
    now: options.now ?? new Date(),
    dateOrder: options.dateOrder ?? "DMY",
    timeZone: options.timeZone ?? "UTC",
  };
  const base = today(resolved.now, resolved.timeZone);
  const entities: DateEntity[] = [];
  for (const [pattern, resolve] of PATTERNS) {
    for (const match of view.matchAll(pattern)) {
      const day = resolve(match.groups ?? {}, base, resolved);
      if (!day) continue;
      const start = match.index;
      const end = start + match[0].length;
      entities.push({ type: "DATE", value: formatDay(day), raw: original.slice(start, end), start, end });
    }
  }
  return entities;
}
