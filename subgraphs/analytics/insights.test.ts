import { describe, expect, it } from "vitest";
import { deriveInsights, type Figures, type Insight } from "./insights.js";

/** A healthy desk: nothing here should trigger a rule. */
const steady: Figures = {
  ticketsTotal: 1000,
  ticketsResolved: 950,
  firstResponseP90Seconds: 4320, // 1.2h
  firstResponseMedianSeconds: 1800,
  resolutionMedianSeconds: 36_000,
  slaComplianceFirstReply: 0.95,
  slaComplianceResolution: 0.93,
  csat: 0.88,
  nps: 40,
  chatAbandonmentRate: 0.05,
  chatWaitP90Seconds: 120,
};

function compare(current: Partial<Figures>, previous: Partial<Figures> = {}) {
  return deriveInsights({ current: { ...steady, ...current }, previous: { ...steady, ...previous } });
}

const only = (insights: Insight[]) => {
  expect(insights).toHaveLength(1);
  return insights[0];
};

describe("steady periods", () => {
  it("produce no insights and no recommendations", () => {
    expect(compare({})).toEqual({ insights: [], recommendations: [] });
  });
});

describe("trend rule: durations (relative change)", () => {
  it("warns when a duration gets ≥ 20% worse, naming the category and both values", () => {
    const report = deriveInsights({
      current: steady,
      previous: steady,
      byCategory: { billing_support: { current: { ...steady, firstResponseP90Seconds: 6048 }, previous: steady } },
    });
    expect(report.insights).toEqual([
      {
        id: "worse:firstResponseP90Seconds:billing_support",
        severity: "warning",
        message: "First response p90 rose 40% vs the previous period in billing_support (1.2h → 1.7h)",
        metric: "firstResponseP90Seconds",
        category: "billing_support",
        change: { previous: 4320, current: 6048, relative: 0.4 },
      },
    ]);
    expect(report.recommendations).toEqual([
      {
        id: "firstResponse:billing_support",
        message:
          "Add agent coverage at peak hours in billing_support or route more agents to this queue; first replies are slipping.",
        because: "worse:firstResponseP90Seconds:billing_support",
      },
    ]);
  });

  it("does not fire below 20%", () => {
    expect(compare({ resolutionMedianSeconds: 36_000 * 1.19 }).insights).toEqual([]);
  });

  it("fires at exactly 20% and turns critical from 50%", () => {
    expect(only(compare({ chatWaitP90Seconds: 144 }).insights).severity).toBe("warning");
    expect(only(compare({ chatWaitP90Seconds: 180 }).insights)).toMatchObject({
      severity: "critical",
      message: "Chat wait p90 rose 50% vs the previous period (2m → 3m)",
    });
  });

  it("notes improvements as info without recommending anything", () => {
    const report = compare({ resolutionMedianSeconds: 27_000 });
    expect(only(report.insights)).toMatchObject({
      id: "better:resolutionMedianSeconds",
      severity: "info",
      message: "Median resolution time fell 25% vs the previous period (10h → 7.5h)",
    });
    expect(report.recommendations).toEqual([]);
  });

  it("ignores metrics missing in either period, or starting from zero", () => {
    expect(compare({ firstResponseMedianSeconds: 9000 }, { firstResponseMedianSeconds: null }).insights).toEqual([]);
    expect(compare({ firstResponseMedianSeconds: null }).insights).toEqual([]);
    expect(compare({ chatWaitP90Seconds: 60 }, { chatWaitP90Seconds: 0 }).insights).toEqual([]);
  });
});

describe("trend rule: ratios (percentage points) and NPS (points)", () => {
  it("warns when CSAT drops 5 points or more", () => {
    expect(only(compare({ csat: 0.83 }).insights)).toMatchObject({
      id: "worse:csat",
      severity: "warning",
      message: "CSAT fell 5 points vs the previous period (88% → 83%)",
    });
    expect(compare({ csat: 0.84 }).insights).toEqual([]);
  });

  it("treats a rise in abandonment as worse", () => {
    expect(only(compare({ chatAbandonmentRate: 0.09 }, { chatAbandonmentRate: 0.03 }).insights)).toMatchObject({
      id: "worse:chatAbandonmentRate",
      severity: "warning",
      message: "Chat abandonment rose 6 points vs the previous period (3% → 9%)",
    });
  });

  it("warns on an NPS drop of 10 points, critical from 20, info on a rise", () => {
    expect(only(compare({ nps: 28 }).insights)).toMatchObject({
      severity: "warning",
      message: "NPS fell 12 points vs the previous period (40 → 28)",
    });
    expect(only(compare({ nps: 20 }).insights).severity).toBe("critical");
    expect(compare({ nps: 32 }).insights).toEqual([]);
    expect(only(compare({ nps: 55 }).insights)).toMatchObject({ id: "better:nps", severity: "info" });
  });
});

