import { describe, expect, it } from "vitest";
import { normalizeLanguage } from "../../shared/text/index.js";
import { chooseLanguage, languageFromAcceptLanguage } from "./intake.js";

describe("language chain", () => {
  it("normalises language tags to their primary subtag", () => {
    expect(normalizeLanguage("ar-AE")).toBe("ar");
    expect(normalizeLanguage(" EN ")).toBe("en");
    expect(normalizeLanguage("not a tag")).toBeNull();
    expect(normalizeLanguage("")).toBeNull();
  });

  it("reads the most preferred Accept-Language, honouring q and ignoring *", () => {
    expect(languageFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(languageFromAcceptLanguage("fr;q=0.4, ar-AE;q=0.8")).toBe("ar");
    expect(languageFromAcceptLanguage("*")).toBeNull();
    expect(languageFromAcceptLanguage("hi;q=0, ur")).toBe("ur");
    expect(languageFromAcceptLanguage(null)).toBeNull();
  });

  it("explicit > preferred > Accept-Language > country > detection > en", () => {
    const text = "لا أستطيع تسجيل الدخول إلى التطبيق";
    expect(chooseLanguage({ explicit: "hi", preferred: "ur", acceptLanguage: "en", text })).toEqual({
      language: "hi",
      source: "EXPLICIT",
    });
    expect(chooseLanguage({ preferred: "ur", acceptLanguage: "en", text })).toEqual({
      language: "ur",
      source: "CUSTOMER_PREFERENCE",
    });
    expect(chooseLanguage({ acceptLanguage: "en-GB", text })).toEqual({ language: "en", source: "ACCEPT_LANGUAGE" });
    expect(chooseLanguage({ acceptLanguage: "fr", country: "PK", text })).toEqual({
      language: "ur",
      source: "COUNTRY",
    });
    expect(chooseLanguage({ acceptLanguage: "*", text })).toEqual({ language: "ar", source: "DETECTED" });
    expect(chooseLanguage({ text: "?!" })).toEqual({ language: "en", source: "DEFAULT" });
  });
});
