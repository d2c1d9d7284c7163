/**
 * Salesforce Cases sync (SALESFORCE_INTEGRATION_ENABLED=true): every ticket is mirrored as one
 * Case through Salesforce's REST API.
 *
 * - OAuth 2.0 at `<SALESFORCE_LOGIN_URL>/services/oauth2/token`: client-credentials flow, or the
 *   username-password flow when SALESFORCE_USERNAME is set. The answer's `access_token` and
 *   `instance_url` are kept until Salesforce refuses the token (401 INVALID_SESSION_ID), then a
 *   new one is fetched and the call repeated once.
 * - Upsert on an External Id field: `PATCH /services/data/v<version>/sobjects/Case/<field>/<SB-10042>`
 *   creates the Case the first time (201) and updates it afterwards (200/204), so a retried or
 *   repeated sync never creates a second Case.
 * - Flow: a consumer of the tickets outbox (`tickets.salesforce`, idempotent by event id, with
 *   catch-up) queues one SALESFORCE delivery per ticket change; the delivery worker sends it with
 *   the notification retries and backoff (NOTIFICATION_MAX_ATTEMPTS, NOTIFICATION_RETRY_BASE_MS),
 *   and admins see each sync in `notificationDeliveries(channel: "SALESFORCE")`. The Case always
 *   gets the ticket's state at send time, so late or repeated deliveries are harmless.
 */
import type { Prisma, Ticket } from "../../../generated/prisma/client.js";
import { ConfigError, type Config } from "../../../shared/config.js";
import type { SubgraphServices } from "../../../shared/context.js";
import { startEventConsumer } from "../../../shared/consumer.js";
import type { DomainEvent } from "../../../shared/outbox.js";
import { formatTicketNumber } from "../lifecycle.js";
import type { NotificationChannel } from "../notifications/channels.js";
import { DELIVERY_CHANNEL } from "../notifications/outbox.js";

export const SALESFORCE_CHANNEL = "SALESFORCE";

export const DEFAULT_CASE_STATUS: Record<string, string> = {
  OPEN: "New",
  PENDING: "Working",
  ON_HOLD: "Working",
  ESCALATED: "Escalated",
  RESOLVED: "Closed",
  AUTO_RESOLVED: "Closed",
  CLOSED: "Closed",
};
export const DEFAULT_CASE_PRIORITY: Record<string, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  URGENT: "High",
};
/** Case Origin's standard picklist: Phone, Email, Web. */
const CASE_ORIGIN: Record<string, string> = { EMAIL: "Email", PHONE: "Phone" };

/** "ON_HOLD=On Hold, URGENT=Critical" → overrides of a default mapping; unknown keys are refused. */
export function parseMapping(
  text: string | undefined,
  defaults: Record<string, string>,
  variable: string,
): Record<string, string> {
  const mapping = { ...defaults };
  if (!text?.trim()) return mapping;
  for (const pair of text.split(",")) {
    const [key, ...rest] = pair.split("=");
    const from = key.trim().toUpperCase();
    const to = rest.join("=").trim();
    if (!(from in defaults) || !to)
      throw new ConfigError(
        variable,
        `has "${pair.trim()}"; each entry must be KEY=Value with KEY one of ${Object.keys(defaults).join(", ")}`,
      );
    mapping[from] = to;
  }
  return mapping;
}

export interface CaseMapping {
  status: Record<string, string>;
  priority: Record<string, string>;
  categoryField?: string;
}

export function caseMapping(config: Config): CaseMapping {
  return {
    status: parseMapping(config.SALESFORCE_STATUS_MAP, DEFAULT_CASE_STATUS, "SALESFORCE_STATUS_MAP"),
    priority: parseMapping(config.SALESFORCE_PRIORITY_MAP, DEFAULT_CASE_PRIORITY, "SALESFORCE_PRIORITY_MAP"),
    categoryField: config.SALESFORCE_CATEGORY_FIELD,
  };
}

