/**
 * Configuration from environment variables, validated once at start.
 *
 * Every variable the system reads is declared in CONFIG_VARIABLES below — that table is the
 * single source for validation, defaults, `.env.example` and the README (a test keeps them in
 * step). A bad value stops the process with one line naming the variable.
 */

import { dailyHoursRanges, parseScheduleSpec } from "./schedule-spec.js";
import { parseProviderList } from "./translation.js";

/** A failure to start that the operator fixes (configuration, a busy port): printed as one line, exit 1. */
export class StartupError extends Error {
  constructor(
    message: string,
    /** The variable to change. */
    readonly variable?: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

export class ConfigError extends StartupError {
  constructor(variable: string, message: string) {
    super(`Invalid configuration: ${variable} ${message}`, variable);
    this.name = "ConfigError";
  }
}

type Parser<T> = (raw: string, name: string) => T;

const parseString: Parser<string> = (raw) => raw;

const parseUrl =
  (...protocols: string[]): Parser<string> =>
  (raw, name) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(name, `must be a URL (got "${raw}")`);
    }
    if (protocols.length > 0 && !protocols.includes(url.protocol.replace(/:$/, ""))) {
      throw new ConfigError(name, `must use one of ${protocols.join(", ")} (got "${url.protocol}")`);
    }
    return raw;
  };

const parseNumber =
  (min: number, max: number, integer = false): Parser<number> =>
  (raw, name) => {
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      throw new ConfigError(name, `must be ${integer ? "an integer" : "a number"} (got "${raw}")`);
    }
    if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
    return value;
  };

const parseBoolean: Parser<boolean> = (raw, name) => {
  const value = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
};

const parseEnum =
  <T extends string>(...values: T[]): Parser<T> =>
  (raw, name) => {
    if (!values.includes(raw as T)) throw new ConfigError(name, `must be one of ${values.join(", ")} (got "${raw}")`);
    return raw as T;
  };

const parseTimeZone: Parser<string> = (raw, name) => {
  try {
    parseScheduleSpec(`${raw.trim()}; mon 00:00-01:00`);
  } catch (error) {
    throw new ConfigError(name, (error as Error).message.replace(/ in ".*"$/, ""));
  }
  return raw.trim();
};

const parseSecret: Parser<string> = (raw, name) => {
  if (raw.length < 32) throw new ConfigError(name, "must be at least 32 characters long");
  return raw;
};

/** One day's opening hours: "HH:MM-HH:MM" ranges separated by spaces or commas, "closed", or "24h". */
const parseDailyHours: Parser<string> = (raw, name) => {
  try {
    dailyHoursRanges(raw);
  } catch (error) {
    throw new ConfigError(name, (error as Error).message);
  }
  return raw.trim();
};

const parseSchedule: Parser<string> = (raw, name) => {
  try {
    parseScheduleSpec(raw);
  } catch (error) {
    throw new ConfigError(name, (error as Error).message);
  }
  return raw;
};

const parseApiVersion: Parser<string> = (raw, name) => {
  const version = raw.trim().replace(/^v/i, "");
  if (!/^\d{2,3}\.\d$/.test(version))
    throw new ConfigError(name, `must be a Salesforce API version such as 60.0 (got "${raw}")`);
  return version;
};

const parseSalesforceField: Parser<string> = (raw, name) => {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,79}$/.test(raw))
    throw new ConfigError(
      name,
      `must be a Salesforce field API name such as Switchboard_Ticket_Number__c (got "${raw}")`,
    );
  return raw;
};

