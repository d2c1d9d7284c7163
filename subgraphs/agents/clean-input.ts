/**
 * Validation and normalisation of routing input (assignment requests, agent profiles). Pure:
 * each function returns the clean value or throws a coded BAD_USER_INPUT error, so nothing is
 * written for bad input.
 */
import { badInput } from "../../shared/errors.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { ESCALATION_TIERS, SUPPORT_CATEGORY_KEYS, isSupportCategoryKey } from "../../shared/support-taxonomy.js";
import { requireSupportedLanguage } from "../../shared/languages.js";

export const WORK_ITEM_KINDS = ["TICKET", "CHAT"] as const;
export type WorkItemKindValue = (typeof WORK_ITEM_KINDS)[number];

/** Queue order: lower rank is served first. */
export const PRIORITY_RANK = Object.freeze({ URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const);
export type PriorityValue = keyof typeof PRIORITY_RANK;
export const DEFAULT_PRIORITY: PriorityValue = "MEDIUM";

/**
 * One of the four supported languages from a tag: "en-GB" → "en", "ur_PK" → "ur". Anything else —
 * not a language tag, or a language outside en/ar/hi/ur — is a BAD_USER_INPUT naming `field`.
 */
export function languageKey(tag: string, field = "language"): string {
  return requireSupportedLanguage(tag.trim().replace(/_/g, "-"), field);
}

export interface AssignmentRequestInput {
  kind: WorkItemKindValue;
  itemId: string;
  categoryKey?: string | null;
  language: string;
  priority?: string | null;
  requiredTier?: string | null;
  excludeAgentIds?: ReadonlyArray<string> | null;
}

export interface CleanAssignmentRequest {
  kind: WorkItemKindValue;
  itemId: string;
  categoryKey: string | null;
  language: string;
  languageKey: string;
  priority: PriorityValue;
  priorityRank: number;
  requiredTier: string | null;
  excludeAgentIds: string[];
}

export function assertUuidField(value: string, field: string): string {
  if (!UUID_PATTERN.test(value)) throw badInput(`${field} must be a UUID`, { field });
  return value.toLowerCase();
}

export function cleanPriority(value: string | null | undefined): PriorityValue {
  if (value === null || value === undefined || value === "") return DEFAULT_PRIORITY;
  const upper = value.trim().toUpperCase();
  if (!(upper in PRIORITY_RANK))
    throw badInput(`priority must be one of ${Object.keys(PRIORITY_RANK).join(", ")} (got "${value}")`, {
      field: "priority",
    });
  return upper as PriorityValue;
}

export function cleanTier(value: string | null | undefined, field = "requiredTier"): string | null {
  if (value === null || value === undefined) return null;
  const tier = value.trim();
  if (!ESCALATION_TIERS.includes(tier))
    throw badInput(`${field} must be one of ${ESCALATION_TIERS.join(", ")} (got "${value}")`, { field });
  return tier;
}

/** A category key of the specification's taxonomy, or null when absent. */
export function cleanCategoryKey(value: string | null | undefined, field = "categoryKey"): string | null {
  const key = value?.trim() || null;
  if (key !== null && !isSupportCategoryKey(key))
    throw badInput(`${field} "${key}" is not a ticket category; expected one of ${SUPPORT_CATEGORY_KEYS.join(", ")}`, {
      field,
    });
  return key;
}

export function cleanAssignmentRequest(input: AssignmentRequestInput): CleanAssignmentRequest {
  if (!(WORK_ITEM_KINDS as readonly string[]).includes(input.kind))
    throw badInput(`kind must be TICKET or CHAT`, { field: "kind" });
  const itemId = assertUuidField(input.itemId, "itemId");
  const categoryKey = cleanCategoryKey(input.categoryKey);
  const language = input.language.trim();
  const key = languageKey(language);
  const priority = cleanPriority(input.priority);
  return {
    kind: input.kind,
    itemId,
    categoryKey,
    language,
    languageKey: key,
    priority,
    priorityRank: PRIORITY_RANK[priority],
    requiredTier: cleanTier(input.requiredTier),
    excludeAgentIds: [...new Set((input.excludeAgentIds ?? []).map((id) => assertUuidField(id, "excludeAgentIds")))],
  };
}

// ---- agent profiles ----------------------------------------------------------------------

export interface WorkingHoursInput {
  days: ReadonlyArray<number>;
  start: string;
  end: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function cleanWorkingHours(input: WorkingHoursInput): {
  workingDays: number[];
  workStartsAt: string;
  workEndsAt: string;
} {
  const days = [...new Set(input.days)].sort((a, b) => a - b);
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw badInput("workingHours.days must be ISO weekdays 1 (Monday) to 7 (Sunday), at least one", {
      field: "workingHours.days",
    });
  }
  if (!CLOCK.test(input.start) || !CLOCK.test(input.end))
    throw badInput('workingHours.start and .end must be "HH:MM" (24-hour)', { field: "workingHours" });
  if (input.start === input.end) throw badInput("workingHours.start and .end must differ", { field: "workingHours" });
  return { workingDays: days, workStartsAt: input.start, workEndsAt: input.end };
}

export function cleanLanguages(languages: ReadonlyArray<string>): string[] {
  if (languages.length === 0) throw badInput("languages must name at least one language", { field: "languages" });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of languages) {
    const key = languageKey(tag, "languages");
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

export function cleanTiers(tiers: ReadonlyArray<string>): string[] {
  return [...new Set(tiers.map((tier) => cleanTier(tier, "escalationTiers") as string))].sort();
}

/** Specializations are the specification's category keys. */
export function cleanSpecializations(keys: ReadonlyArray<string>): string[] {
  return [
    ...new Set(
      keys.map((key) => cleanCategoryKey(key, "specializations")).filter((key): key is string => key !== null),
    ),
  ];
}

export function cleanTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw badInput(`timezone "${zone}" is not an IANA time zone`, { field: "timezone" });
  }
  return zone;
}

