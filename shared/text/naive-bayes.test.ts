import { describe, expect, it } from "vitest";
import { NaiveBayesClassifier, type LabelledText } from "./naive-bayes.js";
import { fitTemperature, stratifiedFolds, trainCalibratedNaiveBayes } from "./calibration.js";
import { softmax } from "./softmax.js";
import { extractTerms } from "./terms.js";

type Topic = "billing" | "login";

const EXAMPLES: LabelledText<Topic>[] = [
  { text: "I was charged twice on my card", label: "billing" },
  { text: "refund the duplicate charge please", label: "billing" },
  { text: "my invoice shows the wrong amount", label: "billing" },
  { text: "the payment failed but money left my card", label: "billing" },
  { text: "why is there a fee on my invoice", label: "billing" },
  { text: "تم خصم المبلغ مرتين من بطاقتي", label: "billing" },
  { text: "I cannot log in to my account", label: "login" },
  { text: "password reset link does not work", label: "login" },
  { text: "login fails with an error", label: "login" },
  { text: "locked out after entering wrong password", label: "login" },
  { text: "the verification code for login never arrives", label: "login" },
  { text: "لا أستطيع تسجيل الدخول إلى حسابي", label: "login" },
];

describe("softmax", () => {
  it("normalises log-scores and flattens with temperature", () => {
    const sharp = softmax([0, Math.log(3)]);
    expect(sharp[1]).toBeCloseTo(0.75);
    const flat = softmax([0, Math.log(3)], 10);
    expect(flat[1]).toBeGreaterThan(0.5);
    expect(flat[1]).toBeLessThan(0.75);
    expect(softmax([-5000, -5001]).every(Number.isFinite)).toBe(true);
  });
});