interface VariableSpec<T> {
  parse: Parser<T>;
  /** Used when the variable is unset; `undefined` means optional with no value. */
  fallback?: T;
  /** Required in production (NODE_ENV=production) even when a development fallback exists. */
  requiredInProduction?: boolean;
  description: string;
  example?: string;
  /** Holds a credential (a secret, a key, a password or a URL that embeds one): never logged. */
  secret?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function variable<S extends VariableSpec<any>>(spec: S): S {
  return spec;
}

/** Development-only secrets: refused when NODE_ENV=production. */
const DEV_JWT_SECRET = "switchboard-development-jwt-secret-change-me!!";
const DEV_INTERNAL_SECRET = "switchboard-development-internal-secret-change-me";

export const CONFIG_VARIABLES = {
  NODE_ENV: variable({
    parse: parseEnum("development", "production", "test"),
    fallback: "development",
    description: "Runtime mode; production refuses development secrets.",
  }),
  LOG_LEVEL: variable({
    parse: parseEnum("debug", "info", "warn", "error", "silent"),
    fallback: "info",
    description:
      "Minimum level of the log lines written to stdout (JSON, one object per line, credentials redacted): info logs each gateway request with its requestId, debug adds each subgraph's share of it.",
  }),
  HOST: variable({
    parse: parseString,
    fallback: "127.0.0.1",
    description: "Interface the servers listen on (0.0.0.0 in containers).",
  }),
  GATEWAY_PORT: variable({
    parse: parseNumber(0, 65535, true),
    fallback: 4000,
    description: "Gateway HTTP + graphql-ws port.",
  }),
  GATEWAY_WORKERS: variable({
    parse: parseNumber(1, 64, true),
    fallback: 1,
    description:
      "Gateway processes sharing GATEWAY_PORT (`runtime/main.ts gateway`): each takes its turn of the connections, so live subscribers and requests spread over that many cores. Per-address and per-caller caps apply per process; the rate budget is shared only through Redis.",
  }),
  TICKETS_PORT: variable({ parse: parseNumber(0, 65535, true), fallback: 4001, description: "Tickets subgraph port." }),
  CHAT_PORT: variable({ parse: parseNumber(0, 65535, true), fallback: 4002, description: "Chat subgraph port." }),
  KNOWLEDGE_PORT: variable({
    parse: parseNumber(0, 65535, true),
    fallback: 4003,
    description: "Knowledge subgraph port.",
  }),
  AGENTS_PORT: variable({ parse: parseNumber(0, 65535, true), fallback: 4004, description: "Agents subgraph port." }),
  ANALYTICS_PORT: variable({
    parse: parseNumber(0, 65535, true),
    fallback: 4005,
    description: "Analytics subgraph port.",
  }),
  TICKETS_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Where the gateway and other subgraphs reach tickets (default http://HOST:TICKETS_PORT/graphql).",
    example: "http://tickets:4001/graphql",
  }),
  CHAT_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Where the gateway reaches chat.",
    example: "http://chat:4002/graphql",
  }),
  KNOWLEDGE_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Where the gateway reaches knowledge.",
    example: "http://knowledge:4003/graphql",
  }),
  AGENTS_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Where the gateway reaches agents.",
    example: "http://agents:4004/graphql",
  }),
  ANALYTICS_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Where the gateway reaches analytics.",
    example: "http://analytics:4005/graphql",
  }),
  DATABASE_URL: variable({
    secret: true,
    parse: parseUrl("postgres", "postgresql"),
    description: "PostgreSQL connection string. Unset: embedded PGlite under PGLITE_DIR.",
    example: "postgresql://postgres@127.0.0.1:5432/switchboard",
  }),
  DATABASE_POOL_SIZE: variable({
    parse: parseNumber(1, 200, true),
    fallback: 10,
    description: "Connections per process to PostgreSQL.",
  }),
  PGLITE_DIR: variable({
    parse: parseString,
    fallback: ".data/pglite",
    description: "Where the embedded PGlite database keeps its files ('memory://' for none).",
  }),
  REDIS_URL: variable({
    secret: true,
    parse: parseUrl("redis", "rediss"),
    description: "Redis for pub/sub between instances. Unset: in-memory (single process).",
    example: "redis://127.0.0.1:6379",
  }),
  PUBSUB_CHANNEL_PREFIX: variable({
    parse: parseString,
    fallback: "switchboard:",
    description: "Prefix of the Redis pub/sub channels; deployments sharing one Redis use different prefixes.",
  }),
  TYPESENSE_URL: variable({
    parse: parseUrl("http", "https"),
    description: "Typesense for search at scale. Unset: PostgreSQL full-text search.",
    example: "http://127.0.0.1:8108",
  }),
  TYPESENSE_API_KEY: variable({ secret: true, parse: parseString, fallback: "xyz", description: "Typesense API key." }),
  TYPESENSE_COLLECTION: variable({
    parse: parseString,
    fallback: "knowledge_articles",
    description: "Typesense collection holding knowledge articles.",
  }),
  SEARCH_VIEWS_WEIGHT: variable({
    parse: parseNumber(0, 100),
    fallback: 0.15,
    description: "Knowledge search ranking: weight of ln(1 + views) in the popularity factor (0 = ignore views).",
  }),
  SEARCH_HELPFULNESS_WEIGHT: variable({
    parse: parseNumber(0, 2),
    fallback: 0.5,
    description: "Knowledge search ranking: weight of (helpfulness − 0.5) in the popularity factor.",
  }),
  SEARCH_RECENCY_WEIGHT: variable({
    parse: parseNumber(0, 1),
    fallback: 0.2,
    description: "Knowledge search ranking: share of the score that decays with age (0 = recency ignored).",
  }),
  SEARCH_RECENCY_HALF_LIFE_DAYS: variable({
    parse: parseNumber(1, 36500),
    fallback: 180,
    description: "Knowledge search ranking: age in days at which the recency part of the score halves.",
  }),
  SEARCH_TIER_FRACTION: variable({
    parse: parseNumber(0.01, 1),
    fallback: 0.3,
    description:
      "Knowledge search: share of each language's published articles, the most viewed, in the search tier that candidates are gathered from first.",
  }),
  SEARCH_TIER_REFRESH_SECONDS: variable({
    parse: parseNumber(1, 86_400, true),
    fallback: 300,
    description: "Knowledge search: how often the search tier is recomputed from view counts.",
  }),
  SEARCH_STATS_FLUSH_MS: variable({
    parse: parseNumber(10, 60_000, true),
    fallback: 1000,
    description:
      "Knowledge search: how often queued search statistics (query counters, search events) are written, in one transaction.",
  }),
  KNOWLEDGE_ANONYMOUS_WEIGHT: variable({
    parse: parseNumber(0, 1),
    fallback: 0.25,
    description:
      "Knowledge base: how much an anonymous reader's view or vote weighs in ranking, against 1 for a signed-in reader.",
  }),
  KNOWLEDGE_ANONYMOUS_PER_ADDRESS: variable({
    parse: parseNumber(1, 1000, true),
    fallback: 3,
    description:
      "Knowledge base: anonymous readers (viewer ids) counted per client address and article — views per UTC day, votes per 24 hours; more votes are refused with RATE_LIMITED, more views are served but not counted.",
  }),
  SEARCH_SUGGESTION_MIN_SEARCHES: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 3,
    description:
      "Knowledge search: how many times a past query must have been searched before it is suggested to others.",
  }),
  SEARCH_TYPO_SIMILARITY: variable({
    parse: parseNumber(0.1, 1),
    fallback: 0.4,
    description: "Minimum trigram similarity for a query word to be corrected to an indexed word (typo tolerance).",
  }),
  JWT_SECRET: variable({
    secret: true,
    parse: parseSecret,
    fallback: DEV_JWT_SECRET,
    requiredInProduction: true,
    description: "HS256 secret for client bearer tokens (≥ 32 chars).",
  }),
  JWT_ISSUER: variable({
    parse: parseString,
    fallback: "switchboard",
    description: "Expected `iss` of client tokens.",
  }),
  INTERNAL_SECRET: variable({
    secret: true,
    parse: parseSecret,
    fallback: DEV_INTERNAL_SECRET,
    requiredInProduction: true,
    description:
      "Secret the gateway signs forwarded identity tokens with (HS256 JWT, 60 s, one subgraph each); subgraphs refuse tokens not signed with it (≥ 32 chars).",
  }),
  MAX_SUBSCRIPTIONS_PER_SOCKET: variable({
    parse: parseNumber(1, 100_000, true),
    fallback: 100,
    description: "Operations (subscriptions included) one graphql-ws connection may have open at once.",
  }),
  MAX_SUBSCRIPTIONS_PER_CALLER: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 500,
    description:
      "Subscriptions one caller (token subject, else address) may hold open on one gateway, across connections.",
  }),
  MAX_SOCKETS_PER_ADDRESS: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 200,
    description: "Open graphql-ws connections from one client address per gateway; more are answered 429.",
  }),
  SUBGRAPH_TIMEOUT_MS: variable({
    parse: parseNumber(100, 600_000, true),
    fallback: 30_000,
    description:
      "The gateway gives up on a subgraph fetch not answered in full within this long (SERVICE_UNAVAILABLE, retryable).",
  }),
  SUBGRAPH_MAX_RESPONSE_BYTES: variable({
    parse: parseNumber(1024, 2_000_000_000, true),
    fallback: 50_000_000,
    description: "The gateway abandons a subgraph answer larger than this (SERVICE_UNAVAILABLE).",
  }),
  IN_PROCESS_SUBGRAPH_CALLS: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Calls to a subgraph served by this same process (the gateway's fetches, subgraphs' commands to each other) go straight to its request handler, with the same headers, checks and answers, instead of over a loopback socket; subgraphs' calls to each other skip the HTTP exchange too and run the operation through the callee's Apollo Server. false: always over HTTP.",
  }),
  APOLLO_TELEMETRY_DISABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Apollo's own switch, which the gateway sets from this: false lets @apollo/gateway report the host (OS, architecture, CPUs, memory, uptime) to usage-reporting.api.apollographql.com hourly and on every stop.",
  }),
  TRUST_PROXY: variable({
    parse: parseBoolean,
    fallback: false,
    description: "The gateway sits behind a trusted proxy: take the client address from X-Forwarded-For.",
  }),
  CORS_ORIGINS: variable({
    parse: parseString,
    description:
      "Comma-separated origins allowed by the gateway's CORS. Unset: any origin (*) in development, none in production.",
    example: "https://support.example.com",
  }),
  RATE_LIMIT_PER_MINUTE: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 600,
    description:
      "Gateway budget per caller (token subject, else client address) per minute: each operation costs 1 plus 1 per RATE_LIMIT_COST_PER_POINT of its estimated cost; shared through Redis when REDIS_URL is set.",
  }),
  MAX_BATCH_SIZE: variable({
    parse: parseNumber(1, 100, true),
    fallback: 10,
    description:
      "Most operations in one batched HTTP request (Apollo BatchHttpLink); 1 turns batching off. Each operation is limited and charged on its own.",
  }),
  RATE_LIMIT_COST_PER_POINT: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 100,
    description: "Estimated query cost that costs one more point of the rate-limit budget.",
  }),
  MAX_QUERY_DEPTH: variable({
    parse: parseNumber(1, 1000, true),
    fallback: 15,
    description: "Deepest field nesting of a signed-in caller's operation (introspection not counted).",
  }),
  ANONYMOUS_MAX_QUERY_DEPTH: variable({
    parse: parseNumber(1, 1000, true),
    fallback: 10,
    description: "Deepest field nesting of an anonymous caller's operation.",
  }),
  MAX_QUERY_ALIASES: variable({
    parse: parseNumber(0, 100_000, true),
    fallback: 50,
    description: "Aliased fields in a signed-in caller's operation, counted with fragments expanded.",
  }),
  ANONYMOUS_MAX_QUERY_ALIASES: variable({
    parse: parseNumber(0, 100_000, true),
    fallback: 10,
    description: "Aliased fields in an anonymous caller's operation, counted with fragments expanded.",
  }),
  MAX_QUERY_ROOT_FIELDS: variable({
    parse: parseNumber(1, 100_000, true),
    fallback: 20,
    description: "Root fields of a signed-in caller's operation, counted with fragments expanded.",
  }),
  ANONYMOUS_MAX_QUERY_ROOT_FIELDS: variable({
    parse: parseNumber(1, 100_000, true),
    fallback: 5,
    description: "Root fields of an anonymous caller's operation, counted with fragments expanded.",
  }),
  MAX_QUERY_TOKENS: variable({
    parse: parseNumber(10, 1_000_000, true),
    fallback: 5000,
    description: "Lexical tokens in a signed-in caller's document (refused before it is parsed further).",
  }),
  ANONYMOUS_MAX_QUERY_TOKENS: variable({
    parse: parseNumber(10, 1_000_000, true),
    fallback: 2000,
    description: "Lexical tokens in an anonymous caller's document.",
  }),
  MAX_QUERY_COST: variable({
    parse: parseNumber(1, 100_000_000, true),
    fallback: 20_000,
    description:
      "Estimated cost of a signed-in caller's operation: 1 per field, times `first`/`last` (or 10 for an unbounded list, 20 for a connection without a page size) for each list it sits in.",
  }),
  ANONYMOUS_MAX_QUERY_COST: variable({
    parse: parseNumber(1, 100_000_000, true),
    fallback: 2000,
    description: "Estimated cost of an anonymous caller's operation.",
  }),
  MAX_RESPONSE_BYTES: variable({
    parse: parseNumber(1024, 1_000_000_000, true),
    fallback: 5_000_000,
    description:
      "Largest response (bytes of JSON) sent to a signed-in caller; larger ones are replaced by QUERY_TOO_COMPLEX.",
  }),
  ANONYMOUS_MAX_RESPONSE_BYTES: variable({
    parse: parseNumber(1024, 1_000_000_000, true),
    fallback: 1_000_000,
    description: "Largest response (bytes of JSON) sent to an anonymous caller.",
  }),
  SUPPORT_SYSTEM_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "The ticket system (tickets subgraph: creating, reading and working tickets). false: its operations answer FEATURE_DISABLED; the graph still composes.",
  }),
  CHAT_SYSTEM_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description: "Live chat (chat subgraph). false: chat operations answer FEATURE_DISABLED.",
  }),
  KNOWLEDGE_BASE_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "The knowledge base (knowledge subgraph). false: its operations answer FEATURE_DISABLED and the chatbot answers without articles.",
  }),
  AI_CHATBOT_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "The AI chatbot (chatbotAnswer, chatbotSuggestions, bot-first chats). false: those answer FEATURE_DISABLED and new chats go straight to the human queue.",
  }),
  SUPPORT_TIME_ZONE: variable({
    parse: parseTimeZone,
    fallback: "UTC+04:00",
    description:
      "Zone of SUPPORT_WEEKDAY_HOURS / SUPPORT_WEEKEND_HOURS (UTC±HH:MM or an IANA name; the specification's UTC+4 for the UAE).",
  }),
  SUPPORT_WEEKDAY_HOURS: variable({
    parse: parseDailyHours,
    fallback: "08:00-20:00",
    description:
      "Support hours Monday–Friday (HH:MM-HH:MM, several separated by spaces, or 'closed'): the default business calendar of SLA clocks and, unless CHAT_OPERATING_HOURS is set, live chat hours.",
  }),
  SUPPORT_WEEKEND_HOURS: variable({
    parse: parseDailyHours,
    fallback: "10:00-18:00",
    description: "Support hours Saturday and Sunday (same form as SUPPORT_WEEKDAY_HOURS).",
  }),
  STANDARD_SLA_HOURS: variable({
    parse: parseNumber(0.1, 720),
    fallback: 4,
    description: "SLA window for LOW/MEDIUM priority, in business hours.",
  }),
  PRIORITY_SLA_HOURS: variable({
    parse: parseNumber(0.1, 720),
    fallback: 2,
    description: "SLA window for HIGH priority.",
  }),
  URGENT_SLA_HOURS: variable({
    parse: parseNumber(0.1, 720),
    fallback: 1,
    description: "SLA window for URGENT priority.",
  }),
  ESCALATION_THRESHOLD_HOURS: variable({
    parse: parseNumber(0, 720),
    fallback: 6,
    description: "Unresolved for this many business hours → escalate (0 = never on time alone).",
  }),
  EMERGENCY_SUPPORT_24_7: variable({
    parse: parseBoolean,
    fallback: true,
    description: "URGENT tickets run on calendar time, not business hours.",
  }),
  MAX_CONCURRENT_CHATS_PER_AGENT: variable({
    parse: parseNumber(1, 50, true),
    fallback: 3,
    description: "Default chat capacity per agent.",
  }),
  QUEUE_POSITION_UPDATES: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Waiting customers are told their place in the chat queue (chat.queuePosition, queue events on chatEvents). false: no positions are published.",
  }),
  ESTIMATED_WAIT_TIME: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Waiting customers are told their estimated wait (estimatedWaitSeconds on chats, supportAvailability, routing). false: always null.",
  }),
  CHAT_TIMEOUT_MINUTES: variable({
    parse: parseNumber(1, 1440, true),
    fallback: 30,
    description:
      "Minutes of silence in an ACTIVE chat (since its last message or pickup) before it is closed as TIMED_OUT; queue time never counts.",
  }),
  CHAT_MESSAGE_MAX_LENGTH: variable({
    parse: parseNumber(1, 1_000_000, true),
    fallback: 10_000,
    description: "Longest chat message body accepted.",
  }),
  CHATBOT_CONFIDENCE_THRESHOLD: variable({
    parse: parseNumber(0, 1),
    fallback: 0.7,
    description: "Below this the chatbot hands over to a human.",
  }),
  AUTO_ESCALATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description: "Chatbot escalates to a human automatically below the threshold.",
  }),
  KNOWLEDGE_BASE_SEARCH_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "The chatbot searches the knowledge base for its answers and suggestions. false: it answers from intents and customer data only (no articles).",
  }),
  INTENT_CLASSIFICATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "The chatbot classifies the customer's intent (account-aware answers, handover on request). false: every question is treated as a general one answered from the knowledge base.",
  }),
  CHATBOT_AUTO_REPLY_THRESHOLD: variable({
    parse: parseNumber(0, 1),
    fallback: 0.8,
    description: "The chatbot answers a customer's case on its own only above this confidence.",
  }),
  CHAT_OPERATING_HOURS: variable({
    parse: parseSchedule,
    description:
      "When live chat agents are available: '<zone>; <days> HH:MM-HH:MM; …' or '24/7'. Outside them chats become offline messages (tickets). Unset: the support hours (SUPPORT_TIME_ZONE, SUPPORT_WEEKDAY_HOURS, SUPPORT_WEEKEND_HOURS).",
    example: "UTC+04:00; mon-fri 08:00-20:00; sat-sun 10:00-18:00",
  }),
  CHAT_SWEEP_INTERVAL_SECONDS: variable({
    parse: parseNumber(0.1, 3600),
    fallback: 30,
    description: "How often the chat inactivity sweeper looks for timed-out chats.",
  }),
  TICKET_NOTIFICATIONS_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Notify customers and agents of ticket events (received, replies, assignment). false: none are sent (SLA, escalation and CSAT have their own switches).",
  }),
  SLA_WARNING_NOTIFICATIONS: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Notify the assignee (or supervisors) when an SLA target is due soon. false: warnings are still recorded, not sent.",
  }),
  ESCALATION_NOTIFICATIONS: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Notify supervisors (and the Slack/Teams channels) when a ticket is escalated. false: escalations are not announced.",
  }),
  CUSTOMER_SATISFACTION_SURVEYS: variable({
    parse: parseBoolean,
    fallback: true,
    description: "Send a CSAT survey when a ticket is resolved.",
  }),
  SMTP_URL: variable({
    secret: true,
    parse: parseUrl("smtp", "smtps"),
    description: "SMTP relay for email notifications. Unset: email channel off.",
    example: "smtp://127.0.0.1:2525",
  }),
  EMAIL_FROM: variable({
    parse: parseString,
    fallback: "Switchboard Support <support@switchboard.example>",
    description: "From address of outgoing email.",
  }),
  SLACK_INTEGRATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description:
      "Post team alerts (escalations, SLA breaches, low ratings) to Slack at SLACK_WEBHOOK_URL. false: nothing is posted even with a URL.",
  }),
  SLACK_WEBHOOK_URL: variable({
    secret: true,
    parse: parseUrl("http", "https"),
    description: "Slack incoming webhook (https://hooks.slack.com/services/…). Unset: Slack channel off.",
    example: "https://hooks.slack.com/services/T000/B000/XXXX",
  }),
  TEAMS_INTEGRATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: true,
    description: "Post team alerts to Microsoft Teams at TEAMS_WEBHOOK_URL. false: nothing is posted even with a URL.",
  }),
  TEAMS_WEBHOOK_URL: variable({
    secret: true,
    parse: parseUrl("http", "https"),
    description: "Microsoft Teams incoming webhook. Unset: Teams channel off.",
    example: "https://example.webhook.office.com/webhookb2/…",
  }),
  TRANSLATOR_URL: variable({
    parse: parseUrl("http", "https"),
    description:
      "LibreTranslate-compatible endpoint for conversation translation. Unset: translation off (said so on the ticket).",
  }),
  TRANSLATION_PROVIDERS: variable({
    secret: true,
    parse: (raw, name) => {
      try {
        parseProviderList(raw);
      } catch (error) {
        throw new ConfigError(name, (error as Error).message);
      }
      return raw;
    },
    description:
      "More translators, asked in parallel with TRANSLATOR_URL (best confidence wins): comma-separated `name=kind+url`, kind `libretranslate` (default) or `google` (Cloud Translation v2 shape).",
    example: "libre=http://127.0.0.1:5000,gcloud=google+https://translation.googleapis.com/?key=KEY",
  }),
  TRANSLATOR_API_KEY: variable({
    secret: true,
    parse: parseString,
    description: "API key sent to the translator (LibreTranslate `api_key`), when it needs one.",
  }),
  TRANSLATOR_TIMEOUT_MS: variable({
    parse: parseNumber(100, 60_000, true),
    fallback: 5000,
    description: "Timeout of each call to the translator.",
  }),
  AGENT_IDLE_TIMEOUT_SECONDS: variable({
    parse: parseNumber(1, 86_400),
    fallback: 300,
    description: "An ONLINE agent not seen (no request, no heartbeat) for this long is set AWAY.",
  }),
  MAX_ACTIVE_TICKETS_PER_AGENT: variable({
    parse: parseNumber(1, 10_000, true),
    fallback: 30,
    description:
      "Open tickets an agent can hold; beyond it automatic assignment skips them and manual assignment needs force.",
  }),
  QUEUE_SWEEP_INTERVAL_SECONDS: variable({
    parse: parseNumber(0.1, 3600),
    fallback: 10,
    description:
      "How often agents checks whether a queued ticket or chat could be given to an agent available now and drains the queue if so (the safety net behind the drain that freed capacity and agents coming online trigger).",
  }),
  CUSTOMER_CONTEXT_URL: variable({
    parse: parseUrl("http", "https"),
    description: "HTTP customer-context provider (investments, KYC, transactions). Unset: demo tables.",
  }),
  TICKET_CLASSIFIER_URL: variable({
    parse: parseUrl("http", "https"),
    description: "HTTP ticket classifier. Unset: the in-process naive-Bayes model.",
  }),
  TICKET_CLASSIFIER_TIMEOUT_MS: variable({
    parse: parseNumber(1, 60_000, true),
    fallback: 2000,
    description: "Timeout of each call to the HTTP ticket classifier (then the in-process model answers).",
  }),
  TICKET_TRIAGE_CONFIDENCE_THRESHOLD: variable({
    parse: parseNumber(0, 1),
    fallback: 0.9,
    description:
      "Classification confidence below which a new ticket goes to the triage queue uncategorised (0.9: answers at or above it are right ≥ 97 % of the time on the held-out set).",
  }),
  TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: variable({
    parse: parseNumber(0, 1),
    fallback: 0.85,
    description: "Knowledge-answer confidence above which a new ticket is answered with the article and AUTO_RESOLVED.",
  }),
  SLA_WARNING_FRACTION: variable({
    parse: parseNumber(0.01, 1),
    fallback: 0.75,
    description: "Share of an SLA window after which the sweeper raises a warning.",
  }),
  SLA_SWEEP_INTERVAL_MS: variable({
    parse: parseNumber(100, 3_600_000, true),
    fallback: 30_000,
    description: "How often the SLA sweeper looks for warnings, breaches and escalations.",
  }),
  NOTIFICATION_MAX_ATTEMPTS: variable({
    parse: parseNumber(1, 50, true),
    fallback: 6,
    description: "Delivery attempts per email/Slack/Teams/webhook notification before it is marked FAILED.",
  }),
  NOTIFICATION_RETRY_BASE_MS: variable({
    parse: parseNumber(10, 3_600_000, true),
    fallback: 5000,
    description: "First retry delay of a failed delivery; doubles on each attempt.",
  }),
  ANALYTICS_MAX_RANGE_DAYS: variable({
    parse: parseNumber(1, 3660, true),
    fallback: 366,
    description: "Longest date range (days) analytics figures, reports and series accept.",
  }),
  EVENT_RETENTION_DAYS: variable({
    parse: parseNumber(1, 3650, true),
    fallback: 7,
    description:
      "Days published domain events stay in each subgraph's outbox (where consumers catch up after downtime and live streams resume) and consumers' processed-event records are kept; older ones are deleted hourly. A consumer down longer than this misses the pruned events and is told so, and rebuilds what they said where it can (analytics derives their lifecycle from the items; agents, tickets and chat bring assignments and workload in line with each other; the Typesense indexer resyncs); a live stream resumed from before them is refused.",
  }),
  SALESFORCE_INTEGRATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: false,
    description:
      "Sync every ticket to a Salesforce Case (REST API, upsert on SALESFORCE_EXTERNAL_ID_FIELD), with retries and backoff; needs SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET.",
  }),
  SALESFORCE_LOGIN_URL: variable({
    parse: parseUrl("http", "https"),
    fallback: "https://login.salesforce.com",
    description:
      "Salesforce OAuth 2.0 host: POST <url>/services/oauth2/token (https://test.salesforce.com for sandboxes, or your My Domain URL).",
  }),
  SALESFORCE_CLIENT_ID: variable({ parse: parseString, description: "Consumer key of the Salesforce connected app." }),
  SALESFORCE_CLIENT_SECRET: variable({
    secret: true,
    parse: parseString,
    description: "Consumer secret of the Salesforce connected app.",
  }),
  SALESFORCE_USERNAME: variable({
    parse: parseString,
    description:
      "Integration user for the OAuth username-password flow. Unset: client-credentials flow (the connected app's run-as user).",
  }),
  SALESFORCE_PASSWORD: variable({
    secret: true,
    parse: parseString,
    description: "Password (with the security token appended, if the org requires one) of SALESFORCE_USERNAME.",
  }),
  SALESFORCE_API_VERSION: variable({
    parse: parseApiVersion,
    fallback: "60.0",
    description: "Salesforce REST API version: requests go to /services/data/v<version>/sobjects/Case.",
  }),
  SALESFORCE_EXTERNAL_ID_FIELD: variable({
    parse: parseSalesforceField,
    fallback: "Switchboard_Ticket_Number__c",
    description:
      "External Id field on Case holding the ticket number (SB-10042); cases are upserted on it, so retries never duplicate a case.",
  }),
  SALESFORCE_CATEGORY_FIELD: variable({
    parse: parseSalesforceField,
    description:
      "Optional Case field that receives the ticket's category/subcategory key (e.g. Switchboard_Category__c). Unset: not sent.",
  }),
  SALESFORCE_STATUS_MAP: variable({
    parse: parseString,
    description:
      "Overrides of the ticket status → Case Status mapping, e.g. 'ON_HOLD=On Hold,PENDING=Waiting on Customer' (defaults: OPEN=New, PENDING=Working, ON_HOLD=Working, ESCALATED=Escalated, RESOLVED/AUTO_RESOLVED/CLOSED=Closed).",
  }),
  SALESFORCE_PRIORITY_MAP: variable({
    parse: parseString,
    description:
      "Overrides of the ticket priority → Case Priority mapping, e.g. 'URGENT=Critical' (defaults: LOW=Low, MEDIUM=Medium, HIGH=High, URGENT=High).",
  }),
  SALESFORCE_TIMEOUT_MS: variable({
    parse: parseNumber(100, 120_000, true),
    fallback: 10_000,
    description: "Timeout of each call to Salesforce (then the sync is retried with backoff).",
  }),
  ZENDESK_MIGRATION_ENABLED: variable({
    parse: parseBoolean,
    fallback: false,
    description:
      "Allows `npm run import:zendesk -- <export.json>` to import a Zendesk tickets export (tickets, comments/audits, users; idempotent). Off: the importer refuses to run.",
  }),
  SEED_DEMO_DATA: variable({
    parse: parseBoolean,
    fallback: true,
    description: "`npm start` loads demo data into an empty database.",
  }),
};

