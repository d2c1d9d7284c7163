import { describe, expect, it } from "vitest";
import { feedbackThemes, type FeedbackComment } from "./themes.js";

const COMMENTS: FeedbackComment[] = [
  { rating: 5, text: "Fast withdrawal and very helpful agent" },
  { rating: 5, text: "The agent was helpful and friendly, fast response" },
  { rating: 4, text: "Fast withdrawal to my bank, great app" },
  { rating: 5, text: "خدمة العملاء ممتازة والرد سريع" },
  { rating: 4, text: "خدمة العملاء ممتازة" },
  { rating: 1, text: "The app keeps crashing and the agent was not helpful" },
  { rating: 2, text: "Hidden fees on my account, the app crashes on login" },
  { rating: 1, text: "Hidden fees again and long waiting time" },
  { rating: 1, text: "التطبيق بطيء جدا والرسوم مرتفعة" },
  { rating: 2, text: "التطبيق بطيء والانتظار طويل" },
  { rating: 3, text: "The app is okay" },
];

describe("feedbackThemes", () => {
  const themes = feedbackThemes(COMMENTS, 5);
  const positive = themes.positive.map((t) => t.term);
  const negative = themes.negative.map((t) => t.term);

  it("finds praise in positive feedback, in English and Arabic", () => {
    expect(positive).toContain("fast withdrawal");
    expect(positive).toContain("خدمة العملاء");
  });

  it("finds complaints in negative feedback, in English and Arabic", () => {
    expect(negative).toContain("hidden fees");
    expect(negative).toContain("التطبيق بطيء");
  });

  it("keeps negation with its word and out of the positive side", () => {
    const all = feedbackThemes(COMMENTS, 100);
    expect(all.negative.map((t) => t.term)).toContain("not helpful");
    expect(all.positive.map((t) => t.term)).toContain("helpful");
    expect(all.positive.map((t) => t.term)).not.toContain("not helpful");
  });

  it("puts a term only on the side where more comments use it", () => {
    const all = feedbackThemes(COMMENTS, 100);
    expect(all.positive.map((t) => t.term)).not.toContain("app");
    expect(all.negative.map((t) => t.term)).not.toContain("fast");
  });

  it("removes stop words", () => {
    const all = feedbackThemes(COMMENTS, 100);
    for (const theme of [...all.positive, ...all.negative]) {
      expect(["the", "and", "was", "my", "on", "جدا"]).not.toContain(theme.term);
    }
  });

  it("reports scores best first with mention counts, at most k", () => {
    expect(themes.positive.length).toBeLessThanOrEqual(5);
    const scores = themes.negative.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(themes.negative.find((t) => t.term === "hidden fees")?.count).toBe(2);
  });

  it("handles no feedback", () => {
    expect(feedbackThemes([], 5)).toEqual({ positive: [], negative: [] });
  });
});
