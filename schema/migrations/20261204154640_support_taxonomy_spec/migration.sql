-- The specification's ticket taxonomy (five categories × five subcategories, named escalation
-- tiers). Every stored reference to a category key moves from the first taxonomy to the
-- specification's; a key that is neither an old key, a specification key nor a category row
-- stops the migration (nothing is changed: each migration runs in one transaction).

CREATE TEMP TABLE taxonomy_key_map (old_key TEXT PRIMARY KEY, new_key TEXT NOT NULL, new_category TEXT NOT NULL);
INSERT INTO taxonomy_key_map (old_key, new_key, new_category) VALUES
  ('investment_support', 'investment_support', 'investment_support'),
  ('portfolio_inquiry', 'portfolio_questions', 'investment_support'),
  ('investment_status', 'property_investment_help', 'investment_support'),
  ('withdrawal_request', 'payment_issues', 'billing_support'),
  ('dividend_inquiry', 'dividend_inquiries', 'investment_support'),
  ('product_information', 'property_investment_help', 'investment_support'),
  ('technical_support', 'technical_support', 'technical_support'),
  ('login_issues', 'login_issues', 'technical_support'),
  ('app_errors', 'app_not_working', 'technical_support'),
  ('performance_issues', 'app_not_working', 'technical_support'),
  ('two_factor_authentication', '2fa_assistance', 'account_support'),
  ('data_sync', 'app_not_working', 'technical_support'),
  ('account_management', 'account_support', 'account_support'),
  ('account_opening', 'kyc_verification', 'account_support'),
  ('profile_update', 'profile_updates', 'account_support'),
  ('account_closure', 'profile_updates', 'account_support'),
  ('kyc_verification', 'kyc_verification', 'account_support'),
  ('password_reset', 'account_security', 'account_support'),
  ('compliance', 'compliance_support', 'compliance_support'),
  ('regulatory_inquiry', 'regulatory_questions', 'compliance_support'),
  ('document_request', 'reporting_help', 'compliance_support'),
  ('aml_review', 'aml_inquiries', 'compliance_support'),
  ('tax_reporting', 'tax_documentation', 'compliance_support'),
  ('sanctions_screening', 'aml_inquiries', 'compliance_support'),
  ('billing_support', 'billing_support', 'billing_support'),
  ('payment_failed', 'payment_issues', 'billing_support'),
  ('refund_request', 'refund_requests', 'billing_support'),
  ('fee_inquiry', 'fee_clarifications', 'billing_support'),
  ('invoice_request', 'fee_clarifications', 'billing_support'),
  ('subscription_change', 'subscription_help', 'billing_support');

-- The specification's rows (key, parent, priority, SLA hours, tier); names are refreshed by the seed.
CREATE TEMP TABLE taxonomy_spec (key TEXT PRIMARY KEY, parent TEXT, name TEXT NOT NULL, priority TEXT NOT NULL, sla DOUBLE PRECISION NOT NULL, tier TEXT NOT NULL);
INSERT INTO taxonomy_spec (key, parent, name, priority, sla, tier) VALUES
  ('investment_support', NULL, 'Investment Support', 'MEDIUM', 4, 'investment_specialist'),
  ('technical_support', NULL, 'Technical Support', 'HIGH', 2, 'technical_specialist'),
  ('account_support', NULL, 'Account Support', 'MEDIUM', 6, 'account_specialist'),
  ('compliance_support', NULL, 'Compliance Support', 'HIGH', 4, 'compliance_specialist'),
  ('billing_support', NULL, 'Billing Support', 'HIGH', 3, 'billing_specialist');
INSERT INTO taxonomy_spec (key, parent, name, priority, sla, tier)
SELECT sub.key, sub.parent, initcap(replace(sub.key, '_', ' ')), p.priority, p.sla, p.tier
FROM (VALUES
  ('property_investment_help', 'investment_support'), ('token_purchase_issues', 'investment_support'), ('portfolio_questions', 'investment_support'), ('dividend_inquiries', 'investment_support'), ('staking_support', 'investment_support'),
  ('app_not_working', 'technical_support'), ('login_issues', 'technical_support'), ('payment_failures', 'technical_support'), ('wallet_connection_problems', 'technical_support'), ('trading_platform_issues', 'technical_support'),
  ('kyc_verification', 'account_support'), ('account_security', 'account_support'), ('profile_updates', 'account_support'), ('document_upload_help', 'account_support'), ('2fa_assistance', 'account_support'),
  ('regulatory_questions', 'compliance_support'), ('tax_documentation', 'compliance_support'), ('aml_inquiries', 'compliance_support'), ('reporting_help', 'compliance_support'), ('legal_clarifications', 'compliance_support'),
  ('payment_issues', 'billing_support'), ('refund_requests', 'billing_support'), ('billing_disputes', 'billing_support'), ('subscription_help', 'billing_support'), ('fee_clarifications', 'billing_support')
) AS sub(key, parent) JOIN taxonomy_spec p ON p.key = sub.parent;
INSERT INTO taxonomy_key_map (old_key, new_key, new_category)
SELECT key, key, coalesce(parent, key) FROM taxonomy_spec ON CONFLICT (old_key) DO NOTHING;