/** The variables holding credentials; the logger redacts them wherever they appear by name. */
export const SECRET_VARIABLES: readonly string[] = Object.entries(
  CONFIG_VARIABLES as Record<string, VariableSpec<unknown>>,
)
  .filter(([, spec]) => spec.secret)
  .map(([name]) => name);

/** Bits of Shannon entropy in `secret`, estimated from its own character frequencies. */
export function estimatedEntropyBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const character of secret) counts.set(character, (counts.get(character) ?? 0) + 1);
  const length = [...secret].length;
  let perCharacter = 0;
  for (const count of counts.values()) perCharacter -= (count / length) * Math.log2(count / length);
  return perCharacter * length;
}

/**
 * Fewer estimated bits than this is a guessable secret (32 random base64 characters carry ~150).
 * The estimate reads a secret's own character frequencies, so it undercounts short random ones:
 * `openssl rand -hex 16` (128 real bits) scores 87–125 — at 100, about one in a thousand was
 * refused. Repeats and patterns still score far below: "a" × 32 has 0, "ab" × 16 has 32.
 */
export const MIN_SECRET_ENTROPY_BITS = 80;

/** Production refuses the public development secrets, guessable ones, and one secret used for both jobs. */
function assertProductionSecrets(jwtSecret: string, internalSecret: string): void {
  for (const [name, value, devDefault] of [
    ["JWT_SECRET", jwtSecret, DEV_JWT_SECRET],
    ["INTERNAL_SECRET", internalSecret, DEV_INTERNAL_SECRET],
  ] as const) {
    if (value === devDefault) throw new ConfigError(name, "must not be the development default in production");
    if (estimatedEntropyBits(value) < MIN_SECRET_ENTROPY_BITS) {
      throw new ConfigError(
        name,
        `is too easy to guess (about ${Math.round(estimatedEntropyBits(value))} bits; use at least 32 random characters, e.g. openssl rand -base64 32)`,
      );
    }
  }
  if (jwtSecret === internalSecret)
    throw new ConfigError(
      "INTERNAL_SECRET",
      "must differ from JWT_SECRET (a leaked client-token secret must not let anyone forge identities to subgraphs)",
    );
}

