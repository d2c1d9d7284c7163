import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "./db.js";

describe("timestamp columns read with raw SQL", () => {
  const withZone = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);

  it("are UTC instants, the same as the full parser gives for every shape PostgreSQL prints", () => {
    for (const value of [
      "2026-12-05 01:45:47.640",
      "2026-12-05 01:45:47",
      "2026-12-05 01:45:47.6",
      "2026-12-05 01:45:47.123456",
      "1999-02-28 23:59:59.999",
      "0001-01-01 00:00:00",
      "2000-01-01 00:00:00 BC",
    ])
      expect(parseUtcTimestamp(value).getTime(), value).toBe(withZone(`${value}+00`).getTime());
    expect(parseUtcTimestamp("2026-12-05 01:45:47.640").toISOString()).toBe("2026-12-05T01:45:47.640Z");
  });

  it("is what the pg driver uses for them", () => {
    expect(pg.types.getTypeParser(pg.types.builtins.TIMESTAMP)).toBe(parseUtcTimestamp);
  });
});
