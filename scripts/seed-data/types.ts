/**
 * Types for Switchboard's demo / seed data.
 *
 * Everything under scripts/seed-data is plain data: no I/O, no database access.
 * Seeders and tests import these constants and decide what to do with them.
 */

// ---------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------

/** Languages the platform supports (ISO 639-1). */
export type LanguageCode = "en" | "ar" | "hi" | "ur";

/** Languages in which authored content (KB articles, macros, category names) exists. */
export type ContentLanguage = "en" | "ar";

/** A value available in both English and Arabic. */
export interface Bilingual<T> {
  en: T;
  ar: T;
}

export type TicketPriority = "LOW" | "MEDIUM" | "HIGH" | "URGENT";

/** A named escalation tier: a category's specialist tier or the supervisor queue. */
export type EscalationTier = string;

/** ISO 4217 currency codes used in the demo data. */
export type CurrencyCode = "USD" | "AED" | "SAR" | "EGP" | "INR" | "PKR" | "GBP";

/** ISO 3166-1 alpha-2 country codes used in the demo data. */
export type CountryCode = "AE" | "SA" | "EG" | "IN" | "PK" | "GB" | "US" | "QA" | "KW" | "JO";

// ---------------------------------------------------------------------------
// Ticket categories
// ---------------------------------------------------------------------------

export type TicketCategoryKey = import("../../shared/support-taxonomy.js").SupportCategoryKey;

/** Keywords used for routing/classification, per language. */
export type CategoryKeywords = Bilingual<string[]>;

export interface TicketSubcategory {
  /** snake_case, unique within the whole category tree. */
  key: string;
  name: string;
  nameAr: string;
  keywords: CategoryKeywords;
}

export interface TicketCategory {
  key: TicketCategoryKey;
  name: string;
  nameAr: string;
  description: string;
  defaultPriority: TicketPriority;
  /** First-response SLA, in hours. */
  slaHours: number;
  escalationTier: EscalationTier;
  keywords: CategoryKeywords;
  subcategories: TicketSubcategory[];
}

// ---------------------------------------------------------------------------
// Knowledge base
// ---------------------------------------------------------------------------

/** The specification's knowledge base categories (articleCategories). */
export type KnowledgeCategoryKey = "getting_started" | "investment_guide" | "trading_help" | "troubleshooting";

export interface KnowledgeCategory {
  key: KnowledgeCategoryKey;
  /** The specification's name ("Getting Started"). */
  name: string;
  nameAr: string;
  /** The specification's description. */
  description: string;
}

export interface KnowledgeArticleTranslation {
  title: string;
  /** Markdown. */
  body: string;
}

export interface KnowledgeArticle {
  /** The specification's article key (snake_case); also the article's slug in every language. */
  key: string;
  categoryKey: KnowledgeCategoryKey;
  /** 3–6 lowercase, hyphenated tags. */
  tags: string[];
  en: KnowledgeArticleTranslation;
  ar: KnowledgeArticleTranslation;
  /**
   * Search keywords per language: the words people type for this article that its text may not
   * use (synonyms, the names of screens and errors). Stored with the keywords extracted from the
   * text, indexed with the title's weight class.
   */
  keywords: { en: string[]; ar: string[] };
}

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

export type AgentRole = "agent" | "supervisor" | "admin";

export type AgentStatus = "ONLINE" | "AWAY" | "BUSY" | "OFFLINE";

export interface DemoAgent {
  /** Hard-coded UUID v4. */
  id: string;
  displayName: string;
  /** @switchboard.example */
  email: string;
  role: AgentRole;
  specializations: TicketCategoryKey[];
  languages: LanguageCode[];
  escalationTiers: EscalationTier[];
  /** 0–10, one decimal place. */
  rating: number;
  status: AgentStatus;
  maxConcurrentChats: number;
  /** IANA time-zone name. */
  timezone: string;
}

export type CustomerTier = "standard" | "premium" | "vip";

export interface DemoCustomer {
  /** Hard-coded UUID v4. */
  id: string;
  name: string;
  /** @example.com */
  email: string;
  /** E.164. */
  phone: string;
  preferredLanguage: LanguageCode;
  country: CountryCode;
  tier: CustomerTier;
}

// ---------------------------------------------------------------------------
// Customer context (chatbot customer-context provider)
// ---------------------------------------------------------------------------

export type KycStatus = "VERIFIED" | "PENDING" | "REJECTED" | "NOT_STARTED";

export type InvestmentStatus = "ACTIVE" | "PENDING" | "MATURED" | "CANCELLED";

export interface DemoInvestment {
  /** e.g. "INV-10231" */
  id: string;
  productName: string;
  /** Major currency units (e.g. 2500.5 = 2,500.50). */
  amount: number;
  currency: CurrencyCode;
  status: InvestmentStatus;
  /** ISO-8601 timestamp. */
  startedAt: string;
}

export type TransactionType = "DEPOSIT" | "WITHDRAWAL" | "DIVIDEND" | "FEE";

export type TransactionStatus = "COMPLETED" | "PENDING" | "FAILED";

export interface DemoTransaction {
  /** e.g. "TXN-88412345" */
  id: string;
  type: TransactionType;
  /** Major currency units, always positive; direction is implied by `type`. */
  amount: number;
  currency: CurrencyCode;
  status: TransactionStatus;
  /** Present if and only if status is FAILED. */
  failureReason?: string;
  /** ISO-8601 timestamp. */
  at: string;
}

export interface CustomerContext {
  customerId: string;
  kycStatus: KycStatus;
  /** Why the customer is in this KYC state (English, agent/bot-facing). */
  kycReason: string;
  /** What the customer (or support) should do next. */
  kycNextStep: string;
  /** ISO-8601 timestamp of the last KYC status change; null when NOT_STARTED. */
  kycUpdatedAt: string | null;
  investments: DemoInvestment[];
  recentTransactions: DemoTransaction[];
}

// ---------------------------------------------------------------------------
// Macros (canned responses)
// ---------------------------------------------------------------------------

/** Placeholders that macro bodies may contain. */
export type MacroPlaceholder = "{{customer.name}}" | "{{ticket.number}}" | "{{agent.name}}";

export interface DemoMacro {
  key: string;
  name: string;
  nameAr: string;
  /** null = usable for any category. */
  categoryKey: TicketCategoryKey | null;
  body: Bilingual<string>;
}
