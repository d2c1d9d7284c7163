/**
 * chat subgraph schema: chat sessions, messages, and the `chatEvents` subscription. Senders
 * are references to the agents subgraph's Agent/Customer entities (or the bot), so the
 * gateway resolves their names from the owner.
 */
import { buildSubgraphSchema } from "../../../shared/builder.js";
import type { FeatureOfField } from "../../../shared/features.js";
import { addGlobalIdField } from "../../../shared/node-interface.js";
import { toMessagePayload } from "../chat-event-shapes.js";
import { builder } from "./builder.js";
import { ChatSession } from "./sessions.js";
// Root fields, in the order the schema lists them.
import "./chat-queries.js";
import "./chatbot.js";
import "./support-request.js";
import "./chat-mutations.js";
import "./live-mutations.js";
import "./subscriptions.js";

export { ChatSession, toMessagePayload };
/** Chatbot fields follow AI_CHATBOT_ENABLED (chatbotStatus always answers); the rest CHAT_SYSTEM_ENABLED. */
export const chatFeatureOf: FeatureOfField = (_root, field) =>
  field === "chatbotStatus" ? null : field.startsWith("chatbot") ? "AI_CHATBOT_ENABLED" : "CHAT_SYSTEM_ENABLED";

addGlobalIdField(builder, ChatSession, "ChatSession");

export const chatSchema = buildSubgraphSchema(builder, chatFeatureOf);
