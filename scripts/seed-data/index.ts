export type * from "./types.js";
export { TICKET_CATEGORIES } from "./ticket-categories.js";
export { KNOWLEDGE_CATEGORIES, KNOWLEDGE_ARTICLES } from "./knowledge.js";
export { DEMO_AGENTS, DEMO_AGENT_IDS, DEMO_CUSTOMERS, DEMO_CUSTOMER_IDS } from "./people.js";
export { DEMO_CUSTOMER_CONTEXTS } from "./customer-context.js";
export { DEMO_MACROS } from "./macros.js";