type CaseTicket = Pick<
  Ticket,
  | "number"
  | "subject"
  | "description"
  | "status"
  | "priority"
  | "channel"
  | "customerEmail"
  | "escalatedAt"
  | "categoryKey"
  | "subcategoryKey"
>;

/** The Case fields for a ticket (the External Id travels in the URL, not the body). */
export function caseFields(ticket: CaseTicket, mapping: CaseMapping): Record<string, string | boolean | null> {
  const fields: Record<string, string | boolean | null> = {
    Subject: ticket.subject.slice(0, 255),
    Description: ticket.description.slice(0, 32_000),
    Status: mapping.status[ticket.status],
    Priority: mapping.priority[ticket.priority],
    Origin: CASE_ORIGIN[ticket.channel] ?? "Web",
    IsEscalated: ticket.status === "ESCALATED" || ticket.escalatedAt !== null,
  };
  if (ticket.customerEmail) fields.SuppliedEmail = ticket.customerEmail;
  if (mapping.categoryField) fields[mapping.categoryField] = ticket.subcategoryKey ?? ticket.categoryKey ?? null;
  return fields;
}

/** A Salesforce answer that is not a success; `retryable` false for problems a retry cannot fix soon. */
export class SalesforceError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "SalesforceError";
  }
}

interface Token {
  accessToken: string;
  instanceUrl: string;
}

export interface UpsertResult {
  id: string | null;
  created: boolean;
}

/** Salesforce errors come as `[{ message, errorCode, fields }]` (REST) or `{ error, error_description }` (OAuth). */
async function describeFailure(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as unknown;
    if (Array.isArray(body))
      return body
        .map((e: { errorCode?: string; message?: string }) => `${e.errorCode ?? "ERROR"}: ${e.message ?? ""}`)
        .join("; ");
    const oauth = body as { error?: string; error_description?: string };
    if (oauth.error) return `${oauth.error}: ${oauth.error_description ?? ""}`;
  } catch {
    // not JSON
  }
  return text.slice(0, 200) || response.statusText;
}

export function createSalesforceClient(config: Config, fetchImpl: typeof fetch = fetch) {
  let token: Promise<Token> | null = null;
  const timeout = () => AbortSignal.timeout(config.SALESFORCE_TIMEOUT_MS);

  async function requestToken(): Promise<Token> {
    const form = new URLSearchParams({
      client_id: config.SALESFORCE_CLIENT_ID ?? "",
      client_secret: config.SALESFORCE_CLIENT_SECRET ?? "",
    });
    if (config.SALESFORCE_USERNAME) {
      form.set("grant_type", "password");
      form.set("username", config.SALESFORCE_USERNAME);
      form.set("password", config.SALESFORCE_PASSWORD ?? "");
    } else {
      form.set("grant_type", "client_credentials");
    }
    const url = new URL("/services/oauth2/token", config.SALESFORCE_LOGIN_URL);
    const response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
      signal: timeout(),
    });
    if (!response.ok)
      throw new SalesforceError(
        `Salesforce token request failed (HTTP ${response.status}): ${await describeFailure(response)}`,
        response.status,
      );
    const body = (await response.json()) as { access_token?: string; instance_url?: string };
    if (!body.access_token || !body.instance_url)
      throw new SalesforceError("Salesforce token answer lacks access_token or instance_url", response.status);
    return { accessToken: body.access_token, instanceUrl: body.instance_url };
  }

  const currentToken = () => {
    token ??= requestToken().catch((error) => {
      token = null;
      throw error;
    });
    return token;
  };

  return {
    /** Creates or updates the Case whose External Id field holds `externalId`. */
    async upsertCase(externalId: string, fields: Record<string, unknown>): Promise<UpsertResult> {
      for (let attempt = 1; ; attempt++) {
        const { accessToken, instanceUrl } = await currentToken();
        const path = `/services/data/v${config.SALESFORCE_API_VERSION}/sobjects/Case/${encodeURIComponent(config.SALESFORCE_EXTERNAL_ID_FIELD)}/${encodeURIComponent(externalId)}`;
        const response = await fetchImpl(new URL(path, instanceUrl), {
          method: "PATCH",
          headers: {
            authorization: `Bearer ${accessToken}`,
            "content-type": "application/json",
            accept: "application/json",
          },
          body: JSON.stringify(fields),
          signal: timeout(),
        });
        if (response.status === 401 && attempt === 1) {
          token = null; // expired or revoked session: fetch a new token and try once more
          await response.body?.cancel();
          continue;
        }
        if (!response.ok)
          throw new SalesforceError(
            `Salesforce Case upsert failed (HTTP ${response.status}): ${await describeFailure(response)}`,
            response.status,
          );
        if (response.status === 204) return { id: null, created: false };
        const body = (await response.json().catch(() => ({}))) as { id?: string; created?: boolean };
        return { id: body.id ?? null, created: body.created ?? response.status === 201 };
      }
    },
  };
}

