import { describe, expect, it } from "vitest";
import { extractEntities, type Entity } from "./entities.js";

const NOW = new Date("2026-03-15T10:00:00Z");

function summary(entities: readonly Entity[]): string[] {
  return entities.map((entity) => `${entity.type} ${entity.value}`);
}

describe("extractEntities: amounts", () => {
  it.each([
    ["I paid $1,200.50 twice", "1200.50 USD", 1200.5, "$1,200.50"],
    ["refund 500 AED please", "500 AED", 500, "500 AED"],
    ["charged USD 300 today", "300 USD", 300, "USD 300"],
    ["it cost 20 dollars", "20 USD", 20, "20 dollars"],
    ["دفعت 1500 درهم", "1500 AED", 1500, "1500 درهم"],
    ["تم خصم ١٥٠٠ درهم", "1500 AED", 1500, "١٥٠٠ درهم"],
    ["المبلغ ١٬٢٠٠٫٥٠ ريال", "1200.50 SAR", 1200.5, "١٬٢٠٠٫٥٠ ريال"],
    ["بقيمة ٥٠٠٠ دولاراً", "5000 USD", 5000, "٥٠٠٠ دولار"],
    ["€15.5 fee", "15.5 EUR", 15.5, "€15.5"],
  ])("%s", (text, value, amount, raw) => {
    const [entity] = extractEntities(text, { now: NOW });
    expect(entity).toMatchObject({ type: "AMOUNT", value, amount, raw });
    expect(text.slice(entity.start, entity.end)).toBe(raw);
  });

  it("does not read bare numbers or reference digits as amounts", () => {
    expect(extractEntities("I have 3 questions", { now: NOW })).toEqual([]);
    expect(summary(extractEntities("INV-500 AED", { now: NOW }))).toEqual(["INVESTMENT_ID INV-500"]);
  });
});

describe("extractEntities: dates", () => {
  it.each([
    ["on 2026-03-01", "2026-03-01"],
    ["at 2026-03-01T09:30:00Z", "2026-03-01"],
    ["on 12/03/2026", "2026-03-12"],
    ["on 02/13/2026", "2026-02-13"],
    ["on 3 March", "2026-03-03"],
    ["on March 5, 2025", "2025-03-05"],
    ["yesterday", "2026-03-14"],
    ["today", "2026-03-15"],
    ["tomorrow", "2026-03-16"],
    ["last week", "2026-03-08"],
    ["last month", "2026-02-15"],
    ["3 days ago", "2026-03-12"],
    ["the day before yesterday", "2026-03-13"],
    ["أمس", "2026-03-14"],
    ["بالأمس", "2026-03-14"],
    ["اليوم", "2026-03-15"],
    ["الأسبوع الماضي", "2026-03-08"],
    ["قبل ٣ أيام", "2026-03-12"],
    ["١٢ مارس ٢٠٢٦", "2026-03-12"],
  ])("%s → %s", (text, value) => {
    expect(summary(extractEntities(text, { now: NOW }))).toEqual([`DATE ${value}`]);
  });

  it("reads numeric dates month-first when asked", () => {
    expect(extractEntities("03/04/2026", { now: NOW, dateOrder: "MDY" })[0].value).toBe("2026-03-04");
    expect(extractEntities("03/04/2026", { now: NOW })[0].value).toBe("2026-04-03");
  });

  it("skips impossible dates", () => {
    expect(extractEntities("31/02/2026", { now: NOW })).toEqual([]);
  });

  it("decides 'today' in the given time zone", () => {
    const lateEvening = new Date("2026-03-15T22:00:00Z");
    expect(extractEntities("today", { now: lateEvening, timeZone: "Asia/Dubai" })[0].value).toBe("2026-03-16");
  });
});

describe("extractEntities: identifiers", () => {
  it("finds ticket, transaction and investment ids however they are written", () => {
    expect(summary(extractEntities("ticket SB-10042, sb 10043, TXN-88231, txn77 and INV-20418", { now: NOW }))).toEqual(
      ["TICKET_NUMBER SB-10042", "TICKET_NUMBER SB-10043", "TRANSACTION_ID TXN-88231", "INVESTMENT_ID INV-20418"],
    );
  });

  it("finds e-mail addresses", () => {
    const [email] = extractEntities("write to Ali.K@Example.com please");
    expect(email).toMatchObject({ type: "EMAIL", value: "ali.k@example.com", raw: "Ali.K@Example.com" });
  });
});

describe("extractEntities: whole messages", () => {
  it("extracts everything from an English message in order", () => {
    expect(summary(extractEntities("I paid $1,200.50 yesterday for SB-10042 (TXN-5521)", { now: NOW }))).toEqual([
      "AMOUNT 1200.50 USD",
      "DATE 2026-03-14",
      "TICKET_NUMBER SB-10042",
      "TRANSACTION_ID TXN-5521",
    ]);
  });

  it("extracts everything from an Arabic message", () => {
    const entities = extractEntities("دفعت ١٥٠٠ درهم أمس ورقم التذكرة SB-10042 والاستثمار INV-30512", { now: NOW });
    expect(summary(entities)).toEqual([
      "AMOUNT 1500 AED",
      "DATE 2026-03-14",
      "TICKET_NUMBER SB-10042",
      "INVESTMENT_ID INV-30512",
    ]);
    expect(entities[1].raw).toBe("أمس");
  });

  it("returns nothing for plain text", () => {
    expect(extractEntities("hello there", { now: NOW })).toEqual([]);
  });
});
