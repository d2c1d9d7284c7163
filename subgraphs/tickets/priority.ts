/**
 * A ticket's priority, by the specification's rule `priority = priority_override || category.priority`.
 * Customers may lower or keep the priority their ticket would get; only staff raise it (a raise by
 * a customer is refused, not silently capped, so the client can tell the customer why).
 */
import { AppError } from "../../shared/errors.js";
import { PRIORITIES, type Priority } from "./sla.js";

/** Priority of a ticket without a category yet (triage). */
export const UNCATEGORISED_PRIORITY: Priority = "MEDIUM";

export const isHigherPriority = (a: Priority, b: Priority) => PRIORITIES.indexOf(a) > PRIORITIES.indexOf(b);

export function ticketPriority(
  override: Priority | null | undefined,
  categoryPriority: Priority | null | undefined,
): Priority {
  return override ?? categoryPriority ?? UNCATEGORISED_PRIORITY;
}

/** Refuses a customer's override above the priority the ticket would have without it. */
export function assertCustomerMayChoose(
  override: Priority | null | undefined,
  categoryPriority: Priority | null | undefined,
  byStaff: boolean,
): void {
  if (byStaff || !override) return;
  const standard = ticketPriority(null, categoryPriority);
  if (isHigherPriority(override, standard)) {
    throw new AppError(
      "FORBIDDEN",
      `Customers may lower or keep their ticket's priority (${standard} here); only staff raise it`,
      {
        field: "priorityOverride",
        reason: "priority",
      },
    );
  }
}