describe("level rules", () => {
  it("warns when SLA compliance falls below 90% and is critical below 80%", () => {
    const warning = compare({ slaComplianceFirstReply: 0.89 }, { slaComplianceFirstReply: 0.9 });
    expect(only(warning.insights)).toMatchObject({
      id: "below:slaComplianceFirstReply",
      severity: "warning",
      message: "First-reply SLA compliance is 89%, below the 90% warning threshold",
    });
    const critical = compare({ slaComplianceResolution: 0.79 }, { slaComplianceResolution: 0.82 });
    expect(only(critical.insights)).toMatchObject({
      id: "below:slaComplianceResolution",
      severity: "critical",
      message: "Resolution SLA compliance is 79%, below the 80% critical threshold",
    });
    expect(compare({ slaComplianceFirstReply: 0.9 }, { slaComplianceFirstReply: 0.9 }).insights).toEqual([]);
  });

  it("warns when CSAT is below 80%", () => {
    expect(only(compare({ csat: 0.79 }, { csat: 0.8 }).insights)).toMatchObject({
      id: "below:csat",
      severity: "warning",
    });
    expect(compare({ csat: 0.8 }, { csat: 0.8 }).insights).toEqual([]);
  });

  it("warns when chat abandonment is above 10% and is critical above 20%", () => {
    expect(only(compare({ chatAbandonmentRate: 0.11 }, { chatAbandonmentRate: 0.1 }).insights)).toMatchObject({
      id: "above:chatAbandonmentRate",
      severity: "warning",
      message: "Chat abandonment is 11%, above the 10% warning threshold",
    });
    expect(only(compare({ chatAbandonmentRate: 0.21 }, { chatAbandonmentRate: 0.2 }).insights).severity).toBe(
      "critical",
    );
    expect(compare({ chatAbandonmentRate: 0.1 }, { chatAbandonmentRate: 0.1 }).insights).toEqual([]);
  });

  it("skips metrics without data", () => {
    expect(
      compare({ csat: null, slaComplianceFirstReply: null }, { csat: null, slaComplianceFirstReply: null }).insights,
    ).toEqual([]);
  });
});

describe("volume rule", () => {
  it("warns when volume rises 25% or more and recommends finding the driver", () => {
    const report = compare({ ticketsTotal: 1300 });
    expect(only(report.insights)).toMatchObject({
      id: "volume-up:ticketsTotal",
      severity: "warning",
      message: "Ticket volume rose 30% vs the previous period (1000 → 1300)",
    });
    expect(report.recommendations.map((r) => r.id)).toEqual(["volume"]);
  });

  it("notes a 25% drop as info and ignores smaller swings", () => {
    expect(only(compare({ ticketsTotal: 750 }).insights)).toMatchObject({
      id: "volume-down:ticketsTotal",
      severity: "info",
    });
    expect(compare({ ticketsTotal: 1240 }).insights).toEqual([]);
    expect(compare({ ticketsTotal: 5 }, { ticketsTotal: 0 }).insights).toEqual([]);
  });
});

describe("categories", () => {
  const slowBilling = {
    current: { ...steady, ticketsTotal: 9, firstResponseP90Seconds: 9000 },
    previous: { ...steady, ticketsTotal: 9 },
  };

  it("skips categories with too few tickets to be meaningful (default 10)", () => {
    expect(
      deriveInsights({ current: steady, previous: steady, byCategory: { billing: slowBilling } }).insights,
    ).toEqual([]);
    const lowered = deriveInsights(
      { current: steady, previous: steady, byCategory: { billing: slowBilling } },
      { minimumCategoryTickets: 5 },
    );
    expect(lowered.insights.map((i) => i.id)).toEqual(["worse:firstResponseP90Seconds:billing"]);
  });
});

describe("ordering and recommendations", () => {
  const report = deriveInsights({
    current: {
      ...steady,
      firstResponseP90Seconds: 5400,
      firstResponseMedianSeconds: 2400,
      slaComplianceFirstReply: 0.78,
      resolutionMedianSeconds: 27_000,
    },
    previous: { ...steady, slaComplianceFirstReply: 0.8 },
    byCategory: {
      shipping: { current: { ...steady, csat: 0.6 }, previous: { ...steady, csat: 0.62 } },
    },
  });

  it("lists the most severe first, overall before categories", () => {
    expect(report.insights.map((i) => [i.severity, i.id])).toEqual([
      ["critical", "below:slaComplianceFirstReply"],
      ["critical", "below:csat:shipping"],
      ["warning", "worse:firstResponseP90Seconds"],
      ["warning", "worse:firstResponseMedianSeconds"],
      ["info", "better:resolutionMedianSeconds"],
    ]);
  });

  it("gives one recommendation per theme and scope, citing its most severe insight", () => {
    expect(report.recommendations.map((r) => [r.id, r.because])).toEqual([
      ["firstResponse", "below:slaComplianceFirstReply"],
      ["satisfaction:shipping", "below:csat:shipping"],
    ]);
    const insightIds = new Set(report.insights.map((i) => i.id));
    for (const recommendation of report.recommendations) expect(insightIds.has(recommendation.because)).toBe(true);
  });

  it("uses unique insight ids", () => {
    expect(new Set(report.insights.map((i) => i.id)).size).toBe(report.insights.length);
  });
});
