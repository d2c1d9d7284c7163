/** Translating text between the supported languages. */
import { maxLength } from "../../../shared/input-limits.js";
import type { TranslationOutcome } from "../../../shared/translation.js";
import { builder } from "./builder.js";

export const TranslationResult = builder.objectRef<TranslationOutcome>("TranslationResult").implement({
  description:
    "A translation: every configured provider is asked in parallel and the answer with the best confidence is kept. When no translator is configured or all failed, `text` is the original and `unavailableReason` says why.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The translated text, or the original when nothing was translated (same as translatedText)." }),
    translatedText: t.exposeString("text", { description: "Same as text (the specification's name)." }),
    translated: t.exposeBoolean("translated", { description: "False when the original is returned untranslated (see unavailableReason)." }),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "The kept answer's confidence in [0, 1] (0.5 when its provider reports none); null when nothing was translated." }),
    originalText: t.exposeString("originalText", { description: "The text as given." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "The source language given, or detected; null when unknown." }),
    toLanguage: t.exposeString("toLanguage", { description: "The target language." }),
    provider: t.exposeString("provider", { nullable: true, description: "The provider whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed); null when translated." }),
  }),
});

export const TranslateTextInput = builder.inputType("TranslateTextInput", {
  description: "Text to translate between two supported languages.",
  fields: (t) => ({
    text: t.string({ description: "The text to translate.", required: true, ...maxLength(MAX_TRANSLATION_LENGTH) }),
    sourceLanguage: t.string({ required: false, description: "en, ar, hi or ur (or a locale of one). Omit to detect it." }),
    targetLanguage: t.string({ required: true, description: "en, ar, hi or ur (or a locale of one, such as ar-AE)." }),
  }),
});

export const MAX_TRANSLATION_LENGTH = 10_000;
