/**
 * Demo data (`npm run seed`; `npm start` runs it on an empty database). Idempotent: every row
 * has a stable id or key and is upserted, so running it twice changes nothing. Configuration
 * (categories with SLA policy, KB categories) is data the admins can edit afterwards.
 */
import { createHash } from "node:crypto";
import type { Database } from "../subgraphs/common/db.js";
import { loadConfig, type Config } from "../subgraphs/common/config.js";
import { seedChatData } from "../subgraphs/chat/seed.js";
import { DEMO_AGENTS, DEMO_CUSTOMERS, DEMO_MACROS, KNOWLEDGE_ARTICLES, KNOWLEDGE_CATEGORIES, TICKET_CATEGORIES } from "./seed-data/index.js";
import { defaultScheduleRow } from "../subgraphs/tickets/policy.js";

/** A deterministic UUID (v5 layout) for seed rows that have a key but no id. */
export function stableUuid(name: string): string {
  const hex = createHash("sha1").update(`switchboard:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A few realistic tickets so the demo shows assignments straight away. */
const DEMO_TICKETS = [
  { subject: "Withdrawal pending for 4 days", description: "I requested a withdrawal of 2,500 AED on Monday and it still shows pending. When will it reach my bank?", category: "investment_support", sub: "withdrawal_request", language: "en", status: "OPEN" },
  { subject: "لا أستطيع تسجيل الدخول إلى التطبيق", description: "عند إدخال كلمة المرور يظهر خطأ غير معروف منذ تحديث التطبيق أمس.", category: "technical_support", sub: "login_issues", language: "ar", status: "OPEN" },
  { subject: "KYC documents rejected", description: "My passport upload was rejected twice. The photo is clear, what else do you need?", category: "account_management", sub: "kyc_verification", language: "en", status: "PENDING" },
  { subject: "Card payment failed", description: "My deposit by card failed with code 05 but the amount is held on my card.", category: "billing_support", sub: "payment_failed", language: "en", status: "OPEN" },
  { subject: "Tax statement for 2025", description: "Please send me the annual tax statement for my investment account for 2025.", category: "compliance", sub: "tax_reporting", language: "en", status: "OPEN" },
  { subject: "Dividend not credited", description: "The quarterly dividend for my Global Equity fund was not credited this month.", category: "investment_support", sub: "dividend_inquiry", language: "en", status: "ESCALATED" },
  { subject: "رسوم غير متوقعة على حسابي", description: "تم خصم رسوم اشتراك مرتين هذا الشهر، أرجو استرداد المبلغ المكرر.", category: "billing_support", sub: "refund_request", language: "ar", status: "OPEN" },
  { subject: "App crashes on portfolio screen", description: "The iOS app closes as soon as I open the portfolio tab.", category: "technical_support", sub: "app_errors", language: "en", status: "RESOLVED" },
  { subject: "Change my registered phone number", description: "I changed my number and need to update it on my profile; I can still receive email.", category: "account_management", sub: "profile_update", language: "en", status: "OPEN" },
  { subject: "Source of funds request", description: "I received an email asking for proof of source of funds. What documents are accepted?", category: "compliance", sub: "aml_review", language: "en", status: "OPEN" },
  { subject: "2FA codes not arriving", description: "I am not receiving the SMS codes for two-factor authentication.", category: "technical_support", sub: "two_factor_authentication", language: "en", status: "OPEN" },
  { subject: "Upgrade to premium plan", description: "How do I upgrade to the premium plan and is the fee charged pro rata?", category: "billing_support", sub: "subscription_change", language: "en", status: "OPEN" },
] as const;

export interface SeedReport {
  ticketCategories: number;
  knowledgeArticles: number;
  agents: number;
  customers: number;
  tickets: number;
}

/** What seeding takes from the configuration: the support hours and the agents' chat capacity. */
export type SeedConfig = Pick<Config, "SUPPORT_TIME_ZONE" | "SUPPORT_WEEKDAY_HOURS" | "SUPPORT_WEEKEND_HOURS" | "MAX_CONCURRENT_CHATS_PER_AGENT">;

export async function seedDemoData(db: Database, config: SeedConfig = loadConfig({}), now = new Date()): Promise<SeedReport> {
  const { prisma } = db;
  for (const category of TICKET_CATEGORIES) {
    const keywords = [...category.keywords.en, ...category.keywords.ar];
    const data = { name: category.name, nameAr: category.nameAr, description: category.description, defaultPriority: category.defaultPriority, slaHours: category.slaHours, escalationTier: category.escalationTier, keywords };
    await prisma.ticketCategory.upsert({ where: { key: category.key }, create: { key: category.key, ...data }, update: {} });
    for (const sub of category.subcategories) {
      const subData = {
        name: sub.name,
        nameAr: sub.nameAr,
        parentKey: category.key,
        defaultPriority: sub.defaultPriority ?? category.defaultPriority,
        slaHours: category.slaHours,
        escalationTier: category.escalationTier,
        keywords: [...sub.keywords.en, ...sub.keywords.ar],
      };
      await prisma.ticketCategory.upsert({ where: { key: sub.key }, create: { key: sub.key, ...subData }, update: {} });
    }
  }

  // The SLA clock's business hours and holidays, and the canned responses: data admins edit later.
  const schedule = defaultScheduleRow(config);
  await prisma.businessSchedule.upsert({ where: { key: schedule.key }, create: schedule, update: {} });
  for (const macro of DEMO_MACROS) {
    const data = { key: macro.key, name: macro.name, nameAr: macro.nameAr, categoryKey: macro.categoryKey, bodies: { en: macro.body.en, ar: macro.body.ar } };
    await prisma.macro.upsert({ where: { key: macro.key }, create: { id: stableUuid(`macro:${macro.key}`), ...data }, update: {} });
  }

  for (const category of KNOWLEDGE_CATEGORIES) {
    await prisma.knowledgeCategory.upsert({ where: { key: category.key }, create: { ...category }, update: {} });
  }
  for (const article of KNOWLEDGE_ARTICLES) {
    const translationGroup = stableUuid(`article:${article.key}`);
    for (const language of ["en", "ar"] as const) {
      const version = article[language];
      const id = stableUuid(`article:${article.key}:${language}`);
      await prisma.article.upsert({
        where: { id },
        create: {
          id,
          translationGroup,
          language,
          slug: version.slug,
          title: version.title,
          body: version.body,
          categoryKey: article.categoryKey,
          tags: article.tags,
          keywords: article.tags,
          status: "PUBLISHED",
          publishedAt: now,
        },
        update: {},
      });
    }
  }

  for (const agent of DEMO_AGENTS) {
    const { id, ...data } = agent;
    // Chat capacity is the deployment's MAX_CONCURRENT_CHATS_PER_AGENT (admins change it per agent later).
    await prisma.agent.upsert({ where: { id }, create: { id, ...data, maxConcurrentChats: config.MAX_CONCURRENT_CHATS_PER_AGENT, specializations: [...data.specializations], languages: [...data.languages], escalationTiers: [...data.escalationTiers] }, update: {} });
  }
  for (const customer of DEMO_CUSTOMERS) {
    const { id, ...data } = customer;
    await prisma.customer.upsert({ where: { id }, create: { id, ...data }, update: {} });
  }

  const frontline = DEMO_AGENTS.filter((a) => a.role === "agent");
  for (const [index, ticket] of DEMO_TICKETS.entries()) {
    const id = stableUuid(`ticket:${index}`);
    const agent = frontline.find((a) => a.specializations.includes(ticket.category) && a.languages.includes(ticket.language)) ?? frontline[index % frontline.length];
    const customer = DEMO_CUSTOMERS[index % DEMO_CUSTOMERS.length];
    const category = TICKET_CATEGORIES.find((c) => c.key === ticket.category);
    const createdAt = new Date(now.getTime() - (index + 1) * 3 * 3600_000);
    await prisma.ticket.upsert({
      where: { id },
      create: {
        id,
        subject: ticket.subject,
        description: ticket.description,
        channel: "IN_APP",
        status: ticket.status,
        priority: category?.defaultPriority ?? "MEDIUM",
        language: ticket.language,
        categoryKey: ticket.category,
        subcategoryKey: ticket.sub,
        classificationConfidence: 1,
        customerId: customer.id,
        assignedAgentId: agent.id,
        createdById: customer.id,
        createdAt,
        resolvedAt: ticket.status === "RESOLVED" ? new Date(createdAt.getTime() + 2 * 3600_000) : null,
        slaHours: Math.min(category?.slaHours ?? 4, { LOW: 4, MEDIUM: 4, HIGH: 2, URGENT: 1 }[category?.defaultPriority ?? "MEDIUM"]),
      },
      update: {},
    });
    // The status timeline the SLA clock reads (a PENDING ticket's clock stands still).
    const statusRows: (typeof ticket.status)[] = ticket.status === "OPEN" ? ["OPEN"] : ["OPEN", ticket.status];
    for (const [step, status] of statusRows.entries()) {
      const statusId = stableUuid(`ticket:${index}:status:${step}`);
      const at = step === 0 ? createdAt : ticket.status === "RESOLVED" ? new Date(createdAt.getTime() + 2 * 3600_000) : new Date(createdAt.getTime() + 3600_000);
      await prisma.ticketStatusChange.upsert({ where: { id: statusId }, create: { id: statusId, ticketId: id, status, at }, update: {} });
    }
  }

  await seedChatData(db);

  return {
    ticketCategories: await prisma.ticketCategory.count(),
    knowledgeArticles: await prisma.article.count(),
    agents: await prisma.agent.count(),
    customers: await prisma.customer.count(),
    tickets: await prisma.ticket.count(),
  };
}

/** True when the database holds no configuration yet (a fresh install). */
export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.prisma.ticketCategory.count()) === 0;
}
