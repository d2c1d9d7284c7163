/** TicketCategory: a category or subcategory with its SLA policy. */
import type { TicketCategory as CategoryRow } from "../../../generated/prisma/client.js";
import { builder } from "./builder.js";
import { TicketPriority } from "./enums.js";

export const TicketCategory = builder.objectRef<CategoryRow>("TicketCategory");
TicketCategory.implement({
  description: "A ticket category or subcategory with its SLA policy (editable data, seeded with defaults).",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key, e.g. billing_payments." }),
    name: t.exposeString("name", { description: "English name." }),
    nameAr: t.exposeString("nameAr", { nullable: true, description: "Arabic name, when set." }),
    description: t.exposeString("description", { description: "What belongs in this category." }),
    defaultPriority: t.field({ description: "Priority new tickets in this category get unless a priorityOverride is given.", type: TicketPriority, resolve: (c) => c.defaultPriority }),
    slaHours: t.exposeFloat("slaHours", { description: "Resolution target in business hours for this category." }),
    escalationTier: t.exposeString("escalationTier", { description: "Named tier this category's escalations route to: agents holding it take the escalated ticket (e.g. billing_specialist)." }),
    keywords: t.exposeStringList("keywords", { description: "Words the classifier matches to choose this category." }),
    parentKey: t.exposeString("parentKey", { nullable: true, description: "The parent category's key; null for a top-level category." }),
    active: t.exposeBoolean("active", { description: "Inactive categories are not offered to new tickets." }),
    subcategories: t.field({ description: "The category's subcategories.", type: [TicketCategory], resolve: (c, _args, ctx) => ctx.loaders.subcategories.load(c.key) }),
  }),
});