describe("NaiveBayesClassifier", () => {
  const model = new NaiveBayesClassifier<Topic>().train(EXAMPLES);

  it("predicts the right label with a ranking that sums to 1", () => {
    const prediction = model.predict("I was charged a fee twice");
    expect(prediction.label).toBe("billing");
    expect(prediction.ranking.map((r) => r.label)).toEqual(["billing", "login"]);
    expect(prediction.ranking.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1);
    expect(prediction.confidence).toBeGreaterThan(0.5);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
  });

  it("classifies Arabic text through the same pipeline", () => {
    expect(model.predict("مشكلة في تسجيل الدخول").label).toBe("login");
    expect(model.predict("خصم مبلغ من البطاقة").label).toBe("billing");
  });

  it("reads terms extracted once as it reads the text", () => {
    const text = "charged twice on my card, cannot log in";
    const terms = extractTerms(text, model.termOptions);
    expect(model.predict(terms)).toEqual(model.predict(text));
    expect(model.logScores(terms)).toEqual(model.logScores(text));
    expect(model.discriminativeTerms(terms, "login")).toEqual(model.discriminativeTerms(text, "login"));
  });

  it("scores and weighs terms exactly as the formulas over the stored counts", () => {
    const text = "charged twice on my card, cannot log in, charged again";
    const { smoothing, labels } = model.toJSON();
    const vocabulary = new Set(labels.flatMap((l) => Object.keys(l.termCounts)));
    const documents = labels.reduce((sum, l) => sum + l.documents, 0);
    const logLikelihood = (counts: Record<string, number>[], key: string) => {
      const total = counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
      const count = counts.reduce((sum, c) => sum + (c[key] ?? 0), 0);
      return Math.log((count + smoothing) / (total + smoothing * vocabulary.size));
    };
    const known = extractTerms(text, model.termOptions).filter((t) => vocabulary.has(t.key));
    const occurrences = new Map<string, number>();
    for (const { key } of known) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    const expected = new Map(
      labels.map((l) => {
        let score = Math.log((l.documents + smoothing) / (documents + smoothing * labels.length));
        for (const [key, count] of occurrences) score += count * logLikelihood([l.termCounts], key);
        return [l.label, score];
      }),
    );
    expect(model.logScores(text)).toEqual({ scores: expected, knownTerms: known.length });
    const others = labels.filter((l) => l.label !== "login").map((l) => l.termCounts);
    const login = labels.find((l) => l.label === "login")!.termCounts;
    const weights = model.discriminativeTerms(text, "login", 100);
    expect(weights.length).toBeGreaterThan(0);
    for (const { key, weight } of weights)
      expect(weight).toBe(logLikelihood([login], key) - logLikelihood(others, key));
  });

  it("scores with the counts as they are after more training (no stale log-probabilities)", () => {
    const growing = new NaiveBayesClassifier<Topic>().train(EXAMPLES);
    const text = "the invoice portal login";
    const before = growing.predict(text);
    growing.discriminativeTerms(text, "billing");
    const more: LabelledText<Topic>[] = [
      { text: "portal login broken", label: "login" },
      { text: "portal login again", label: "login" },
    ];
    growing.train(more);
    const retrained = new NaiveBayesClassifier<Topic>().train([...EXAMPLES, ...more]);
    expect(growing.predict(text)).toEqual(retrained.predict(text));
    expect(growing.predict(text).ranking).not.toEqual(before.ranking);
    expect(growing.discriminativeTerms(text, "login")).toEqual(retrained.discriminativeTerms(text, "login"));
  });

  it("falls back to the prior when no term is known", () => {
    const prediction = model.predict("hello there");
    expect(prediction.knownTerms).toBe(0);
    expect(prediction.confidence).toBeCloseTo(0.5);
  });

  it("names the terms that point at a label", () => {
    const terms = model.discriminativeTerms("charged twice, cannot log in", "billing");
    expect(terms.map((t) => t.term)).toContain("charged");
    expect(terms.map((t) => t.term)).not.toContain("log");
    expect(terms.every((t) => t.weight > 0)).toBe(true);
  });

  it("uses keyword features as extra evidence", () => {
    const plain = new NaiveBayesClassifier<Topic>().train(EXAMPLES);
    const boosted = new NaiveBayesClassifier<Topic>({ keywords: { billing: ["chargeback"] }, keywordWeight: 3 }).train(
      EXAMPLES,
    );
    expect(plain.predict("chargeback").knownTerms).toBe(0);
    expect(boosted.predict("chargeback").label).toBe("billing");
  });

  it("round-trips through JSON", () => {
    const restored = NaiveBayesClassifier.fromJSON<Topic>(JSON.parse(JSON.stringify(model.toJSON())));
    for (const text of ["refund my card", "cannot log in", "مرحبا"]) {
      expect(restored.predict(text)).toEqual(model.predict(text));
    }
  });

  it("refuses to predict before training", () => {
    expect(() => new NaiveBayesClassifier().predict("x")).toThrow(/before train/);
  });
});

describe("calibration", () => {
  it("spreads every label over the folds", () => {
    const folds = stratifiedFolds(EXAMPLES, 3);
    for (const fold of folds) {
      expect(fold.filter((e) => e.label === "billing")).toHaveLength(2);
      expect(fold.filter((e) => e.label === "login")).toHaveLength(2);
    }
  });

  it("fits a positive temperature and keeps predictions unchanged", () => {
    const temperature = fitTemperature(EXAMPLES, {}, { folds: 3 });
    expect(temperature).toBeGreaterThan(0);
    const calibrated = trainCalibratedNaiveBayes(EXAMPLES, {}, { folds: 3 });
    const plain = new NaiveBayesClassifier<Topic>().train(EXAMPLES);
    expect(calibrated.temperature).toBeCloseTo(temperature);
    for (const text of ["refund my card", "cannot log in"]) {
      expect(calibrated.predict(text).label).toBe(plain.predict(text).label);
    }
  });

  it("returns 1 when there is too little data", () => {
    expect(fitTemperature(EXAMPLES.slice(0, 3))).toBe(1);
  });
});
