/**
 * tickets subgraph schema: tickets and their conversation, history and live SLA state;
 * categories with their SLA policy and the business schedule (editable data); macros;
 * notifications and partner webhooks; live ticket events; and the `Agent.openTickets` field it
 * contributes to the agents subgraph's entity. Each file registers its types on the one builder;
 * the imports below run in the order the root fields are listed (Query, Mutation).
 */
import { buildSubgraphSchema } from "../../../shared/builder.js";
import { wholeSubgraph } from "../../../shared/features.js";
import { addGlobalIdField } from "../../../shared/node-interface.js";
import { builder } from "./builder.js";
import { Ticket } from "./tickets.js";
import "./agent-open-tickets.js";
import "./ticket-events.js";
import "./queries.js";
import "./ticket-mutations.js";
import "./policy-mutations.js";
import "./notification-mutations.js";

addGlobalIdField(builder, Ticket, "Ticket");

export { Ticket };
export const ticketsSchema = buildSubgraphSchema(builder, wholeSubgraph("SUPPORT_SYSTEM_ENABLED"));
