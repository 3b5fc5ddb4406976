// The schedule and evaluate commands: the plan skeleton and evaluation calendar, and the
// checkpoint scorecard built from the progress results.

import { monthLength } from "../dates/dayNumbers.js";
import { FOUR_POINT_SCALE, SIX_POINT_SCALE } from "../evaluation/ratingScales.js";

import {
  type CheckpointScorecard,
  type ItemScorecard,
  type ScorecardItem,
  type ScorecardResult,
  scoreCheckpoint,
} from "../evaluation/scoreCheckpoint.js";
import { formatCalendarPoint, type Locale, localize } from "../period/locale.js";
import { assessIndicator } from "../progress/assessIndicator.js";
import { renderGanttSvg } from "../report/renderGanttSvg.js";
import { computeElapsedShare } from "../schedule/computeElapsedShare.js";
import { findNextEvaluation } from "../schedule/findNextEvaluation.js";
import { findPhasesAt } from "../schedule/findPhasesAt.js";
import { generatePlanSkeleton } from "../schedule/generatePlanSkeleton.js";
import type { PlanSkeleton } from "../schedule/SkeletonTypes.js";
import { skeletonToGanttItems } from "../schedule/skeletonToGanttItems.js";
import { toICalendar } from "../schedule/toICalendar.js";
import { toMermaidGantt } from "../schedule/toMermaidGantt.js";
import type { PlanDocument } from "../schemas/document.js";
import type { PlanItem } from "../schemas/plan.js";
import type { CalendarPoint, LocalizedText } from "../schemas/primitives.js";
import {
  asOf,
  type CommandOutput,
  format,
  listIdsHint,
  loadDocument,
  localeOption,
} from "./inputs.js";
import { type CliContext, colours, EXIT, UsageError } from "./io.js";
import { ACTIVITY_LABELS, CHECKPOINT_LABELS, CLI_PHRASES, fill } from "./labels.js";

function asDay(value: string | number): string {
  if (typeof value === "number") return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split("-").map(Number) as [number, number];
    return `${value}-${String(monthLength(y, m)).padStart(2, "0")}`;
  }
  return value;
}

/**
 * The plan named by --plan-id; without it, the document's only plan. A document with several plans
 * needs --plan-id: picking the first one silently would answer a question nobody asked.
 */
function pickPlan(document: PlanDocument, values: Record<string, unknown>): string {
  const ids = document.plans.map((p) => p.id);
  const given = typeof values["plan-id"] === "string" ? values["plan-id"] : undefined;
  if (given === undefined) {
    if (ids.length === 1) return ids[0] as string;
    throw new UsageError(
      `the document has ${ids.length} plans (${ids.join(", ")}): say which with --plan-id <id> (${listIdsHint(values)})`,
    );
  }
  if (!ids.includes(given))
    throw new UsageError(
      `--plan-id: no plan has id '${given}'; the document's plans are ${ids.join(", ")}`,
    );
  return given;
}