/** True when the configuration still uses a public development secret (start-up warns loudly). */
export const usesDevelopmentSecrets = (config: { JWT_SECRET: string; INTERNAL_SECRET: string }) =>
  config.JWT_SECRET === DEV_JWT_SECRET || config.INTERNAL_SECRET === DEV_INTERNAL_SECRET;

type Specs = typeof CONFIG_VARIABLES;
type ValueOf<S> = S extends { parse: Parser<infer T> } ? T : never;
export type Config = {
  [K in keyof Specs]: Specs[K] extends { fallback: NonNullable<unknown> }
    ? ValueOf<Specs[K]>
    : ValueOf<Specs[K]> | undefined;
};

/** Parses and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const production = env.NODE_ENV === "production";
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES) as [string, VariableSpec<unknown>][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") {
      if (production && spec.requiredInProduction) throw new ConfigError(name, "is required when NODE_ENV=production");
      result[name] = spec.fallback;
      continue;
    }
    result[name] = spec.parse(raw, name);
  }
  if (
    dailyHoursRanges(result.SUPPORT_WEEKDAY_HOURS as string).length === 0 &&
    dailyHoursRanges(result.SUPPORT_WEEKEND_HOURS as string).length === 0
  ) {
    throw new ConfigError(
      "SUPPORT_WEEKDAY_HOURS",
      "and SUPPORT_WEEKEND_HOURS must not both be closed (support must open some time)",
    );
  }
  if (production) assertProductionSecrets(result.JWT_SECRET as string, result.INTERNAL_SECRET as string);
  if (result.SALESFORCE_INTEGRATION_ENABLED) {
    for (const name of ["SALESFORCE_CLIENT_ID", "SALESFORCE_CLIENT_SECRET"]) {
      if (!result[name]) throw new ConfigError(name, "is required when SALESFORCE_INTEGRATION_ENABLED=true");
    }
    if (Boolean(result.SALESFORCE_USERNAME) !== Boolean(result.SALESFORCE_PASSWORD)) {
      throw new ConfigError(
        result.SALESFORCE_USERNAME ? "SALESFORCE_PASSWORD" : "SALESFORCE_USERNAME",
        "must be set together with the other (username-password flow)",
      );
    }
  }
  return result as Config;
}

/** The support hours as a schedule string (schedule-spec.ts): weekdays mon–fri, weekend sat–sun. */
export function supportHoursSpec(
  config: Pick<Config, "SUPPORT_TIME_ZONE" | "SUPPORT_WEEKDAY_HOURS" | "SUPPORT_WEEKEND_HOURS">,
): string {
  const parts = [config.SUPPORT_TIME_ZONE];
  const weekday = dailyHoursRanges(config.SUPPORT_WEEKDAY_HOURS);
  const weekend = dailyHoursRanges(config.SUPPORT_WEEKEND_HOURS);
  if (weekday.length > 0) parts.push(`mon-fri ${weekday.join(" ")}`);
  if (weekend.length > 0) parts.push(`sat-sun ${weekend.join(" ")}`);
  return parts.join("; ");
}

