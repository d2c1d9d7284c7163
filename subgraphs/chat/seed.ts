/** Chat's demo/configuration data: chat type options and the DEMO ONLY customer-context tables. */
import type { Database } from "../common/db.js";
import { DEMO_CUSTOMER_CONTEXTS } from "../../scripts/seed-data/customer-context.js";
import { seedDemoCustomerContexts } from "./chatbot/customer-context.js";
import { seedChatTypeOptions } from "./options.js";

export async function seedChatData(db: Database): Promise<{ chatTypeOptions: number; demoCustomerContexts: number }> {
  await seedChatTypeOptions(db);
  const demoCustomerContexts = await seedDemoCustomerContexts(db, Object.values(DEMO_CUSTOMER_CONTEXTS));
  return { chatTypeOptions: await db.prisma.chatTypeOption.count(), demoCustomerContexts };
}
