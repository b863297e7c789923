import { COMMON_LINEAR_SLA, PLAYBOOK_LINEAR_SLA, SLA_SCHEDULES } from "..";

describe("SLA_SCHEDULES", () => {
  it("holds the four schedules of the market facts", () => {
    expect(SLA_SCHEDULES.map((s) => s.service)).toEqual([
      "Amazon Bedrock",
      "Azure OpenAI",
      "Gemini on Vertex AI",
      "Google Cloud (usual pattern)",
    ]);
  });

  it("lists each schedule's rows in strictly descending threshold, all fractions within 0..1", () => {
    for (const schedule of SLA_SCHEDULES) {
      const thresholds = schedule.rows.map((r) => r.threshold);
      expect(thresholds).toEqual([...thresholds].sort((a, b) => b - a));
      expect(new Set(thresholds).size).toBe(thresholds.length);
      for (const { threshold, share } of schedule.rows) {
        expect(threshold).toBeGreaterThan(0);
        expect(threshold).toBeLessThanOrEqual(1);
        expect(share).toBeGreaterThan(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  });

  it("starts each schedule's credits at its target", () => {
    for (const schedule of SLA_SCHEDULES) {
      expect(schedule.rows[0].threshold).toBe(schedule.target);
    }
  });

  it("gives Bedrock 10% / 25% / 100% below 99.9 / 99 / 95, dated by the AWS page's update", () => {
    expect(SLA_SCHEDULES[0]).toMatchObject({
      target: 0.999,
      rows: [
        { threshold: 0.999, share: 0.1 },
        { threshold: 0.99, share: 0.25 },
        { threshold: 0.95, share: 1 },
      ],
      source: "aws.amazon.com/bedrock/sla",
      asOf: "2023-10-04",
    });
  });

  it("gives Gemini on Vertex AI a 99.5% target with 50% as the deepest credit", () => {
    expect(SLA_SCHEDULES[2]).toMatchObject({
      target: 0.995,
      source: "cloud.google.com/vertex-ai/generative-ai/sla",
    });
    expect(SLA_SCHEDULES[2].rows.at(-1)).toEqual({ threshold: 0.95, share: 0.5 });
  });

  it("flags the second-hand figures and Google's 30-day claim window in the notes", () => {
    expect(SLA_SCHEDULES[1].source).toMatch(/third-party/);
    expect(SLA_SCHEDULES[2].note).toMatch(/third party/);
    expect(SLA_SCHEDULES[3].note).toMatch(/30 days/);
  });

  it("gives every schedule a source and a date", () => {
    for (const schedule of SLA_SCHEDULES) {
      expect(schedule.source).not.toBe("");
      expect(schedule.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
});

describe("linear SLA clauses", () => {
  it("describe the playbook's telco example as 2% per 0.1% below 99.9%", () => {
    expect(PLAYBOOK_LINEAR_SLA).toMatchObject({
      target: 0.999,
      perStep: 0.02,
      step: 0.001,
      cap: 1,
    });
  });

  it("describe the common clause as 1% per 0.1% below target, capped at 50%", () => {
    expect(COMMON_LINEAR_SLA).toMatchObject({
      target: 0.999,
      perStep: 0.01,
      step: 0.001,
      cap: 0.5,
    });
  });
});