-- Refuse keys nobody can map (neither old, nor specification).
DO $$
DECLARE unknown TEXT;
BEGIN
  SELECT k INTO unknown FROM (
    SELECT "categoryKey" AS k FROM "tickets"."tickets" UNION SELECT "subcategoryKey" FROM "tickets"."tickets"
    UNION SELECT "categoryKey" FROM "tickets"."macros" UNION SELECT "categoryKey" FROM "agents"."work_items"
    UNION SELECT unnest("specializations") FROM "agents"."agents"
    UNION SELECT "key" FROM "tickets"."categories"
  ) keys WHERE k IS NOT NULL AND k NOT IN (SELECT old_key FROM taxonomy_key_map) LIMIT 1;
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'support taxonomy migration: category key "%" has no mapping to the specification''s taxonomy; add it to taxonomy_key_map in this migration or fix the rows that use it', unknown;
  END IF;
END $$;

-- Categories: named tiers, the specification's rows; old rows go once nothing points at them.
ALTER TABLE "tickets"."categories" ALTER COLUMN "escalationTier" DROP DEFAULT;
ALTER TABLE "tickets"."categories" ALTER COLUMN "escalationTier" SET DATA TYPE TEXT USING "escalationTier"::TEXT;
UPDATE "tickets"."categories" SET "escalationTier" = 'supervisor' WHERE "escalationTier" ~ '^[0-9]+$';
ALTER TABLE "tickets"."categories" ALTER COLUMN "escalationTier" SET DEFAULT 'supervisor';
INSERT INTO "tickets"."categories" ("key", "parentKey", "name", "description", "defaultPriority", "slaHours", "escalationTier", "keywords", "active")
SELECT key, NULL, name, '', priority::"tickets"."TicketPriority", sla, tier, '{}', true FROM taxonomy_spec WHERE parent IS NULL
ON CONFLICT ("key") DO NOTHING;
INSERT INTO "tickets"."categories" ("key", "parentKey", "name", "description", "defaultPriority", "slaHours", "escalationTier", "keywords", "active")
SELECT key, parent, name, '', priority::"tickets"."TicketPriority", sla, tier, '{}', true FROM taxonomy_spec WHERE parent IS NOT NULL
ON CONFLICT ("key") DO NOTHING;
UPDATE "tickets"."categories" c SET "parentKey" = s.parent, "defaultPriority" = s.priority::"tickets"."TicketPriority", "slaHours" = s.sla, "escalationTier" = s.tier
FROM taxonomy_spec s WHERE c.key = s.key;

-- Tickets: subcategory decides the category where both are known (a moved subcategory moves its ticket).
UPDATE "tickets"."tickets" t SET
  "categoryKey" = coalesce(ms.new_category, mc.new_category),
  "subcategoryKey" = CASE WHEN ms.new_key IS NULL OR ms.new_key = ms.new_category THEN NULL ELSE ms.new_key END
FROM "tickets"."tickets" t0
LEFT JOIN taxonomy_key_map mc ON mc.old_key = t0."categoryKey"
LEFT JOIN taxonomy_key_map ms ON ms.old_key = t0."subcategoryKey"
WHERE t.id = t0.id AND (t0."categoryKey" IS NOT NULL OR t0."subcategoryKey" IS NOT NULL);

UPDATE "tickets"."macros" m SET "categoryKey" = k.new_category FROM taxonomy_key_map k WHERE m."categoryKey" = k.old_key;
UPDATE "agents"."work_items" w SET "categoryKey" = k.new_category FROM taxonomy_key_map k WHERE w."categoryKey" = k.old_key;
UPDATE "agents"."agents" a SET "specializations" = coalesce((
  SELECT array_agg(DISTINCT k.new_category ORDER BY k.new_category) FROM unnest(a."specializations") s JOIN taxonomy_key_map k ON k.old_key = s
), '{}');
UPDATE "chat"."sessions" c SET "queueKey" = k.new_category FROM taxonomy_key_map k WHERE c."queueKey" = k.old_key;
UPDATE "analytics"."ticket_facts" f SET "categoryKey" = coalesce(ms.new_category, mc.new_category, f."categoryKey"), "subcategoryKey" = coalesce(ms.new_key, f."subcategoryKey")
FROM "analytics"."ticket_facts" f0
LEFT JOIN taxonomy_key_map mc ON mc.old_key = f0."categoryKey"
LEFT JOIN taxonomy_key_map ms ON ms.old_key = f0."subcategoryKey"
WHERE f."ticketId" = f0."ticketId";
UPDATE "analytics"."feedback" f SET "categoryKey" = k.new_category FROM taxonomy_key_map k WHERE f."categoryKey" = k.old_key;
UPDATE "analytics"."improvement_tasks" f SET "categoryKey" = k.new_category FROM taxonomy_key_map k WHERE f."categoryKey" = k.old_key;
-- The event log keeps the keys its facts are recomputed from.
UPDATE "analytics"."events" e SET "payload" = jsonb_set(e."payload"::jsonb, '{categoryKey}', to_jsonb(k.new_category))
FROM taxonomy_key_map k WHERE e."payload"->>'categoryKey' = k.old_key;
UPDATE "analytics"."events" e SET "payload" = jsonb_set(e."payload"::jsonb, '{subcategoryKey}', to_jsonb(k.new_key))
FROM taxonomy_key_map k WHERE e."payload"->>'subcategoryKey' = k.old_key AND k.new_key <> k.new_category;

