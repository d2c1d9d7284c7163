import { describe, expect, it } from "vitest";
import { parseDateTime } from "./date-time.js";

describe("parseDateTime", () => {
  it("accepts ISO-8601 dates and date-times with an offset", () => {
    expect(parseDateTime("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(parseDateTime("2026-03-01T09:30:00Z").toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(parseDateTime("2026-03-01T09:30Z").toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(parseDateTime("2026-03-01T13:30:00.250+04:00").toISOString()).toBe("2026-03-01T09:30:00.250Z");
    expect(parseDateTime("2024-02-29T00:00:00Z").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it.each([
    "yesterday",
    "not-a-date",
    "garbage",
    "",
    "2026-02-30T00:00:00Z",
    "2025-02-29",
    "2026-13-01",
    "2026-03-01T24:00:00Z",
    "2026-03-01T09:30:00",
    "0000-01-01",
    "1700000000",
    "2026-03-01T09:30:00Z".repeat(3),
  ])("refuses %j with BAD_USER_INPUT", (value) => {
    expect(() => parseDateTime(value)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });

  it("refuses non-strings", () => {
    for (const value of [12, null, {}, true])
      expect(() => parseDateTime(value)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
      );
  });
});