/** When live chat is staffed: CHAT_OPERATING_HOURS, else the support hours. */
export function chatOperatingHours(
  config: Pick<
    Config,
    "CHAT_OPERATING_HOURS" | "SUPPORT_TIME_ZONE" | "SUPPORT_WEEKDAY_HOURS" | "SUPPORT_WEEKEND_HOURS"
  >,
): string {
  return config.CHAT_OPERATING_HOURS ?? supportHoursSpec(config);
}

export type SubgraphName = "tickets" | "chat" | "knowledge" | "agents" | "analytics";
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ["tickets", "chat", "knowledge", "agents", "analytics"];

const PORT_VARIABLE = {
  tickets: "TICKETS_PORT",
  chat: "CHAT_PORT",
  knowledge: "KNOWLEDGE_PORT",
  agents: "AGENTS_PORT",
  analytics: "ANALYTICS_PORT",
} as const;
const URL_VARIABLE = {
  tickets: "TICKETS_URL",
  chat: "CHAT_URL",
  knowledge: "KNOWLEDGE_URL",
  agents: "AGENTS_URL",
  analytics: "ANALYTICS_URL",
} as const;

/** The variable that sets a subgraph's port. */
export function subgraphPortVariable(name: SubgraphName): (typeof PORT_VARIABLE)[SubgraphName] {
  return PORT_VARIABLE[name];
}