function scheduleText(
  skeleton: PlanSkeleton,
  day: string,
  markdown: boolean,
  locale: Locale,
): string {
  const at = findPhasesAt(skeleton, day);
  const next = findNextEvaluation(skeleton, day);
  const words = CLI_PHRASES[locale];
  const zh = locale === "zh-CN";
  const date = (d: string | number) => formatCalendarPoint(d, locale);
  const lines: string[] = [];
  const h = (s: string) => (markdown ? `## ${s}` : zh ? s : s.toUpperCase());
  const heading = `${words.planCalendar} ${skeleton.startYear}–${skeleton.endYear}`;
  lines.push(markdown ? `# ${heading}` : heading, "");
  const phases = at.phases
    .map((p) =>
      zh
        ? `${p.name}（${words.elapsed} ${Math.round(computeElapsedShare(p, day) * 100)}%）`
        : `${p.name} (${Math.round(computeElapsedShare(p, day) * 100)}% elapsed)`,
    )
    .join(zh ? "；" : "; ");
  const fyp = at.fiveYearPlan
    ? `${zh ? "；" : "; "}${fill(words.nationalFyp, { n: at.fiveYearPlan })}`
    : "";
  lines.push(
    zh
      ? `${words.asOf}${date(day)}：${phases || words.outsidePlan}${fyp}。`
      : `As of ${day}: ${phases || words.outsidePlan}${fyp}.`,
    zh
      ? `${words.nextEvaluation}：${next ? `${next.label}，${date(next.due)}${words.due}` : words.noneScheduled}。`
      : `Next evaluation: ${next ? `${next.label}, due ${next.due}` : "none scheduled"}.`,
    "",
    h(words.phases),
    "",
  );
  for (const p of skeleton.phases) {
    const national = p.fiveYearPlan
      ? zh
        ? `（${fill(words.nationalFyp, { n: p.fiveYearPlan })}）`
        : ` (national FYP ${p.fiveYearPlan})`
      : "";
    const row = `${date(p.start)} – ${date(p.end)}  ${p.name}${national}`;
    lines.push(markdown ? `- ${row}` : `  ${row}`);
  }
  lines.push("", h(words.events), "");
  for (const e of skeleton.events) {
    const activity = ACTIVITY_LABELS[locale][e.activity];
    const row = `${date(e.due)}  ${zh ? activity : activity.padEnd(10)} ${e.label}`;
    lines.push(markdown ? `- ${row}` : `  ${row}`);
  }
  if (skeleton.findings.length > 0) {
    lines.push("", h(words.findings), "");
    for (const f of skeleton.findings) lines.push(`${markdown ? "-" : "  !"} ${f.message}`);
  }
  return `${lines.join("\n")}\n`;
}

function utcStamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** A plan's name in a locale: its short title, else its title (the Chinese where the data has it). */
function planTitle(document: PlanDocument, planId: string, locale: Locale): string {
  const plan = document.plans.find((p) => p.id === planId);
  if (!plan) return planId;
  const chosen: LocalizedText =
    locale === "zh-CN" && plan.shortTitle?.zh === undefined && plan.title.zh !== undefined
      ? plan.title
      : (plan.shortTitle ?? plan.title);
  return localize(chosen, locale);
}

/** `cast-plan schedule`. */
export async function runSchedule(
  values: Record<string, string | boolean | undefined>,
  ctx: CliContext,
  formats: readonly ("text" | "markdown" | "json" | "mermaid" | "ical" | "svg")[],
): Promise<CommandOutput> {
  const fmt = format(values, formats);
  const locale = localeOption(values);
  const day = asDay(asOf(values, ctx));
  const document = await loadDocument(values, ctx);
  const planId = pickPlan(document, values);
  const skeleton = generatePlanSkeleton(document, planId);
  const title = planTitle(document, planId, locale);
  switch (fmt) {
    case "json":
      return { text: `${JSON.stringify(skeleton, null, 2)}\n`, exitCode: EXIT.ok };
    case "mermaid":
      return {
        text: toMermaidGantt(skeletonToGanttItems(skeleton), {
          title: `${title} ${skeleton.startYear}–${skeleton.endYear}`,
          locale,
        }),
        exitCode: EXIT.ok,
      };
    case "ical":
      return {
        text: toICalendar(skeletonToGanttItems(skeleton), {
          domain: "cast-plan.invalid",
          timestamp: utcStamp(),
          locale,
        }),
        exitCode: EXIT.ok,
      };
    case "svg": {
      const rows = skeletonToGanttItems(skeleton).map((item) => ({
        label: item.name,
        start: item.start,
        end: item.finish,
        section: item.section,
        milestone: item.milestone,
      }));
      return {
        text: renderGanttSvg({
          title: `${title} ${skeleton.startYear}–${skeleton.endYear}`,
          rows,
          asOf: day,
          locale,
        }),
        exitCode: EXIT.ok,
      };
    }
    default:
      return {
        text: scheduleText(skeleton, day, fmt === "markdown", locale),
        exitCode: EXIT.ok,
      };
  }
}

