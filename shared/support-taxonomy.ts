/**
 * The support taxonomy of the product specification, verbatim: five ticket categories, each with
 * its five subcategory keys, default priority, SLA hours and escalation tier. Every subgraph that
 * names a category (tickets, agents' specializations, analytics, chat transfer queues) validates
 * against these keys; the tickets subgraph stores them as its editable policy table.
 */

export type TicketPriority = "LOW" | "MEDIUM" | "HIGH" | "URGENT";

export interface CategoryDefinition {
  readonly subcategories: readonly string[];
  readonly priority: TicketPriority;
  readonly slaHours: number;
  readonly escalationTier: string;
}

export const SUPPORT_CATEGORIES = {
  investment_support: {
    subcategories: [
      "property_investment_help",
      "token_purchase_issues",
      "portfolio_questions",
      "dividend_inquiries",
      "staking_support",
    ],
    priority: "MEDIUM",
    slaHours: 4,
    escalationTier: "investment_specialist",
  },
  technical_support: {
    subcategories: [
      "app_not_working",
      "login_issues",
      "payment_failures",
      "wallet_connection_problems",
      "trading_platform_issues",
    ],
    priority: "HIGH",
    slaHours: 2,
    escalationTier: "technical_specialist",
  },
  account_support: {
    subcategories: [
      "kyc_verification",
      "account_security",
      "profile_updates",
      "document_upload_help",
      "2fa_assistance",
    ],
    priority: "MEDIUM",
    slaHours: 6,
    escalationTier: "account_specialist",
  },
  compliance_support: {
    subcategories: [
      "regulatory_questions",
      "tax_documentation",
      "aml_inquiries",
      "reporting_help",
      "legal_clarifications",
    ],
    priority: "HIGH",
    slaHours: 4,
    escalationTier: "compliance_specialist",
  },
  billing_support: {
    subcategories: ["payment_issues", "refund_requests", "billing_disputes", "subscription_help", "fee_clarifications"],
    priority: "HIGH",
    slaHours: 3,
    escalationTier: "billing_specialist",
  },
} as const satisfies Record<string, CategoryDefinition>;

export type SupportCategoryKey = keyof typeof SUPPORT_CATEGORIES;

export const SUPPORT_CATEGORY_KEYS = Object.keys(SUPPORT_CATEGORIES) as SupportCategoryKey[];

/**
 * Where an escalated ticket goes. The first escalation routes to the category's specialist tier;
 * a ticket escalated again (or one without a category) goes to the supervisor queue, the
 * specification's "Escalation Manager → Supervisor Queue".
 */
export const SUPERVISOR_TIER = "supervisor";

export const ESCALATION_TIERS: readonly string[] = [
  ...SUPPORT_CATEGORY_KEYS.map((key) => SUPPORT_CATEGORIES[key].escalationTier),
  SUPERVISOR_TIER,
];

export function isSupportCategoryKey(key: string): key is SupportCategoryKey {
  return Object.prototype.hasOwnProperty.call(SUPPORT_CATEGORIES, key);
}

/** The category a subcategory key belongs to, or null for an unknown key. */
export function categoryOfSubcategory(subcategoryKey: string): SupportCategoryKey | null {
  for (const key of SUPPORT_CATEGORY_KEYS) {
    if ((SUPPORT_CATEGORIES[key].subcategories as readonly string[]).includes(subcategoryKey)) return key;
  }
  return null;
}

/** The tier the next escalation of a ticket goes to, given its current tier and its category's tier. */
export function nextEscalationTier(current: string | null, categoryTier: string | null): string {
  if (current !== null) return SUPERVISOR_TIER;
  return categoryTier ?? SUPERVISOR_TIER;
}
