/**
 * What the logs never show: credentials by field name (pino `redact` paths for top-level
 * fields, one walk for nested objects) and credentials inside free text (error messages and
 * stacks, log messages) by shape: bearer tokens, JWTs, passwords in URLs, webhook URLs.
 */
import { SECRET_VARIABLES } from "./config.js";
import { IDENTITY_HEADER } from "./identity.js";

export const REDACTED = "[REDACTED]";

/** Field names whose value is a credential, wherever they appear. */
export const SECRET_KEYS: readonly string[] = [
  "authorization",
  "Authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "password",
  "secret",
  "clientSecret",
  "client_secret",
  "apiKey",
  "api_key",
  "x-api-key",
  "webhookUrl",
  IDENTITY_HEADER,
  ...SECRET_VARIABLES,
];

/**
 * pino `redact` paths for the secret keys as top-level fields of a log line. pino's wildcard
 * paths (`*.token`) cost about a microsecond per path for every top-level field of every line
 * (150 µs a line for these keys three levels deep), so nested objects are handled by one walk
 * instead: `redactNested`, run as pino's `formatters.log`.
 */
export function redactPaths(keys: readonly string[] = SECRET_KEYS): string[] {
  return keys.map((key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`));
}

const SECRET_KEY_SET = new Set(SECRET_KEYS);
const MAX_DEPTH = 8;

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
};

function redactValue(value: unknown, depth: number): unknown {
  if (!isPlain(value) || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const redacted = redactValue(item, depth + 1);
      if (redacted !== item) (copy ??= [...value])[index] = redacted;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const redacted = SECRET_KEY_SET.has(key) ? REDACTED : redactValue(item, depth + 1);
    if (redacted !== item) (copy ??= { ...value })[key] = redacted;
  }
  return copy ?? value;
}

/**
 * A log line's fields with every secret key below the top level (inside objects and arrays, up
 * to MAX_DEPTH deep) replaced by REDACTED. Objects are copied only where something is
 * replaced; the caller's objects are never changed.
 */
export function redactNested(fields: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(fields)) {
    const item = fields[key];
    const redacted = redactValue(item, 1);
    if (redacted !== item) (copy ??= { ...fields })[key] = redacted;
  }
  return copy ?? fields;
}

const TEXT_PATTERNS: [RegExp, string][] = [
  // Authorization header values: "Bearer eyJ…", "Basic dXNlcjpwYXNz".
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // A JWT anywhere (bearer tokens, forwarded identity tokens).
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  // user:password@ in a URL (database, Redis, SMTP).
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, `$1${REDACTED}@`],
  // Webhook URLs carry their credential in the path.
  [/https:\/\/hooks\.slack\.com\/[^\s"']+/gi, `https://hooks.slack.com/${REDACTED}`],
  [/(https:\/\/[\w.-]*webhook\.office\.com\/)[^\s"']+/gi, `$1${REDACTED}`],
  // Keys passed as query parameters (api_key=…, key=…, token=…).
  [/([?&](?:api_key|apikey|key|token|access_token|secret)=)[^&\s"']+/gi, `$1${REDACTED}`],
];

/** `text` with every credential-shaped part replaced. */
export function scrubText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  cause?: unknown;
}

/**
 * pino serializer for `error` / `err` fields: an Error becomes { type, message, stack, code,
 * cause } with credentials scrubbed from its text; a string (callers often log `error.message`)
 * is scrubbed too.
 */
export function serializeError(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (!(value instanceof Error)) return value;
  const serialized: SerializedError = { type: value.name, message: scrubText(value.message) };
  if (value.stack) serialized.stack = scrubText(value.stack);
  const code =
    (value as { code?: unknown; extensions?: { code?: unknown } }).code ??
    (value as { extensions?: { code?: unknown } }).extensions?.code;
  if (typeof code === "string" || typeof code === "number") serialized.code = code;
  if (value.cause !== undefined && depth < 3) serialized.cause = serializeError(value.cause, depth + 1);
  return serialized;
}
