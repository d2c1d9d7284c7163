import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeText, scriptOf, toAsciiDigits, tokenize } from "./normalize.js";

describe("normalizeArabic", () => {
  it("strips diacritics and tatweel", () => {
    expect(normalizeArabic("مُحَمَّدٌ")).toBe("محمد");
    expect(normalizeArabic("الحســـاب")).toBe("الحساب");
  });

  it("unifies letter variants", () => {
    expect(normalizeArabic("أإآٱ")).toBe("اااا");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("محفظة")).toBe("محفظه");
    expect(normalizeArabic("مؤسسة")).toBe("موسسه");
    expect(normalizeArabic("رسائل")).toBe("رسايل");
  });

  it("leaves Latin text alone", () => {
    expect(normalizeArabic("Account")).toBe("Account");
  });
});

describe("toAsciiDigits", () => {
  it("converts Arabic-Indic, Persian and Devanagari digits, keeping the length", () => {
    expect(toAsciiDigits("١٢٣٤٥")).toBe("12345");
    expect(toAsciiDigits("۱۲۳")).toBe("123");
    expect(toAsciiDigits("१२३")).toBe("123");
    const text = "المبلغ ١٬٥٠٠٫٥٠ درهم";
    expect(toAsciiDigits(text)).toBe("المبلغ 1,500.50 درهم");
    expect(toAsciiDigits(text)).toHaveLength(text.length);
  });
});

describe("normalizeText", () => {
  it("lowercases, folds Arabic and digits, and unifies apostrophes", () => {
    expect(normalizeText("I CAN’T pay ٥٠٠ بالإمارات")).toBe("i can't pay 500 بالامارات");
  });
});

describe("tokenize", () => {
  it("splits on punctuation and keeps surface forms", () => {
    const tokens = tokenize("Hello, World! My app's broken.");
    expect(tokens.map((t) => t.normalized)).toEqual(["hello", "world", "my", "app's", "broken"]);
    expect(tokens[0].script).toBe("latin");
  });

  it("normalises Arabic tokens but keeps what was written as the surface", () => {
    const [token] = tokenize("المحفظــة");
    expect(token.normalized).toBe("المحفظه");
    expect(token.surface).toBe("المحفظة");
    expect(token.script).toBe("arabic");
  });

  it("keeps Devanagari vowel signs inside words and Urdu letters intact", () => {
    expect(tokenize("मैं लॉगिन नहीं").map((t) => t.normalized)).toEqual(["मैं", "लॉगिन", "नहीं"]);
    expect(tokenize("اکاؤنٹ بند ہے").map((t) => t.script)).toEqual(["arabic", "arabic", "arabic"]);
  });

  it("marks numbers", () => {
    expect(scriptOf("2026")).toBe("numeric");
    expect(tokenize("٢٠٢٦")[0]).toMatchObject({ normalized: "2026", script: "numeric" });
  });
});
