import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it.each([
    ["I cannot log in to my account", "en"],
    ["Where is my refund?", "en"],
    ["hello", "en"],
    ["لا أستطيع تسجيل الدخول إلى حسابي", "ar"],
    ["مرحبا", "ar"],
    ["السلام عليكم", "ar"],
    ["میں اپنے اکاؤنٹ میں لاگ ان نہیں کر سکتا", "ur"],
    ["آپ کا شکریہ", "ur"],
    ["شکریہ", "ur"],
    ["मैं अपने खाते में लॉगिन नहीं कर पा रहा हूं", "hi"],
    ["नमस्ते", "hi"],
    ["Bonjour, je n'arrive pas à me connecter à mon compte", "fr"],
  ])("%s → %s", (text, language) => {
    const detection = detectLanguage(text);
    expect(detection.language).toBe(language);
    expect(detection.confidence).toBeGreaterThan(0);
    expect(detection.confidence).toBeLessThanOrEqual(1);
  });

  it("goes by the dominant script in mixed text", () => {
    expect(detectLanguage("عندي مشكلة في الـ app منذ يومين").language).toBe("ar");
  });

  it("returns no language for empty or too-short text", () => {
    expect(detectLanguage("")).toEqual({ language: null, confidence: 0 });
    expect(detectLanguage("  ?! 12 ").language).toBeNull();
    expect(detectLanguage("ok").language).toBeNull();
  });
});