/** The item kinds an evaluation rates: what a plan commits to deliver. */
const EVALUATED_KINDS: ReadonlySet<PlanItem["kind"]> = new Set([
  "step",
  "goal",
  "area",
  "task",
  "project",
  "action",
  "measure",
]);

/** Turns the plan trees into scorecard items; each indicator measuring an item becomes a leaf under it. */
function scorecardTree(document: PlanDocument, planId: string, locale: Locale): ScorecardItem[] {
  const plan = document.plans.find((p) => p.id === planId);
  if (!plan) return [];
  const measuring = new Map<string, string[]>();
  for (const indicator of document.indicators) {
    for (const itemId of indicator.measures)
      measuring.set(itemId, [...(measuring.get(itemId) ?? []), indicator.id]);
  }
  const convert = (item: PlanItem): ScorecardItem | undefined => {
    const children = [
      ...item.children.map(convert).filter((c): c is ScorecardItem => c !== undefined),
      ...(measuring.get(item.id) ?? []).map((indicatorId) => ({
        id: `${item.id}#${indicatorId}`,
        kind: "indicator",
        heading: localize(
          document.indicators.find((i) => i.id === indicatorId)?.name ?? indicatorId,
          locale,
        ),
      })),
    ];
    // Parts, sections and principles are context, not evidence: kept only as groups of items
    // that are rated.
    if (children.length === 0 && !EVALUATED_KINDS.has(item.kind)) return undefined;
    return {
      id: item.id,
      kind: item.kind,
      heading: `${item.number ? `${item.number} ` : ""}${localize(item.heading, locale)}`,
      children,
    };
  };
  return plan.items.map(convert).filter((c): c is ScorecardItem => c !== undefined);
}

/** One result per indicator leaf: the current target's milestone status, or its ESCAP category while active. */
function scorecardResults(
  document: PlanDocument,
  planId: string,
  when: CalendarPoint,
): ScorecardResult[] {
  const results: ScorecardResult[] = [];
  const plan = document.plans.find((p) => p.id === planId);
  const planItems = new Set<string>();
  const visit = (items: readonly PlanItem[]) => {
    for (const item of items) {
      planItems.add(item.id);
      visit(item.children);
    }
  };
  visit(plan?.items ?? []);
  for (const indicator of document.indicators) {
    const measured = indicator.measures.filter((m) => planItems.has(m));
    if (measured.length === 0) continue;
    const assessment = assessIndicator(indicator, document.observations, {
      asOf: when,
      detail: "summary",
    });
    // Rate against the targets this plan itself states; with none, against the current target.
    const own = new Set(
      indicator.targets
        .filter((t) => t.statedIn !== undefined && planItems.has(t.statedIn))
        .map((t) => t.id),
    );
    const candidates = assessment.targets.filter((t) => own.has(t.targetId));
    const current =
      candidates.find(
        (t) => t.milestone.status !== "measured" || !t.milestone.milestone.startsWith("achieved"),
      ) ??
      candidates.at(-1) ??
      assessment.targets.find((t) => t.targetId === assessment.currentTargetId);
    if (!current) continue;
    const milestone =
      current.milestone.status === "measured" ? current.milestone.milestone : undefined;
    const escap = current.escap.status === "measured" ? current.escap.category : undefined;
    const category = milestone === "active" && escap ? escap : (milestone ?? "insufficient-data");
    const share =
      current.distanceShare.status === "measured" ? current.distanceShare.clamped : undefined;
    for (const itemId of measured) {
      results.push({
        itemId: `${itemId}#${indicator.id}`,
        category,
        value: share,
        explanation: `${indicator.name.en}: target ${current.label?.en ?? current.targetId} is ${milestone ?? "not measurable"}${escap && milestone === "active" ? ` (ESCAP: ${escap})` : ""}`,
      });
    }
  }
  return results;
}

