import { describe, expect, it } from "vitest";
import { fromWallClock, resolveZone, toWallClock } from "./time-zone.js";

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe("resolveZone", () => {
  it("uses a fixed offset when no IANA zone is given", () => {
    const zone = resolveZone({ utcOffsetMinutes: 240 });
    expect(zone.offsetMsAt(utc("2026-03-02T00:00:00Z"))).toBe(4 * HOUR);
  });

  it("defaults to UTC", () => {
    expect(resolveZone({}).offsetMsAt(utc("2026-07-01T00:00:00Z"))).toBe(0);
  });

  it("prefers the IANA zone over the fixed offset", () => {
    const zone = resolveZone({ timeZone: "America/New_York", utcOffsetMinutes: 240 });
    expect(zone.offsetMsAt(utc("2026-01-15T12:00:00Z"))).toBe(-5 * HOUR);
    expect(zone.offsetMsAt(utc("2026-07-15T12:00:00Z"))).toBe(-4 * HOUR);
  });

  it("switches offset exactly at the DST transition", () => {
    const zone = resolveZone({ timeZone: "America/New_York" });
    expect(zone.offsetMsAt(utc("2026-03-08T06:59:59Z"))).toBe(-5 * HOUR);
    expect(zone.offsetMsAt(utc("2026-03-08T07:00:00Z"))).toBe(-4 * HOUR);
  });

  it("rejects unknown zones and absurd offsets", () => {
    expect(() => resolveZone({ timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(() => resolveZone({ utcOffsetMinutes: 24 * 60 })).toThrow(RangeError);
  });
});

describe("wall clock conversions", () => {
  const newYork = resolveZone({ timeZone: "America/New_York" });

  it("round-trips ordinary times", () => {
    const instant = utc("2026-06-10T15:45:00Z");
    const wall = toWallClock(newYork, instant);
    expect(new Date(wall).toISOString()).toBe("2026-06-10T11:45:00.000Z");
    expect(fromWallClock(newYork, wall)).toBe(instant);
  });

  it("moves a time skipped by spring-forward past the gap (02:30 → 03:30 EDT)", () => {
    expect(new Date(fromWallClock(newYork, utc("2026-03-08T02:30:00Z"))).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
  });

  it("takes the first occurrence of a time repeated by fall-back (01:30 EDT)", () => {
    expect(new Date(fromWallClock(newYork, utc("2026-11-01T01:30:00Z"))).toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });
});
