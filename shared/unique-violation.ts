/** Recognising a write refused by a unique key (a retried idempotency key, a taken slug). */
import { Prisma } from "../generated/prisma/client.js";

/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = "23505";

/**
 * True when a unique key refused the write, whether it came from the client's model queries
 * (P2002), from a raw statement through the client (P2010, which carries the driver adapter's
 * classification) or straight from the driver (PostgreSQL's or PGlite's error with its SQLSTATE).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError))
    return error instanceof Error && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
  if (error.code === "P2002") return true;
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } | undefined
  )?.driverAdapterError?.cause;
  return (
    error.code === "P2010" && (cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === UNIQUE_VIOLATION)
  );
}
