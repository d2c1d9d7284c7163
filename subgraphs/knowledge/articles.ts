/**
 * Article authoring: validation, slugs, Markdown rendering, keywords, versions, the status
 * workflow (DRAFT → PUBLISHED → ARCHIVED, re-publishable), and the write + `article.*` event in
 * one transaction. Events: article.created / article.updated / article.published /
 * article.archived, payload { articleId, language, categoryKey, status } — the Typesense
 * indexer consumes them.
 */
import { randomUUID } from "node:crypto";
import type { Article, ArticleStatus } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput, conflict, notFound } from "../../shared/errors.js";
import { isUniqueViolation } from "../../shared/unique-violation.js";
import { recordEvents } from "../../shared/outbox.js";
import { normalizeForSearch, vocabularyWords } from "../../shared/search/index.js";
import { extractSearchKeywords } from "./keywords.js";
import { articleVocabulary, VOCABULARY_CHANNEL, VOCABULARY_TABLE } from "./vocabulary.js";
import { markdownToText, renderMarkdown } from "./markdown.js";

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

export interface UpdateArticleInput {
  id: string;
  /** Join this article's translation group (the other article's translations become this one's). */
  translationOf?: string | null;
  title?: string | null;
  body?: string | null;
  categoryKey?: string | null;
  tags?: string[] | null;
  slug?: string | null;
  /** What changed, kept with the version. */
  note?: string | null;
  /** Optimistic concurrency: refuse when the article has moved past this version. */
  expectedVersion?: number | null;
  editorId: string | null;
}

export function assertLanguage(language: string): void {
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language)) {
    throw badInput(`Unsupported language "${language}"; use one of ${SUPPORTED_LANGUAGES.join(", ")}`, {
      field: "language",
    });
  }
}

function validTitle(raw: string): string {
  const title = raw.trim();
  if (!title || title.length > 200) throw badInput("title must be 1–200 characters", { field: "title" });
  return title;
}

function validBody(raw: string): string {
  const body = raw.trim();
  if (!body || body.length > 100_000) throw badInput("body must be 1–100000 characters", { field: "body" });
  return body;
}

