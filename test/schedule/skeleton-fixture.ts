// A plan document mirroring the CAST structure (reference §A2.9): an outline 2018–2050 with three
// steps, the action plan 2018–2020 as its first phase, and the outline's and action plan's cadences.
import type { Plan } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const base = { issuer: "Org", assignments: [] as Plan["assignments"] };

export const outline: Plan = {
  ...base,
  id: "outline",
  kind: "outline",
  title: { en: "Outline 2018-2050" },
  period: { start: 2018, end: 2050 },
  items: [
    {
      id: "outline.steps",
      kind: "section",
      heading: { en: "Steps" },
      tags: [],
      children: [
        {
          id: "outline.step.2020",
          kind: "step",
          heading: { en: "Step 1" },
          deadline: 2020,
          tags: [],
          children: [],
        },
        {
          id: "outline.step.2035",
          kind: "step",
          heading: { en: "Step 2" },
          deadline: 2035,
          tags: [],
          children: [],
        },
        {
          id: "outline.step.2050",
          kind: "step",
          heading: { en: "Step 3" },
          deadline: 2050,
          tags: [],
          children: [],
        },
      ],
    },
  ],
  phases: [
    {
      id: "outline.phase.step-1",
      name: "First step (to 2020)",
      kind: "step",
      period: { start: 2018, end: 2020 },
      goalIds: ["outline.step.2020"],
    },
    {
      id: "outline.phase.step-2",
      name: "Second step (to 2035)",
      kind: "step",
      period: { start: 2021, end: 2035 },
      goalIds: ["outline.step.2035"],
    },
    {
      id: "outline.phase.step-3",
      name: "Third step (to 2050)",
      kind: "step",
      period: { start: 2036, end: 2050 },
      goalIds: ["outline.step.2050"],
    },
    {
      id: "outline.phase.ap2018",
      name: "Three-year action plan",
      kind: "action-plan",
      period: { start: 2018, end: 2020 },
      goalIds: ["ap2018.goal.1"],
      planId: "ap2018",
    },
  ],
  cadences: [
    {
      id: "outline.cadence.phase-plan",
      activity: "planning",
      kind: "periodic",
      label: "Phased implementation plan",
      cycleYears: 5,
      occurrences: 1,
      alignedWith: "national-five-year-plan",
    },
    {
      id: "outline.cadence.evaluation",
      activity: "evaluation",
      kind: "periodic",
      label: "Evaluation twice every five years",
      cycleYears: 5,
      occurrences: 2,
      alignedWith: "national-five-year-plan",
    },
  ],
};

export const actionPlan: Plan = {
  ...base,
  id: "ap2018",
  kind: "action-plan",
  title: { en: "Three-year action plan" },
  period: { start: 2018, end: 2020 },
  parentPlanId: "outline",
  items: [
    {
      id: "ap2018.goal.1",
      kind: "goal",
      heading: { en: "Goal 1" },
      deadline: 2020,
      tags: [],
      children: [],
    },
  ],
  phases: [],
  cadences: [
    {
      id: "ap2018.cadence.annual-evaluation",
      activity: "evaluation",
      kind: "annual",
      label: "Annual evaluation",
    },
    {
      id: "ap2018.cadence.final-evaluation",
      activity: "evaluation",
      kind: "final",
      label: "Final evaluation",
    },
  ],
};

export const skeletonDocument = deepFreeze({ plans: [outline, actionPlan] });