export type SalesforceClient = ReturnType<typeof createSalesforceClient>;

/** The delivery channel: sends the ticket's current state as its Case; remembers the Case id on the delivery. */
export function salesforceChannel(
  services: SubgraphServices,
  client: SalesforceClient = createSalesforceClient(services.config),
): NotificationChannel {
  const mapping = caseMapping(services.config);
  const { prisma } = services.db;
  return {
    name: SALESFORCE_CHANNEL,
    async send(delivery) {
      const ticket = await prisma.ticket.findUnique({ where: { id: delivery.target } });
      if (!ticket) throw new Error(`ticket ${delivery.target} no longer exists`);
      const result = await client.upsertCase(formatTicketNumber(ticket.number), caseFields(ticket, mapping));
      const payload = {
        ...((delivery.payload as Record<string, unknown> | null) ?? {}),
        caseId: result.id,
        created: result.created,
      };
      await prisma.notificationDelivery.update({
        where: { id: delivery.id },
        data: { payload: payload as Prisma.InputJsonValue },
      });
    },
  };
}

/**
 * Queues a Case sync for each ticket event (one pending sync per ticket is enough: it sends the
 * ticket's state when it goes out, and the event is only seen after the change committed).
 */
export async function queueCaseSync(tx: Prisma.TransactionClient, event: DomainEvent): Promise<void> {
  const ticketId = (event.payload as { ticketId?: unknown }).ticketId;
  if (typeof ticketId !== "string") return;
  const pending = await tx.notificationDelivery.findFirst({
    where: { channel: SALESFORCE_CHANNEL, target: ticketId, status: "PENDING", attempts: 0 },
    select: { id: true },
  });
  if (pending) return;
  await tx.notificationDelivery.create({
    data: {
      channel: SALESFORCE_CHANNEL,
      target: ticketId,
      eventType: event.type,
      subject: (event.payload as { number?: string }).number ?? null,
      body: JSON.stringify({ ticketId, eventId: event.id }),
    },
  });
  await tx.$executeRawUnsafe(`SELECT pg_notify('${DELIVERY_CHANNEL}', '')`);
}

export const SYNCED_EVENT_TYPES = [
  "ticket.created",
  "ticket.assigned",
  "ticket.first_replied",
  "ticket.status_changed",
  "ticket.resolved",
  "ticket.reopened",
  "ticket.closed",
  "ticket.merged",
  "ticket.escalated",
  "ticket.updated",
] as const;

/** Starts the outbox consumer that queues Case syncs (only when SALESFORCE_INTEGRATION_ENABLED). */
export function startSalesforceSync(services: SubgraphServices): () => Promise<void> {
  if (!services.config.SALESFORCE_INTEGRATION_ENABLED) return async () => undefined;
  caseMapping(services.config); // a bad mapping stops the start, not the first sync
  const consumer = startEventConsumer(services, {
    owner: "tickets",
    name: "tickets.salesforce",
    types: SYNCED_EVENT_TYPES,
    sources: ["tickets"],
    handle: (event, tx) => queueCaseSync(tx, event),
  });
  return () => consumer.stop();
}
