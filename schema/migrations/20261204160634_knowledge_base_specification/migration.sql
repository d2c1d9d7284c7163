-- AlterTable
ALTER TABLE "knowledge"."help_topics" ADD COLUMN     "videoTutorials" JSONB NOT NULL DEFAULT '[]';

-- Data: the knowledge base categories as the specification names them (getting_started,
-- investment_guide, trading_help, troubleshooting). Articles in the categories this release
-- replaces move to the closest one — none is deleted — and the old category rows go.
-- (The specification's twenty articles are demo data: `npm run seed` adds them to an existing
-- database; a fresh one gets them at start.)
INSERT INTO "knowledge"."categories" ("key", "name", "nameAr", "description") VALUES
  ('getting_started', 'Getting Started', 'البدء', 'Basic platform orientation and first steps'),
  ('investment_guide', 'Investment Guide', 'دليل الاستثمار', 'Investment processes and strategies'),
  ('trading_help', 'Trading Help', 'مساعدة التداول', 'Trading platform and features'),
  ('troubleshooting', 'Troubleshooting', 'حل المشكلات', 'Common issues and solutions')
ON CONFLICT ("key") DO UPDATE SET "name" = EXCLUDED."name", "nameAr" = EXCLUDED."nameAr", "description" = EXCLUDED."description";

UPDATE "knowledge"."articles" SET "categoryKey" = CASE "categoryKey"
    WHEN 'investments' THEN 'investment_guide'
    WHEN 'account_security' THEN 'troubleshooting'
    WHEN 'payments_billing' THEN 'trading_help'
  END
  WHERE "categoryKey" IN ('investments', 'account_security', 'payments_billing');
UPDATE "knowledge"."article_versions" SET "categoryKey" = CASE "categoryKey"
    WHEN 'investments' THEN 'investment_guide'
    WHEN 'account_security' THEN 'troubleshooting'
    WHEN 'payments_billing' THEN 'trading_help'
  END
  WHERE "categoryKey" IN ('investments', 'account_security', 'payments_billing');
DELETE FROM "knowledge"."categories" WHERE "key" IN ('investments', 'account_security', 'payments_billing');

-- Contextual help: the previous release's default page mappings, where nobody edited them, are
-- removed so that the knowledge subgraph seeds the new ones (with video tutorials) at start.
-- Edited rows are kept as they are.
DELETE FROM "knowledge"."help_topics" h
  USING (VALUES
    ('*', '', ARRAY['support', 'contact', 'account', 'security']::text[]),
    ('sign-up', '', ARRAY['sign-up', 'onboarding', 'account', 'kyc']::text[]),
    ('kyc', '', ARRAY['kyc', 'identity', 'verification', 'documents']::text[]),
    ('kyc', 'upload_failed', ARRAY['documents', 'verification', 'kyc']::text[]),
    ('deposit', '', ARRAY['deposit', 'funding', 'card', 'bank-transfer', 'fees']::text[]),
    ('deposit', 'payment_failed', ARRAY['payment-failed', 'declined', 'card', 'deposit']::text[]),
    ('withdraw', '', ARRAY['withdrawal', 'payout', 'processing-time', 'bank-transfer']::text[]),
    ('portfolio', '', ARRAY['portfolio', 'dashboard', 'performance', 'investment-status', 'dividends']::text[]),
    ('invest', '', ARRAY['products', 'risk-profile', 'investment-status', 'sharia']::text[]),
    ('security', '', ARRAY['security', '2fa', 'password', 'trusted-devices', 'phishing']::text[]),
    ('security', 'login_failed', ARRAY['password', 'login', 'reset', 'account-lock']::text[]),
    ('billing', '', ARRAY['fees', 'subscription', 'refund', 'invoices', 'plans']::text[]),
    ('billing', 'refund', ARRAY['refund', 'billing', 'fees']::text[])
  ) AS old("page", "action", "topics")
  WHERE h."page" = old."page" AND h."action" = old."action" AND h."topics" = old."topics";