DELETE FROM "tickets"."categories" c WHERE c."parentKey" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM taxonomy_spec s WHERE s.key = c.key) AND EXISTS (SELECT 1 FROM taxonomy_key_map k WHERE k.old_key = c.key);
DELETE FROM "tickets"."categories" c WHERE NOT EXISTS (SELECT 1 FROM taxonomy_spec s WHERE s.key = c.key) AND EXISTS (SELECT 1 FROM taxonomy_key_map k WHERE k.old_key = c.key);

-- Integer tiers become named tiers: a ticket escalated once goes to its category's specialist
-- tier, tier 3 and above to the supervisors; agents holding tier 2 become specialists of their
-- specializations, tier 3 supervisors.

ALTER TABLE "tickets"."tickets" ALTER COLUMN "escalationTier" SET DATA TYPE TEXT USING "escalationTier"::TEXT;
UPDATE "tickets"."tickets" t SET "escalationTier" = CASE
  WHEN t."escalationTier"::INT >= 3 OR s.tier IS NULL THEN 'supervisor' ELSE s.tier END
FROM "tickets"."tickets" t0 LEFT JOIN taxonomy_spec s ON s.key = t0."categoryKey"
WHERE t.id = t0.id AND t0."escalationTier" IS NOT NULL;

ALTER TABLE "agents"."work_items" ALTER COLUMN "requiredTier" SET DATA TYPE TEXT USING "requiredTier"::TEXT;
UPDATE "agents"."work_items" w SET "requiredTier" = CASE
  WHEN w."requiredTier"::INT >= 3 OR s.tier IS NULL THEN 'supervisor' ELSE s.tier END
FROM "agents"."work_items" w0 LEFT JOIN taxonomy_spec s ON s.key = w0."categoryKey"
WHERE w.id = w0.id AND w0."requiredTier" IS NOT NULL;
UPDATE "agents"."work_items" SET "requiredTier" = NULL WHERE "requiredTier" = '1';

ALTER TABLE "agents"."agents" ADD COLUMN "escalationTierNames" TEXT[] NOT NULL DEFAULT '{}';
UPDATE "agents"."agents" a SET "escalationTierNames" = coalesce((
  SELECT array_agg(DISTINCT tier ORDER BY tier) FROM (
    SELECT s.tier FROM unnest(a."specializations") sp JOIN taxonomy_spec s ON s.key = sp WHERE 2 = ANY(a."escalationTiers")
    UNION SELECT 'supervisor' WHERE EXISTS (SELECT 1 FROM unnest(a."escalationTiers") t WHERE t >= 3)
  ) tiers
), '{}');
ALTER TABLE "agents"."agents" DROP COLUMN "escalationTiers";
ALTER TABLE "agents"."agents" RENAME COLUMN "escalationTierNames" TO "escalationTiers";
ALTER TABLE "agents"."agents" ALTER COLUMN "escalationTiers" DROP DEFAULT;

-- The specification's rule is priority = priority_override || category.priority; a stored priority
-- that differs from its category's default was an override and stays one.
ALTER TABLE "tickets"."tickets" ADD COLUMN "priorityOverride" "tickets"."TicketPriority";
UPDATE "tickets"."tickets" t SET "priorityOverride" = t."priority"
FROM "tickets"."categories" c WHERE c.key = t."categoryKey" AND c."defaultPriority" <> t."priority";

-- Every active ticket is swept, however it entered the database: new rows default to a check
-- now, and rows never looked at (seeded, imported) are due at once.
ALTER TABLE "tickets"."tickets" ALTER COLUMN "slaCheckAt" SET DEFAULT CURRENT_TIMESTAMP;
UPDATE "tickets"."tickets" SET "slaCheckAt" = CURRENT_TIMESTAMP WHERE "slaCheckAt" IS NULL AND "status" IN ('OPEN', 'ON_HOLD', 'ESCALATED');

DROP TABLE taxonomy_key_map;
DROP TABLE taxonomy_spec;
