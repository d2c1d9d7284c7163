/**
 * Demo data (`npm run seed`; `npm start` runs it on an empty database). Idempotent: every row
 * has a stable id or key and is upserted, so running it twice changes nothing. Configuration
 * (categories with SLA policy, KB categories) is data the admins can edit afterwards.
 */
import type { Database } from "../shared/db.js";
import { loadConfig, type Config } from "../shared/config.js";
import { seedChatData } from "../subgraphs/chat/seed.js";
import {
  DEMO_AGENTS,
  DEMO_CUSTOMER_CONTEXTS,
  DEMO_CUSTOMERS,
  DEMO_MACROS,
  KNOWLEDGE_ARTICLES,
  KNOWLEDGE_CATEGORIES,
  TICKET_CATEGORIES,
} from "./seed-data/index.js";
import { defaultScheduleRow, ticketSlaHours } from "../subgraphs/tickets/policy.js";
import { categoriesChanged } from "../subgraphs/tickets/policy-storage.js";
import { stableUuid } from "../shared/ids.js";

export { stableUuid };

/** A few realistic tickets so the demo shows assignments straight away. */
const DEMO_TICKETS = [
  {
    subject: "PROPX tokens not showing after purchase",
    description:
      "I bought 40 PROPX tokens of the Marina Heights property yesterday for 4,000 AED. The payment left my account but the tokens are not in my portfolio.",
    category: "investment_support",
    sub: "token_purchase_issues",
    language: "en",
    status: "OPEN",
  },
  {
    subject: "لا أستطيع تسجيل الدخول إلى التطبيق",
    description: "عند إدخال كلمة المرور يظهر خطأ غير معروف منذ تحديث التطبيق أمس ولا أستطيع الوصول إلى محفظتي.",
    category: "technical_support",
    sub: "login_issues",
    language: "ar",
    status: "OPEN",
  },
  {
    subject: "KYC documents rejected",
    description:
      "My passport upload for KYC was rejected twice. The photo is clear, what else do you need before I can invest?",
    category: "account_support",
    sub: "kyc_verification",
    language: "en",
    status: "PENDING",
  },
  {
    subject: "MetaMask will not connect",
    description: "When I press Connect Wallet, MetaMask opens and then nothing happens. I am on the Polygon network.",
    category: "technical_support",
    sub: "wallet_connection_problems",
    language: "en",
    status: "OPEN",
  },
  {
    subject: "Tax statement for 2025",
    description: "Please send me the annual tax statement for my XERA and PROPX holdings for 2025.",
    category: "compliance_support",
    sub: "tax_documentation",
    language: "en",
    status: "OPEN",
  },
  {
    subject: "Rental dividend not credited",
    description: "The quarterly rental dividend for my Downtown Residences tokens was not credited this month.",
    category: "investment_support",
    sub: "dividend_inquiries",
    language: "en",
    status: "ESCALATED",
  },
  {
    subject: "رسوم مكررة على حسابي",
    description: "تم خصم رسوم الاشتراك المميز مرتين هذا الشهر، أرجو استرداد المبلغ المكرر.",
    category: "billing_support",
    sub: "refund_requests",
    language: "ar",
    status: "OPEN",
  },
  {
    subject: "App crashes on the trading screen",
    description: "The iOS app closes as soon as I open the XERA/AED order book.",
    category: "technical_support",
    sub: "trading_platform_issues",
    language: "en",
    status: "RESOLVED",
  },
  {
    subject: "मेरा फ़ोन नंबर बदलना है",
    description: "मैंने अपना मोबाइल नंबर बदल लिया है, प्रोफ़ाइल में नया नंबर कैसे अपडेट करूँ? ईमेल अभी भी काम करता है।",
    category: "account_support",
    sub: "profile_updates",
    language: "hi",
    status: "OPEN",
  },
  {
    subject: "Source of funds request",
    description:
      "I received an email asking for proof of source of funds for my 150,000 AED deposit. What documents are accepted?",
    category: "compliance_support",
    sub: "aml_inquiries",
    language: "en",
    status: "OPEN",
  },
  {
    subject: "Staking rewards missing",
    description: "I staked 10,000 XERA for 90 days but no rewards have appeared for two weeks.",
    category: "investment_support",
    sub: "staking_support",
    language: "en",
    status: "OPEN",
  },
  {
    subject: "ٹریڈنگ فیس کی وضاحت",
    description: "مجھے سمجھ نہیں آیا کہ ہر خرید پر کتنی ٹریڈنگ فیس لگتی ہے، براہ کرم وضاحت کریں۔",
    category: "billing_support",
    sub: "fee_clarifications",
    language: "ur",
    status: "OPEN",
  },
] as const;

export interface SeedReport {
  ticketCategories: number;
  knowledgeArticles: number;
  agents: number;
  customers: number;
  tickets: number;
}

export interface SeedOptions {
  /** The running configuration (SLA hours, chat capacity); defaults to the environment's. */
  config?: Config;
  now?: Date;
  /** Told each step as it starts, with how many rows it upserts (`npm run seed` prints them). */
  onStep?: (step: string) => void;
}

