import { describe, expect, it } from "vitest";
import { connectionPages, type ConnectionPage } from "./connection-pages.js";

/** A connection of `total` numbers served `size` at a time; the cursors each call was given. */
function numbers(total: number, size: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<ConnectionPage<number>> => {
    asked.push(after);
    const start = after === null ? 0 : Number(after) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: start + size < total, endCursor: nodes.length ? String(nodes.at(-1)) : null },
    };
  };
  return { asked, fetchPage };
}

const all = async <T>(pages: AsyncGenerator<T[]>) => {
  const seen: T[][] = [];
  for await (const page of pages) seen.push(page);
  return seen;
};

describe("connectionPages", () => {
  it("walks every page, each from the previous page's end cursor", async () => {
    const { asked, fetchPage } = numbers(7, 3);
    expect(await all(connectionPages(fetchPage))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(asked).toEqual([null, "2", "5"]);
  });

  it("stops after maxPages, so a caller counting pages knows it did not see everything", async () => {
    const { asked, fetchPage } = numbers(100, 3);
    expect(await all(connectionPages(fetchPage, 2))).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(asked).toHaveLength(2);
  });

  it("stops at an empty page even when it claims more", async () => {
    const fetchPage = async (): Promise<ConnectionPage<number>> => ({
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: "x" },
    });
    expect(await all(connectionPages(fetchPage))).toEqual([[]]);
  });
});
