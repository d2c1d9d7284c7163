/**
 * The four languages Switchboard supports, as the product specification lists them (English and
 * Arabic primary, Hindi and Urdu secondary): name, native name, locale, writing direction and
 * when agents for the language are on duty. Every language a caller sends — a ticket's, a chat's,
 * a translation target, an agent's — must be one of these; detection never answers anything else.
 */
import { badInput } from "./errors.js";
import { detectLanguage } from "./text/language.js";
import { acceptedLanguages, normalizeLanguage } from "./text/language-tags.js";

export const LANGUAGE_CODES = ["en", "ar", "hi", "ur"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** When agents for a language are on duty, in a fixed UTC offset; null window = no fixed hours. */
export interface AgentAvailability {
  /** The specification's wording: "24/7", "08:00-20:00 UTC+4", "Limited hours". */
  readonly description: string;
  readonly alwaysOpen: boolean;
  /** Fixed hours "HH:MM" in `utcOffsetMinutes`; null when there are none (24/7 or limited). */
  readonly opensAt: string | null;
  readonly closesAt: string | null;
  readonly utcOffsetMinutes: number | null;
}

export interface SupportedLanguage {
  readonly code: LanguageCode;
  readonly name: string;
  readonly nativeName: string;
  /** BCP 47 locale used for formatting: en-US, ar-AE, hi-IN, ur-PK. */
  readonly locale: string;
  readonly rtl: boolean;
  readonly tier: "primary" | "secondary";
  readonly agentAvailability: AgentAvailability;
}

const window = (
  opensAt: string,
  closesAt: string,
  utcOffsetMinutes: number,
  description: string,
): AgentAvailability => ({
  description,
  alwaysOpen: false,
  opensAt,
  closesAt,
  utcOffsetMinutes,
});

export const SUPPORTED_LANGUAGES: readonly SupportedLanguage[] = Object.freeze([
  {
    code: "en",
    name: "English",
    nativeName: "English",
    locale: "en-US",
    rtl: false,
    tier: "primary",
    agentAvailability: { description: "24/7", alwaysOpen: true, opensAt: null, closesAt: null, utcOffsetMinutes: null },
  },
  {
    code: "ar",
    name: "Arabic",
    nativeName: "العربية",
    locale: "ar-AE",
    rtl: true,
    tier: "primary",
    agentAvailability: window("08:00", "20:00", 240, "08:00-20:00 UTC+4"),
  },
  {
    code: "hi",
    name: "Hindi",
    nativeName: "हिन्दी",
    locale: "hi-IN",
    rtl: false,
    tier: "secondary",
    agentAvailability: window("09:00", "18:00", 330, "09:00-18:00 UTC+5:30"),
  },
  {
    code: "ur",
    name: "Urdu",
    nativeName: "اردو",
    locale: "ur-PK",
    rtl: true,
    tier: "secondary",
    agentAvailability: {
      description: "Limited hours",
      alwaysOpen: false,
      opensAt: null,
      closesAt: null,
      utcOffsetMinutes: null,
    },
  },
]);

const BY_CODE = new Map<string, SupportedLanguage>(SUPPORTED_LANGUAGES.map((l) => [l.code, l]));

export function isSupportedLanguage(code: string | null | undefined): code is LanguageCode {
  return code != null && BY_CODE.has(code);
}

export function languageInfo(code: LanguageCode): SupportedLanguage {
  return BY_CODE.get(code)!;
}

/** A supported language's code from a tag ("ar-AE" → "ar"); null for anything else. */
export function supportedLanguageOf(tag: string | null | undefined): LanguageCode | null {
  const key = normalizeLanguage(tag);
  return isSupportedLanguage(key) ? key : null;
}

/** As `supportedLanguageOf`, but a tag outside the four is a BAD_USER_INPUT naming `field`. */
export function requireSupportedLanguage(tag: string, field: string): LanguageCode {
  const code = supportedLanguageOf(tag);
  if (!code)
    throw badInput(
      `${field} must be one of ${LANGUAGE_CODES.join(", ")} (or a locale of one, such as ar-AE); got "${tag.slice(0, 40)}"`,
      { field },
    );
  return code;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Whether the language's agent window is open at `at`: true for 24/7, the fixed window in its
 * own offset otherwise; null when the specification gives no hours ("Limited hours") — then only
 * who is online tells.
 */
export function withinAgentHours(code: LanguageCode, at: Date): boolean | null {
  const { agentAvailability: a } = languageInfo(code);
  if (a.alwaysOpen) return true;
  if (a.opensAt === null || a.closesAt === null || a.utcOffsetMinutes === null) return null;
  const local = (((at.getUTCHours() * 60 + at.getUTCMinutes() + a.utcOffsetMinutes) % 1440) + 1440) % 1440;
  const opens = minutesOf(a.opensAt);
  const closes = minutesOf(a.closesAt);
  return opens <= closes ? local >= opens && local < closes : local >= opens || local < closes;
}

/**
 * What a customer routed to a live agent should know about their language's agent hours at `at`:
 * null while the language's agents are on duty (or always are); otherwise that the agent who
 * answers now may not speak it and is helped by translation, and when its agents work.
 */
export function agentHoursNote(code: LanguageCode, at: Date): string | null {
  const open = withinAgentHours(code, at);
  if (open === true) return null;
  const { name, agentAvailability } = languageInfo(code);
  return open === false
    ? `${name}-speaking agents are on duty ${agentAvailability.description}; until then the agent who answers is helped by translation.`
    : `${name}-speaking agents work limited hours; when none is online, the agent who answers is helped by translation.`;
}

// ---- detection -------------------------------------------------------------------------------

/** ISO 3166-1 alpha-2 → the supported language people there are served in; absent = says nothing. */
const COUNTRY_LANGUAGE: Readonly<Record<string, LanguageCode>> = Object.freeze({
  // Arabic-speaking countries (the Arab League).
  AE: "ar",
  SA: "ar",
  QA: "ar",
  KW: "ar",
  BH: "ar",
  OM: "ar",
  YE: "ar",
  IQ: "ar",
  SY: "ar",
  JO: "ar",
  LB: "ar",
  PS: "ar",
  EG: "ar",
  SD: "ar",
  LY: "ar",
  TN: "ar",
  DZ: "ar",
  MA: "ar",
  MR: "ar",
  SO: "ar",
  DJ: "ar",
  KM: "ar",
  IN: "hi",
  PK: "ur",
  // English-speaking countries.
  US: "en",
  GB: "en",
  IE: "en",
  CA: "en",
  AU: "en",
  NZ: "en",
  ZA: "en",
  SG: "en",
  NG: "en",
  KE: "en",
  GH: "en",
  JM: "en",
} as Record<string, LanguageCode>);

/** The language a customer's country implies, or null when the country says nothing about the four. */
export function languageForCountry(country: string | null | undefined): LanguageCode | null {
  if (!country) return null;
  return COUNTRY_LANGUAGE[country.trim().toUpperCase()] ?? null;
}

/** The first language of an Accept-Language header that is one of the four; null when none is. */
export function languageFromAcceptLanguage(header: string | null | undefined): LanguageCode | null {
  return acceptedLanguages(header).find(isSupportedLanguage) ?? null;
}

export type LanguageSource =
  "EXPLICIT" | "CUSTOMER_PREFERENCE" | "ACCEPT_LANGUAGE" | "COUNTRY" | "DETECTED" | "DEFAULT";

export interface LanguageSignals {
  /** Set by the caller on the request itself (already validated). */
  explicit?: string | null;
  /** The customer profile's preferred language. */
  preferred?: string | null;
  acceptLanguage?: string | null;
  /** The customer profile's country (ISO 3166-1 alpha-2). */
  country?: string | null;
  /** The customer's text, looked at only when none of the above says anything. */
  text?: string | null;
}

/**
 * The specification's order: profile preference > Accept-Language > the customer's country;
 * text detection only when none of those names one of the four; English when nothing does.
 * The answer is always one of the four.
 */
export function chooseLanguage(signals: LanguageSignals): { language: LanguageCode; source: LanguageSource } {
  const explicit = supportedLanguageOf(signals.explicit);
  if (explicit) return { language: explicit, source: "EXPLICIT" };
  const preferred = supportedLanguageOf(signals.preferred);
  if (preferred) return { language: preferred, source: "CUSTOMER_PREFERENCE" };
  const accepted = languageFromAcceptLanguage(signals.acceptLanguage);
  if (accepted) return { language: accepted, source: "ACCEPT_LANGUAGE" };
  const fromCountry = languageForCountry(signals.country);
  if (fromCountry) return { language: fromCountry, source: "COUNTRY" };
  const detected = signals.text ? detectLanguage(signals.text).language : null;
  if (isSupportedLanguage(detected)) return { language: detected, source: "DETECTED" };
  return { language: "en", source: "DEFAULT" };
}

/** The text's language when it is one of the four; null when it is too short to tell or another language. */
export function detectedSupportedLanguage(text: string): LanguageCode | null {
  const detected = detectLanguage(text).language;
  return isSupportedLanguage(detected) ? detected : null;
}
