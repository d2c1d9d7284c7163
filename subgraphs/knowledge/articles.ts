/** Article authoring: validation, slugs, and the write + `article.*` event in one transaction. */
import { randomUUID } from "node:crypto";
import type { Article } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { badInput, conflict } from "../common/errors.js";
import { recordEvents } from "../common/outbox.js";

export const SUPPORTED_LANGUAGES = ["en", "ar", "hi", "ur"] as const;

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || randomUUID().slice(0, 8);
}

export interface CreateArticleInput {
  title: string;
  body: string;
  categoryKey: string;
  language: string;
  tags?: string[] | null;
  slug?: string | null;
  translationOf?: string | null;
  authorId: string | null;
}

export function assertLanguage(language: string): void {
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language)) {
    throw badInput(`Unsupported language "${language}"; use one of ${SUPPORTED_LANGUAGES.join(", ")}`, { field: "language" });
  }
}

export async function createArticle(services: SubgraphServices, input: CreateArticleInput): Promise<Article> {
  const { prisma } = services.db;
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title || title.length > 200) throw badInput("title must be 1–200 characters", { field: "title" });
  if (!body || body.length > 100_000) throw badInput("body must be 1–100000 characters", { field: "body" });
  assertLanguage(input.language);
  const category = await prisma.knowledgeCategory.findUnique({ where: { key: input.categoryKey } });
  if (!category) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
  let translationGroup: string = randomUUID();
  if (input.translationOf) {
    const original = await prisma.article.findUnique({ where: { id: input.translationOf } });
    if (!original) throw badInput("translationOf refers to an unknown article", { field: "translationOf" });
    translationGroup = original.translationGroup;
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          title,
          body,
          language: input.language,
          slug: input.slug ? slugify(input.slug) : slugify(title),
          categoryKey: category.key,
          tags: [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))],
          translationGroup,
          authorId: input.authorId,
        },
      });
      await recordEvents(tx, "knowledge", [{ type: "article.created", aggregateId: article.id, payload: { articleId: article.id, language: article.language, categoryKey: article.categoryKey } }]);
      return article;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("An article with this slug (or a translation in this language) already exists");
    }
    throw error;
  }
}
