/** Entities other subgraphs own that analytics types point at (by id only). */
import { builder } from "./builder.js";

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
export const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const CustomerRef = builder.externalRef("Customer", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const TicketRef = builder.externalRef("Ticket", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const ChatRef = builder.externalRef("ChatSession", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
