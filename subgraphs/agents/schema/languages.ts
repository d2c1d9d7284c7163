/** The supported languages and when their agents are on duty. */
import { withinAgentHours, type AgentAvailability, type SupportedLanguage } from "../../../shared/languages.js";
import { onlineSpeakers } from "../agent-directory.js";
import { builder } from "./builder.js";

const AgentAvailabilityType = builder.objectRef<AgentAvailability>("LanguageAgentAvailability").implement({
  description: "When agents for a language are on duty, as the specification gives it.",
  fields: (t) => ({
    description: t.exposeString("description", { description: '"24/7", "08:00-20:00 UTC+4", "09:00-18:00 UTC+5:30" or "Limited hours".' }),
    alwaysOpen: t.exposeBoolean("alwaysOpen", { description: "Agents are on duty around the clock." }),
    opensAt: t.exposeString("opensAt", { nullable: true, description: "HH:MM in utcOffsetMinutes; null for 24/7 or limited hours." }),
    closesAt: t.exposeString("closesAt", { nullable: true, description: "HH:MM in utcOffsetMinutes; null for 24/7 or limited hours." }),
    utcOffsetMinutes: t.exposeInt("utcOffsetMinutes", { nullable: true, description: "Offset from UTC of opensAt/closesAt, in minutes (e.g. 240 for UTC+4); null for 24/7 or limited hours." }),
  }),
});

export const SupportedLanguageType = builder.objectRef<SupportedLanguage>("SupportedLanguage").implement({
  description: "One of the four languages Switchboard supports (en, ar, hi, ur). Any other language is refused wherever a language is given.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 639-1 code: en, ar, hi or ur." }),
    name: t.exposeString("name", { description: "English name, e.g. Arabic." }),
    nativeName: t.exposeString("nativeName", { description: "Name in the language itself, e.g. العربية." }),
    locale: t.exposeString("locale", { description: "en-US, ar-AE, hi-IN or ur-PK." }),
    rtl: t.exposeBoolean("rtl", { description: "Written right to left." }),
    tier: t.exposeString("tier", { description: "primary (en, ar) or secondary (hi, ur)." }),
    agentAvailability: t.field({ description: "When agents for this language are on duty.", type: AgentAvailabilityType, resolve: (l) => l.agentAvailability }),
    withinAgentHours: t.boolean({
      nullable: true,
      description: "Whether the language's agent window is open now; null for limited hours (then agentsOnline tells).",
      resolve: (l) => withinAgentHours(l.code, new Date()),
    }),
    agentsOnline: t.int({
      description: "ONLINE agents who speak the language now. When none is available, routing gives the conversation to the best available agent with translation on.",
      resolve: async (l, _args, ctx) => (await onlineSpeakers(ctx)).get(l.code) ?? 0,
    }),
  }),
});
