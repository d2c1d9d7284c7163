import { describe, expect, it } from "vitest";
import { stemArabic, stemEnglish } from "./stem.js";

describe("stemEnglish", () => {
  it.each([
    ["refunds", "refund"],
    ["refunded", "refund"],
    ["charges", "charg"],
    ["charged", "charg"],
    ["charge", "charg"],
    ["logging", "log"],
    ["logged", "log"],
    ["companies", "company"],
    ["verified", "verify"],
    ["fees", "fee"],
    ["status", "status"],
    ["address", "addres"],
    ["app", "app"],
  ])("%s → %s", (word, expected) => {
    expect(stemEnglish(word)).toBe(expected);
  });

  it("does not strip suffixes that would leave no real stem", () => {
    expect(stemEnglish("string")).toBe("string");
    expect(stemEnglish("bring")).toBe("bring");
  });
});

describe("stemArabic", () => {
  it.each([
    ["الحساب", "حساب"],
    ["حسابي", "حساب"],
    ["والحسابات", "حساب"],
    ["للحساب", "حساب"],
    ["محفظتي", "محفظ"],
    ["المحفظه", "محفظ"],
    ["فاتورتي", "فاتور"],
    ["الفاتوره", "فاتور"],
    ["الاستثماريه", "استثمار"],
    ["استثماراتي", "استثمار"],
  ])("%s → %s", (word, expected) => {
    expect(stemArabic(word)).toBe(expected);
  });

  it("is conservative with short words and initial waw", () => {
    expect(stemArabic("سحب")).toBe("سحب");
    expect(stemArabic("وثايق")).toBe("وثايق");
    expect(stemArabic("وقت")).toBe("وقت");
  });

  it("leaves Urdu words alone", () => {
    expect(stemArabic("اکاونٹ")).toBe("اکاونٹ");
  });
});
