/** Chat's demo/configuration data: chat type options and the DEMO ONLY customer-context tables. */
import type { Database } from "../../shared/db.js";
import { seedDemoCustomerContexts, type CustomerContext } from "./chatbot/customer-context.js";
import { seedChatTypeOptions } from "./options.js";

/** Seeds the chat type options and the given demo customer contexts (the seeding entry passes them in). */
export async function seedChatData(
  db: Database,
  demoCustomerContexts: Iterable<CustomerContext>,
): Promise<{ chatTypeOptions: number; demoCustomerContexts: number }> {
  await seedChatTypeOptions(db);
  const seededContexts = await seedDemoCustomerContexts(db, demoCustomerContexts);
  return { chatTypeOptions: await db.prisma.chatTypeOption.count(), demoCustomerContexts: seededContexts };
}