const normalizeTags = (tags: readonly string[] | null | undefined) => {
  const result = [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (result.length > 20 || result.some((t) => t.length > 50))
    throw badInput("at most 20 tags of up to 50 characters", { field: "tags" });
  return result;
};

/** Everything derived from the editable fields at save time. */
export function derivedFields(article: { title: string; body: string; tags: readonly string[] }) {
  const keywords = extractSearchKeywords(article);
  return {
    keywords,
    bodyHtml: renderMarkdown(article.body),
    vocabulary: vocabularyWords(
      `${article.title} ${keywords.join(" ")} ${article.tags.join(" ")} ${markdownToText(article.body)}`,
    ),
  };
}

type Tx = Prisma.TransactionClient;

/** Adds the article's words to the vocabulary; returns how many were new. */
async function addVocabulary(tx: Tx, language: string, words: string[]): Promise<number> {
  if (words.length === 0) return 0;
  const added = await tx.$executeRawUnsafe(
    `INSERT INTO ${VOCABULARY_TABLE} ("language", "term") SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    language,
    words,
  );
  // Delivered at commit: every knowledge process drops its in-memory copy (vocabulary.ts).
  if (added > 0) await tx.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, VOCABULARY_CHANNEL, language);
  return added;
}

/**
 * Runs a save that may add words; once it has committed, this process's copy of the vocabulary
 * is dropped at once (other processes drop theirs on the notification, a moment later).
 */
async function savingWords<T>(
  services: SubgraphServices,
  save: (addWords: (tx: Tx, language: string, words: string[]) => Promise<void>) => Promise<T>,
): Promise<T> {
  let added = 0;
  const result = await save(async (tx, language, words) => {
    added += await addVocabulary(tx, language, words);
  });
  if (added > 0) articleVocabulary(services.db).invalidate();
  return result;
}

function eventFor(type: string, article: Article) {
  return {
    type,
    aggregateId: article.id,
    payload: {
      articleId: article.id,
      language: article.language,
      categoryKey: article.categoryKey,
      status: article.status,
    },
  };
}

function uniqueViolation(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw conflict("An article with this slug (or a translation in this language) already exists");
  }
  throw error;
}

export async function createArticle(services: SubgraphServices, input: CreateArticleInput): Promise<Article> {
  const { prisma } = services.db;
  const title = validTitle(input.title);
  const body = validBody(input.body);
  assertLanguage(input.language);
  const tags = normalizeTags(input.tags);
  const category = await prisma.knowledgeCategory.findUnique({ where: { key: input.categoryKey } });
  if (!category) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
  let translationGroup: string = randomUUID();
  if (input.translationOf) {
    const original = await prisma.article.findUnique({ where: { id: input.translationOf } });
    if (!original) throw badInput("translationOf refers to an unknown article", { field: "translationOf" });
    translationGroup = original.translationGroup;
  }
  const derived = derivedFields({ title, body, tags });
  try {
    return await savingWords(services, (addWords) =>
      prisma.$transaction(async (tx) => {
        const article = await tx.article.create({
          data: {
            title,
            body,
            bodyHtml: derived.bodyHtml,
            language: input.language,
            slug: input.slug ? slugify(input.slug) : slugify(title),
            categoryKey: category.key,
            tags,
            keywords: derived.keywords,
            translationGroup,
            authorId: input.authorId,
          },
        });
        await tx.articleVersion.create({
          data: {
            articleId: article.id,
            version: 1,
            title,
            body,
            categoryKey: category.key,
            tags,
            status: article.status,
            editorId: input.authorId,
            note: "created",
          },
        });
        await addWords(tx, article.language, derived.vocabulary);
        await recordEvents(tx, "knowledge", [eventFor("article.created", article)]);
        return article;
      }),
    );
  } catch (error) {
    uniqueViolation(error);
  }
}

export async function updateArticle(services: SubgraphServices, input: UpdateArticleInput): Promise<Article> {
  const { prisma } = services.db;
  const patch: {
    title?: string;
    body?: string;
    categoryKey?: string;
    tags?: string[];
    slug?: string;
    translationGroup?: string;
  } = {};
  if (input.title != null) patch.title = validTitle(input.title);
  if (input.body != null) patch.body = validBody(input.body);
  if (input.tags != null) patch.tags = normalizeTags(input.tags);
  if (input.slug != null) patch.slug = slugify(input.slug);
  if (input.categoryKey != null) {
    if (!(await prisma.knowledgeCategory.findUnique({ where: { key: input.categoryKey } })))
      throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
    patch.categoryKey = input.categoryKey;
  }
  if (input.note && input.note.length > 500) throw badInput("note must be at most 500 characters", { field: "note" });
  if (input.translationOf) {
    if (input.translationOf === input.id)
      throw badInput("An article cannot be its own translation", { field: "translationOf" });
    const original = await prisma.article.findUnique({
      where: { id: input.translationOf },
      select: { translationGroup: true },
    });
    if (!original) throw badInput("translationOf refers to an unknown article", { field: "translationOf" });
    patch.translationGroup = original.translationGroup;
  }
  try {
    return await savingWords(services, (addWords) =>
      prisma.$transaction(async (tx) => {
        // Row lock: concurrent edits get consecutive version numbers.
        const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
          `SELECT "id" FROM "knowledge"."articles" WHERE "id" = $1::uuid FOR UPDATE`,
          input.id,
        );
        if (locked.length === 0) throw notFound("Article");
        const current = await tx.article.findUniqueOrThrow({ where: { id: input.id } });
        if (input.expectedVersion != null && input.expectedVersion !== current.version) {
          throw conflict(
            `The article is at version ${current.version}, not ${input.expectedVersion}; reload and edit again`,
            { currentVersion: current.version },
          );
        }
        const next = {
          title: patch.title ?? current.title,
          body: patch.body ?? current.body,
          tags: patch.tags ?? current.tags,
        };
        const derived = derivedFields(next);
        const article = await tx.article.update({
          where: { id: current.id },
          data: { ...patch, bodyHtml: derived.bodyHtml, keywords: derived.keywords, version: current.version + 1 },
        });
        await tx.articleVersion.create({
          data: {
            articleId: article.id,
            version: article.version,
            title: article.title,
            body: article.body,
            categoryKey: article.categoryKey,
            tags: article.tags,
            status: article.status,
            editorId: input.editorId,
            note: input.note ?? null,
          },
        });
        await addWords(tx, article.language, derived.vocabulary);
        await recordEvents(tx, "knowledge", [eventFor("article.updated", article)]);
        return article;
      }),
    );
  } catch (error) {
    uniqueViolation(error);
  }
}

const ALLOWED: Record<ArticleStatus, ArticleStatus[]> = {
  DRAFT: ["PUBLISHED", "ARCHIVED"],
  PUBLISHED: ["ARCHIVED"],
  ARCHIVED: ["PUBLISHED"],
};

/** publishArticle / archiveArticle. Each transition is kept as a version too. */
export async function setArticleStatus(
  services: SubgraphServices,
  id: string,
  status: "PUBLISHED" | "ARCHIVED",
  editorId: string | null,
): Promise<Article> {
  return services.db.prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "knowledge"."articles" WHERE "id" = $1::uuid FOR UPDATE`,
      id,
    );
    if (locked.length === 0) throw notFound("Article");
    const current = await tx.article.findUniqueOrThrow({ where: { id } });
    if (current.status === status) return current; // repeating the command is harmless
    if (!ALLOWED[current.status].includes(status))
      throw conflict(`Cannot move an article from ${current.status} to ${status}`);
    const now = new Date();
    const article = await tx.article.update({
      where: { id },
      data: {
        status,
        version: current.version + 1,
        ...(status === "PUBLISHED" ? { publishedAt: now, archivedAt: null } : { archivedAt: now }),
      },
    });
    await tx.articleVersion.create({
      data: {
        articleId: id,
        version: article.version,
        title: article.title,
        body: article.body,
        categoryKey: article.categoryKey,
        tags: article.tags,
        status,
        editorId,
        note: status === "PUBLISHED" ? "published" : "archived",
      },
    });
    await recordEvents(tx, "knowledge", [
      eventFor(status === "PUBLISHED" ? "article.published" : "article.archived", article),
    ]);
    return article;
  });
}