function ratingText(card: Pick<ItemScorecard, "rating" | "withheld">, locale: Locale): string {
  const r = card.rating;
  if (card.withheld) return CLI_PHRASES[locale].insufficientEvidence;
  return r
    ? `${r.code ? `${r.code} ` : ""}${localize(r.label, locale)}`
    : CLI_PHRASES[locale].notRated;
}

function scorecardText(
  card: CheckpointScorecard,
  title: string,
  markdown: boolean,
  ctx: CliContext,
  locale: Locale,
): string {
  const c = colours(ctx);
  const words = CLI_PHRASES[locale];
  const zh = locale === "zh-CN";
  const checkpoint = CHECKPOINT_LABELS[locale][card.checkpoint as "final"] ?? card.checkpoint;
  const heading = zh
    ? `${title}：${checkpoint}${words.evaluation}`
    : `${title}: ${checkpoint} evaluation`;
  const lines = [markdown ? `# ${heading}` : c.bold(heading), ""];
  const coverage = `${words.coverage} ${Math.round(card.overall.coverage * 100)}%`;
  const evidence = fill(words.withEvidence, {
    rated: card.overall.ratedLeaves,
    leaves: card.overall.leaves,
  });
  lines.push(
    zh
      ? `${words.overall}：${ratingText(card.overall, locale)}（${coverage}：${evidence}）。${card.overall.explanation}`
      : `Overall: ${ratingText(card.overall, locale)} (${coverage}: ${evidence}). ${card.overall.explanation}`,
    "",
  );
  const walk = (items: readonly ItemScorecard[], depth: number) => {
    for (const item of items) {
      if (item.source === "none" && item.children.every((ch) => ch.source === "none")) continue;
      const row = `${ratingText(item, locale)} — ${item.heading ?? item.itemId}${zh ? "：" : ": "}${item.explanation}`;
      lines.push(markdown ? `${"  ".repeat(depth)}- ${row}` : `${"  ".repeat(depth + 1)}${row}`);
      walk(item.children, depth + 1);
    }
  };
  walk(card.items, 0);
  const unrated = card.items.filter((i) => i.source === "none").length;
  lines.push("", fill(words.unrated, { unrated, total: card.items.length }));
  return `${lines.join("\n")}\n`;
}

/** A share option (0–1), or its default. */
function shareOption(raw: string | boolean | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  if (!(value >= 0 && value <= 1))
    throw new UsageError(`${name} must be a share from 0 to 1, such as 0.5; got '${String(raw)}'`);
  return value;
}

/** `cast-plan evaluate`. */
export async function runEvaluate(
  values: Record<string, string | boolean | undefined>,
  ctx: CliContext,
  formats: readonly ("text" | "markdown" | "json")[],
): Promise<CommandOutput> {
  const fmt = format(values, formats);
  const locale = localeOption(values);
  const when = asOf(values, ctx);
  const checkpoint = (values.checkpoint ?? "final") as string;
  if (checkpoint !== "annual" && checkpoint !== "mid-term" && checkpoint !== "final")
    throw new UsageError("--checkpoint must be annual, mid-term or final");
  const scaleName = (values.scale ?? "4") as string;
  if (scaleName !== "4" && scaleName !== "6") throw new UsageError("--scale must be 4 or 6");
  const minimumCoverage = shareOption(values["minimum-coverage"], "--minimum-coverage", 0.5);
  const document = await loadDocument(values, ctx);
  const planId = pickPlan(document, values);
  const card = scoreCheckpoint(
    { items: scorecardTree(document, planId, locale) },
    scorecardResults(document, planId, when),
    {
      checkpoint,
      scale: scaleName === "6" ? SIX_POINT_SCALE : FOUR_POINT_SCALE,
      minimumCoverage,
    },
  );
  if (fmt === "json") return { text: `${JSON.stringify(card, null, 2)}\n`, exitCode: EXIT.ok };
  const title = planTitle(document, planId, locale);
  return { text: scorecardText(card, title, fmt === "markdown", ctx, locale), exitCode: EXIT.ok };
}
