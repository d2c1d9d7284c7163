/** Recognising a write refused by a unique key (a retried idempotency key, a taken slug). */
import { Prisma } from "../generated/prisma/client.js";

/**
 * True when a unique key refused the write, whether it came from the client's model queries
 * (P2002) or from a raw statement (P2010, which carries the driver adapter's classification).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } | undefined
  )?.driverAdapterError?.cause;
  return error.code === "P2010" && (cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505");
}
