/**
 * Customer data the chatbot needs (KYC state, investments, recent transactions) belongs to the
 * wider investment platform, not to Switchboard. The bot reaches it through this interface:
 *
 * - `HttpCustomerContextProvider` — production: GET `${CUSTOMER_CONTEXT_URL}/customers/{id}/context`
 *   answering the `CustomerContext` JSON below (404 = unknown customer).
 * - `DemoCustomerContextProvider` — when CUSTOMER_CONTEXT_URL is unset: the DEMO ONLY tables
 *   chat.demo_customer_kyc / demo_investments / demo_transactions, seeded from
 *   scripts/seed-data/customer-context.ts.
 *
 *   The demo data is written as of DEMO_CONTEXT_AS_OF; the demo provider moves every timestamp
 *   forward by (now − DEMO_CONTEXT_AS_OF) so that "the last 7 days" keep meaning something.
 *
 * `chatbotStatus.customerContextProvider` in the API says which one is active.
 */
import type { Config } from "../../../shared/config.js";
import type { Database } from "../../../shared/db.js";
import type { Logger } from "../../../shared/logger.js";

export type KycStatus = "VERIFIED" | "PENDING" | "REJECTED" | "NOT_STARTED";

export interface CustomerInvestment {
  id: string;
  productName: string;
  amount: number;
  currency: string;
  status: string;
  startedAt: string;
}

export interface CustomerTransaction {
  id: string;
  type: string;
  amount: number;
  currency: string;
  status: string;
  failureReason?: string | null;
  at: string;
}

export interface CustomerContext {
  customerId: string;
  kycStatus: KycStatus;
  kycReason: string;
  kycNextStep: string;
  kycUpdatedAt: string | null;
  investments: CustomerInvestment[];
  /** Newest first. */
  recentTransactions: CustomerTransaction[];
}

export interface CustomerContextProvider {
  readonly kind: "HTTP" | "DEMO";
  /** The customer's context, or null when unknown or unavailable (the bot then says so). */
  get(customerId: string): Promise<CustomerContext | null>;
}

export class HttpCustomerContextProvider implements CustomerContextProvider {
  readonly kind = "HTTP" as const;
  constructor(
    private readonly baseUrl: string,
    private readonly logger: Logger,
    private readonly timeoutMs = 2000,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async get(customerId: string): Promise<CustomerContext | null> {
    const url = `${this.baseUrl.replace(/\/$/, "")}/customers/${encodeURIComponent(customerId)}/context`;
    try {
      const response = await this.fetchImpl(url, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as CustomerContext;
      if (
        !body ||
        typeof body.kycStatus !== "string" ||
        !Array.isArray(body.investments) ||
        !Array.isArray(body.recentTransactions)
      ) {
        throw new Error("malformed customer context");
      }
      return { ...body, customerId };
    } catch (error) {
      this.logger.warn("customer context unavailable", { customerId, error: (error as Error).message });
      return null;
    }
  }
}

/** The moment the demo customer contexts describe (scripts/seed-data/customer-context.ts). */
export const DEMO_CONTEXT_AS_OF = new Date("2025-11-21T00:00:00Z");

export class DemoCustomerContextProvider implements CustomerContextProvider {
  readonly kind = "DEMO" as const;
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(customerId: string): Promise<CustomerContext | null> {
    const { prisma } = this.db;
    const [kyc, investments, transactions] = await Promise.all([
      prisma.demoCustomerKyc.findUnique({ where: { customerId } }),
      prisma.demoInvestment.findMany({ where: { customerId }, orderBy: { startedAt: "desc" } }),
      prisma.demoTransaction.findMany({ where: { customerId }, orderBy: { at: "desc" }, take: 10 }),
    ]);
    if (!kyc) return null;
    // Whole days only, so that dates keep their time of day.
    const shiftMs =
      Math.max(0, Math.floor((this.clock().getTime() - DEMO_CONTEXT_AS_OF.getTime()) / 86_400_000)) * 86_400_000;
    const at = (d: Date) => new Date(d.getTime() + shiftMs).toISOString();
    return {
      customerId,
      kycStatus: kyc.kycStatus as KycStatus,
      kycReason: kyc.kycReason,
      kycNextStep: kyc.kycNextStep,
      kycUpdatedAt: kyc.kycUpdatedAt ? at(kyc.kycUpdatedAt) : null,
      investments: investments.map((i) => ({
        id: i.id,
        productName: i.productName,
        amount: i.amount,
        currency: i.currency,
        status: i.status,
        startedAt: at(i.startedAt),
      })),
      recentTransactions: transactions.map((t) => ({
        id: t.id,
        type: t.type,
        amount: t.amount,
        currency: t.currency,
        status: t.status,
        failureReason: t.failureReason,
        at: at(t.at),
      })),
    };
  }
}

export function createCustomerContextProvider(services: {
  config: Config;
  db: Database;
  logger: Logger;
}): CustomerContextProvider {
  return services.config.CUSTOMER_CONTEXT_URL
    ? new HttpCustomerContextProvider(services.config.CUSTOMER_CONTEXT_URL, services.logger)
    : new DemoCustomerContextProvider(services.db);
}

/** Loads the demo tables from seed data; idempotent (upserts by id). */
export async function seedDemoCustomerContexts(db: Database, contexts: Iterable<CustomerContext>): Promise<number> {
  const { prisma } = db;
  let count = 0;
  for (const context of contexts) {
    const kyc = {
      kycStatus: context.kycStatus,
      kycReason: context.kycReason,
      kycNextStep: context.kycNextStep,
      kycUpdatedAt: context.kycUpdatedAt ? new Date(context.kycUpdatedAt) : null,
    };
    await prisma.demoCustomerKyc.upsert({
      where: { customerId: context.customerId },
      create: { customerId: context.customerId, ...kyc },
      update: kyc,
    });
    for (const i of context.investments) {
      const data = {
        customerId: context.customerId,
        productName: i.productName,
        amount: i.amount,
        currency: i.currency,
        status: i.status,
        startedAt: new Date(i.startedAt),
      };
      await prisma.demoInvestment.upsert({ where: { id: i.id }, create: { id: i.id, ...data }, update: data });
    }
    for (const t of context.recentTransactions) {
      const data = {
        customerId: context.customerId,
        type: t.type,
        amount: t.amount,
        currency: t.currency,
        status: t.status,
        failureReason: t.failureReason ?? null,
        at: new Date(t.at),
      };
      await prisma.demoTransaction.upsert({ where: { id: t.id }, create: { id: t.id, ...data }, update: data });
    }
    count++;
  }
  return count;
}
