import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The error codes clients can rely on, in `extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "FEATURE_DISABLED"
  | "QUERY_TOO_COMPLEX"
  | "PERSISTED_QUERY_NOT_FOUND"
  | "SERVICE_UNAVAILABLE"
  | "OPERATION_RESOLUTION_FAILURE"
  | "INTERNAL_SERVER_ERROR";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError("BAD_USER_INPUT", message, details);
export const unauthenticated = (message = "Sign in to do this") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "You are not allowed to do this") => new AppError("FORBIDDEN", message);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);

/**
 * For federation reference resolvers: the entity, or a NOT_FOUND error naming it. Another
 * subgraph's nullable reference field then reads null with this field error, instead of a
 * missing non-null field nulling out the whole list around it.
 */
export async function entityOrNotFound<T>(
  typename: string,
  id: string,
  entity: Promise<T | null | undefined> | T | null | undefined,
): Promise<T> {
  const found = await entity;
  if (found === null || found === undefined)
    throw new AppError("NOT_FOUND", `${typename} ${id} was not found`, { typename, id });
  return found;
}
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError("CONFLICT", message, details);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", `Too many requests; retry in ${retryAfterSeconds}s`, { retryAfterSeconds });

const KNOWN_CODES = new Set<string>([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "FEATURE_DISABLED",
  "QUERY_TOO_COMPLEX",
  "SERVICE_UNAVAILABLE",
  // Produced by Apollo Server itself for malformed documents:
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/**
 * Apollo `formatError`: coded errors pass through (without stack traces); anything else is
 * an unexpected failure — logged with its stack by the caller and masked for the client.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  onUnexpected?: (error: unknown) => void,
  original?: unknown,
): GraphQLFormattedError {
  let code = formatted.extensions?.code;
  // A scalar that refuses a literal (DateTime "yesterday") surfaces as a validation failure; it
  // is bad input, and its own code says so.
  if (
    code === "GRAPHQL_VALIDATION_FAILED" &&
    original instanceof GraphQLError &&
    original.extensions?.code === "BAD_USER_INPUT"
  ) {
    code = "BAD_USER_INPUT";
    formatted = { ...formatted, extensions: { ...formatted.extensions, ...original.extensions, code } };
  }
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    // Which subgraph answered, and its raw HTTP response, are internals a client has no use for.
    const {
      stacktrace: _stack,
      serviceName: _service,
      response: _response,
      ...extensions
    } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // GraphQL input coercion errors (bad enum values, wrong variable types) carry no code.
  if (!code && /^Variable "\$|^Expected value of type|^Enum "|^Argument "|^Field "/.test(formatted.message)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  onUnexpected?.(original ?? formatted);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
