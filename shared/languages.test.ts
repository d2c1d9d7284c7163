import { describe, expect, it } from "vitest";
import {
  agentHoursNote,
  chooseLanguage,
  languageForCountry,
  languageFromAcceptLanguage,
  requireSupportedLanguage,
  SUPPORTED_LANGUAGES,
  supportedLanguageOf,
  withinAgentHours,
} from "./languages.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return null;
};

describe("supported languages", () => {
  it("are the specification's four, with locale, direction and agent hours", () => {
    expect(
      SUPPORTED_LANGUAGES.map((l) => [l.code, l.name, l.nativeName, l.locale, l.rtl, l.agentAvailability.description]),
    ).toEqual([
      ["en", "English", "English", "en-US", false, "24/7"],
      ["ar", "Arabic", "العربية", "ar-AE", true, "08:00-20:00 UTC+4"],
      ["hi", "Hindi", "हिन्दी", "hi-IN", false, "09:00-18:00 UTC+5:30"],
      ["ur", "Urdu", "اردو", "ur-PK", true, "Limited hours"],
    ]);
  });

  it("accept locales of the four and refuse anything else naming the field", () => {
    expect(supportedLanguageOf("ar-AE")).toBe("ar");
    expect(supportedLanguageOf("UR")).toBe("ur");
    expect(supportedLanguageOf("fr")).toBeNull();
    expect(requireSupportedLanguage("hi-IN", "language")).toBe("hi");
    expect(codeOf(() => requireSupportedLanguage("zz-invalid-lang", "targetLanguage"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "targetLanguage",
    });
    expect(codeOf(() => requireSupportedLanguage("??", "language"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "language",
    });
  });

  it("know when each language's agents are on duty (fixed offsets)", () => {
    // Arabic: 08:00–20:00 UTC+4 = 04:00–16:00 UTC.
    expect(withinAgentHours("ar", new Date("2026-12-04T03:59:00Z"))).toBe(false);
    expect(withinAgentHours("ar", new Date("2026-12-04T04:00:00Z"))).toBe(true);
    expect(withinAgentHours("ar", new Date("2026-12-04T15:59:00Z"))).toBe(true);
    expect(withinAgentHours("ar", new Date("2026-12-04T16:00:00Z"))).toBe(false);
    // Hindi: 09:00–18:00 UTC+5:30 = 03:30–12:30 UTC.
    expect(withinAgentHours("hi", new Date("2026-12-04T03:29:00Z"))).toBe(false);
    expect(withinAgentHours("hi", new Date("2026-12-04T03:30:00Z"))).toBe(true);
    expect(withinAgentHours("hi", new Date("2026-12-04T12:30:00Z"))).toBe(false);
    expect(withinAgentHours("en", new Date("2026-12-04T23:00:00Z"))).toBe(true);
    expect(withinAgentHours("ur", new Date("2026-12-04T10:00:00Z"))).toBeNull();
  });
});

describe("language detection order", () => {
  const arabicText = "لا أستطيع ربط محفظتي بالتطبيق";

  it("profile preference beats Accept-Language, country and the text", () => {
    expect(chooseLanguage({ preferred: "hi", acceptLanguage: "ar-AE", country: "PK", text: arabicText })).toEqual({
      language: "hi",
      source: "CUSTOMER_PREFERENCE",
    });
  });

  it("Accept-Language comes next, skipping languages outside the four", () => {
    expect(languageFromAcceptLanguage("fr-FR, ur;q=0.8, en;q=0.5")).toBe("ur");
    expect(chooseLanguage({ acceptLanguage: "fr-FR, ur;q=0.8", country: "AE", text: arabicText })).toEqual({
      language: "ur",
      source: "ACCEPT_LANGUAGE",
    });
  });

  it("then the customer's country", () => {
    expect(languageForCountry("ae")).toBe("ar");
    expect(languageForCountry("FR")).toBeNull();
    expect(chooseLanguage({ acceptLanguage: "fr", country: "IN", text: arabicText })).toEqual({
      language: "hi",
      source: "COUNTRY",
    });
  });

  it("looks at the text only when none of those says anything, and never answers outside the four", () => {
    expect(chooseLanguage({ acceptLanguage: "de", country: "FR", text: arabicText })).toEqual({
      language: "ar",
      source: "DETECTED",
    });
    expect(chooseLanguage({ text: "Bonjour, je n'arrive pas à connecter mon portefeuille à l'application" })).toEqual({
      language: "en",
      source: "DEFAULT",
    });
    expect(chooseLanguage({ preferred: "fr", text: "" })).toEqual({ language: "en", source: "DEFAULT" });
  });
});

describe("agentHoursNote", () => {
  it("says nothing while the language's agents are on duty, and when they work otherwise", () => {
    expect(agentHoursNote("en", new Date("2026-12-04T03:00:00Z"))).toBeNull();
    expect(agentHoursNote("ar", new Date("2026-12-04T10:00:00Z"))).toBeNull();
    expect(agentHoursNote("ar", new Date("2026-12-04T17:00:00Z"))).toBe(
      "Arabic-speaking agents are on duty 08:00-20:00 UTC+4; until then the agent who answers is helped by translation.",
    );
    expect(agentHoursNote("hi", new Date("2026-12-04T13:00:00Z"))).toContain("09:00-18:00 UTC+5:30");
    expect(agentHoursNote("ur", new Date("2026-12-04T10:00:00Z"))).toContain("limited hours");
  });
});