export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const config = options.config ?? loadConfig();
  const now = options.now ?? new Date();
  const step = options.onStep ?? (() => undefined);
  const { prisma } = db;
  step(
    `ticket categories: ${TICKET_CATEGORIES.length} categories, ${TICKET_CATEGORIES.reduce((n, c) => n + c.subcategories.length, 0)} subcategories`,
  );
  // The migrations write the taxonomy's keys and policy; the seed adds the display texts and
  // keywords (policy fields an admin may have edited stay as they are).
  for (const category of TICKET_CATEGORIES) {
    const policy = {
      defaultPriority: category.defaultPriority,
      slaHours: category.slaHours,
      escalationTier: category.escalationTier,
    };
    const texts = {
      name: category.name,
      nameAr: category.nameAr,
      description: category.description,
      keywords: [...category.keywords.en, ...category.keywords.ar],
    };
    await prisma.ticketCategory.upsert({
      where: { key: category.key },
      create: { key: category.key, ...policy, ...texts },
      update: texts,
    });
    for (const sub of category.subcategories) {
      const subTexts = { name: sub.name, nameAr: sub.nameAr, keywords: [...sub.keywords.en, ...sub.keywords.ar] };
      await prisma.ticketCategory.upsert({
        where: { key: sub.key },
        create: { key: sub.key, parentKey: category.key, ...policy, ...subTexts },
        update: subTexts,
      });
    }
  }

  await categoriesChanged(db);

  // The SLA clock's business hours and holidays, and the canned responses: data admins edit later.
  step(`business hours and ${DEMO_MACROS.length} macros`);
  const schedule = defaultScheduleRow(config);
  await prisma.businessSchedule.upsert({ where: { key: schedule.key }, create: schedule, update: {} });
  for (const macro of DEMO_MACROS) {
    const data = {
      key: macro.key,
      name: macro.name,
      nameAr: macro.nameAr,
      categoryKey: macro.categoryKey,
      bodies: { en: macro.body.en, ar: macro.body.ar },
    };
    await prisma.macro.upsert({
      where: { key: macro.key },
      create: { id: stableUuid(`macro:${macro.key}`), ...data },
      update: {},
    });
  }

  step(
    `knowledge base: ${KNOWLEDGE_CATEGORIES.length} categories, ${KNOWLEDGE_ARTICLES.length} articles in English and Arabic`,
  );
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
          slug: article.key,
          title: version.title,
          body: version.body,
          categoryKey: article.categoryKey,
          tags: article.tags,
          // Curated search keywords; the knowledge subgraph adds the ones it extracts from the text at start.
          keywords: [...new Set([...article.tags, ...article.keywords[language]])],
          status: "PUBLISHED",
          publishedAt: now,
        },
        update: {},
      });
    }
  }

  step(`${DEMO_AGENTS.length} agents and ${DEMO_CUSTOMERS.length} customers`);
  for (const agent of DEMO_AGENTS) {
    const { id, ...data } = agent;
    // Chat capacity is the deployment's MAX_CONCURRENT_CHATS_PER_AGENT (admins change it per agent later).
    await prisma.agent.upsert({
      where: { id },
      create: {
        id,
        ...data,
        maxConcurrentChats: config.MAX_CONCURRENT_CHATS_PER_AGENT,
        specializations: [...data.specializations],
        languages: [...data.languages],
        escalationTiers: [...data.escalationTiers],
      },
      update: {},
    });
  }
  for (const customer of DEMO_CUSTOMERS) {
    const { id, ...data } = customer;
    await prisma.customer.upsert({ where: { id }, create: { id, ...data }, update: {} });
  }

  const frontline = DEMO_AGENTS.filter((a) => a.role === "agent");
  step(`${DEMO_TICKETS.length} demo tickets with their status history`);
  for (const [index, ticket] of DEMO_TICKETS.entries()) {
    const id = stableUuid(`ticket:${index}`);
    const agent =
      frontline.find((a) => a.specializations.includes(ticket.category) && a.languages.includes(ticket.language)) ??
      frontline[index % frontline.length];
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
        slaHours: ticketSlaHours(
          config,
          category ? { slaHours: category.slaHours, defaultPriority: category.defaultPriority } : null,
          category?.defaultPriority ?? "MEDIUM",
        ),
        escalationTier: ticket.status === "ESCALATED" ? (category?.escalationTier ?? null) : null,
      },
      update: {},
    });
    // The status timeline the SLA clock reads (a PENDING ticket's clock stands still).
    const statusRows: (typeof ticket.status)[] = ticket.status === "OPEN" ? ["OPEN"] : ["OPEN", ticket.status];
    for (const [step, status] of statusRows.entries()) {
      const statusId = stableUuid(`ticket:${index}:status:${step}`);
      const at =
        step === 0
          ? createdAt
          : ticket.status === "RESOLVED"
            ? new Date(createdAt.getTime() + 2 * 3600_000)
            : new Date(createdAt.getTime() + 3600_000);
      await prisma.ticketStatusChange.upsert({
        where: { id: statusId },
        create: { id: statusId, ticketId: id, status, at },
        update: {},
      });
    }
  }

  step("chat types and demo customer contexts");
  await seedChatData(db, Object.values(DEMO_CUSTOMER_CONTEXTS));
  // None of these rows has events: analytics' next start derives them (backfill.ts) again.
  await prisma.analyticsBackfillMark.deleteMany({});

  return {
    ticketCategories: await prisma.ticketCategory.count(),
    knowledgeArticles: await prisma.article.count(),
    agents: await prisma.agent.count(),
    customers: await prisma.customer.count(),
    tickets: await prisma.ticket.count(),
  };
}

/**
 * True on a fresh install: nobody on staff yet. (The ticket taxonomy is not a marker: the
 * migrations write the specification's categories themselves.)
 */
export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.prisma.agent.count()) === 0;
}