export function cleanEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || value.length > 254)
    throw badInput(`"${email}" is not an email address`, { field: "email" });
  return value;
}

export function cleanDisplayName(name: string): string {
  const value = name.trim();
  if (value.length < 1 || value.length > 120)
    throw badInput("displayName must be 1–120 characters", { field: "displayName" });
  return value;
}

export function cleanRating(rating: number): number {
  if (!Number.isFinite(rating) || rating < 0 || rating > 10)
    throw badInput("rating must be between 0 and 10", { field: "rating" });
  return rating;
}

export function cleanMaxChats(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 50)
    throw badInput("maxConcurrentChats must be a whole number from 1 to 50", { field: "maxConcurrentChats" });
  return value;
}

/**
 * New running rating (0–10) after one customer rating on the 1–5 CSAT scale: the mean of all
 * received ratings scaled ×2. The seeded/initial rating stands until the first feedback. When
 * the customer revises earlier feedback (`previousRating`), that rating is replaced, not added.
 */
export function nextRating(
  current: number,
  count: number,
  customerRating: number,
  previousRating: number | null = null,
): { rating: number; ratingCount: number } {
  const assertScale = (value: number, what: string) => {
    if (!Number.isFinite(value) || value < 1 || value > 5) throw new RangeError(`${what} must be 1–5, got ${value}`);
  };
  assertScale(customerRating, "customer rating");
  const scaled = customerRating * 2;
  if (previousRating !== null && count > 0) {
    assertScale(previousRating, "previous rating");
    const rating = (current * count - previousRating * 2 + scaled) / count;
    return { rating: Math.round(Math.min(10, Math.max(0, rating)) * 100) / 100, ratingCount: count };
  }
  const ratingCount = count + 1;
  const rating = count <= 0 ? scaled : (current * count + scaled) / ratingCount;
  return { rating: Math.round(rating * 100) / 100, ratingCount };
}