/**
 * Fills the save-time fields (HTML, keywords, vocabulary, version 1) of articles written
 * without them — the demo seed and bulk imports insert raw rows. Idempotent; runs at start.
 */
export async function completeImportedArticles(services: SubgraphServices, batchSize = 200): Promise<number> {
  const { prisma } = services.db;
  let done = 0;
  for (;;) {
    const pending = await prisma.article.findMany({ where: { bodyHtml: "" }, take: batchSize, orderBy: { id: "asc" } });
    if (pending.length === 0) return done;
    for (const article of pending) {
      const derived = derivedFields(article);
      // Keywords the import brought (a seed's curated search keywords) stay, before the extracted ones.
      const keywords = [
        ...new Set([...article.keywords.map((k) => normalizeForSearch(k.trim())).filter(Boolean), ...derived.keywords]),
      ];
      await savingWords(services, (addWords) =>
        prisma.$transaction(async (tx) => {
          await tx.article.update({
            where: { id: article.id },
            data: { bodyHtml: derived.bodyHtml, keywords },
            select: { id: true },
          });
          await tx.articleVersion.upsert({
            where: { articleId_version: { articleId: article.id, version: article.version } },
            create: {
              articleId: article.id,
              version: article.version,
              title: article.title,
              body: article.body,
              categoryKey: article.categoryKey,
              tags: article.tags,
              status: article.status,
              editorId: article.authorId,
              note: "imported",
            },
            update: {},
          });
          await addWords(tx, article.language, [
            ...new Set([...derived.vocabulary, ...vocabularyWords(keywords.join(" "))]),
          ]);
        }),
      );
    }
    done += pending.length;
  }
}
