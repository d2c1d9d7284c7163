/**
 * agents subgraph schema: agent and customer profiles (the people directory), presence,
 * assignment/queue (public and internal), collision detection, and the `Ticket.assignedAgent`
 * field it contributes to the tickets subgraph's entity. Resolvers only translate between
 * GraphQL and the domain modules (assignment, presence, viewers, agent-dashboard, …).
 *
 * Each file here registers its types or root fields with the shared builder when imported;
 * this one imports the root fields (which import the types they use) and builds the schema.
 */
import { buildSubgraphSchema } from "../../../shared/builder.js";
import { addNodeFields } from "../node.js";
import { builder } from "./builder.js";
import { Agent, Customer } from "./agents.js";
import { ChatSessionRef, TicketRef } from "./external-refs.js";
import "./queries.js";
import "./mutations.js";
import "./subscriptions.js";

export { Agent, Customer };
export { MAX_TRANSLATION_LENGTH } from "./translation.js";

addNodeFields(builder, { Agent, Customer, Ticket: TicketRef, ChatSession: ChatSessionRef });

export const agentsSchema = buildSubgraphSchema(builder);
