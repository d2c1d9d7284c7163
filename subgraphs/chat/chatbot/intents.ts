/** What a customer's chat message can be asking for, and the layout of labelled utterances. */
import type { LabelledText } from "../../../shared/text/naive-bayes.js";

export const CHAT_INTENTS = [
  "check_investment_status",
  "kyc_status_inquiry",
  "payment_issues",
  "greeting",
  "human_handoff",
  "ticket_status",
  "thanks_goodbye",
  /** General how-to questions, answered from the knowledge base. */
  "knowledge_question",
] as const;

export type ChatIntent = (typeof CHAT_INTENTS)[number];

export type UtteranceLanguage = "en" | "ar";

/** Utterances grouped by intent and language. */
export type UtterancesByIntent = Readonly<Record<ChatIntent, Readonly<Record<UtteranceLanguage, readonly string[]>>>>;

export interface LabelledUtterance extends LabelledText<ChatIntent> {
  readonly language: UtteranceLanguage;
}

export function flattenUtterances(byIntent: UtterancesByIntent): LabelledUtterance[] {
  return CHAT_INTENTS.flatMap((intent) =>
    (Object.entries(byIntent[intent]) as [UtteranceLanguage, readonly string[]][]).flatMap(([language, texts]) =>
      texts.map((text) => ({ text, label: intent, language })),
    ),
  );
}
