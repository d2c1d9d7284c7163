/** Macro: a canned response with a template per language. */
import type { Macro as MacroRow } from "../../../generated/prisma/client.js";
import { macroBodies, macroBodyFor } from "../macros.js";
import { builder } from "./builder.js";

export const Macro = builder.objectRef<MacroRow>("Macro").implement({
  description: "A canned response: a template per language with {{customer.name}}, {{agent.name}}, {{ticket.number}} placeholders.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The macro id." }),
    key: t.exposeString("key", { description: "Stable key, e.g. request_more_information." }),
    name: t.exposeString("name", { description: "English name." }),
    nameAr: t.exposeString("nameAr", { nullable: true, description: "Arabic name, when set." }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The ticket category it is meant for; null for any." }),
    languages: t.stringList({ description: "Languages it has a template in.", resolve: (m) => Object.keys(macroBodies(m)).sort() }),
    body: t.string({ description: "The template in the language (default en); null when there is none.", nullable: true, args: { language: t.arg.string({ description: "en, ar, hi or ur (default en).", required: false }) }, resolve: (m, { language }) => macroBodyFor(m, language ?? "en")?.body ?? null }),
  }),
});