export function subgraphPort(config: Config, name: SubgraphName): number {
  return config[PORT_VARIABLE[name]];
}

export function subgraphUrl(config: Config, name: SubgraphName): string {
  return (
    config[URL_VARIABLE[name]] ??
    `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${subgraphPort(config, name)}/graphql`
  );
}

/** Text of `.env.example`, generated from CONFIG_VARIABLES. */
export function renderEnvExample(): string {
  const lines = [
    "# Switchboard configuration. Generated from shared/config.ts (npm run compose keeps it current).",
    "",
  ];
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES) as [string, VariableSpec<unknown>][]) {
    lines.push(`# ${spec.description}`);
    const value =
      spec.fallback !== undefined && !spec.requiredInProduction ? String(spec.fallback) : (spec.example ?? "");
    lines.push(spec.fallback !== undefined && !spec.requiredInProduction ? `# ${name}=${value}` : `# ${name}=${value}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** Markdown table of every variable, for the README. */
export function renderConfigTable(): string {
  const rows = ["| Variable | Default | Meaning |", "| --- | --- | --- |"];
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES) as [string, VariableSpec<unknown>][]) {
    const fallback = spec.requiredInProduction
      ? "dev-only default; required in production"
      : spec.fallback === undefined
        ? "unset"
        : `\`${String(spec.fallback)}\``;
    rows.push(`| \`${name}\` | ${fallback} | ${spec.description.replace(/\|/g, "\\|")} |`);
  }
  return rows.join("\n");
}
