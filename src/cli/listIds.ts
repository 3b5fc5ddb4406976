// The plans command: every id of a document that the other commands accept — the plans
// (--plan-id) with their item trees, and the indicators (--indicator) — as text or JSON.
import type { PlanDocument } from "../schemas/document.js";
import type { PlanItem } from "../schemas/plan.js";
import { type CommandOutput, format, loadDocument, PLANS_FORMATS } from "./inputs.js";
import { type CliContext, colours, EXIT } from "./io.js";

/** One item of a plan in the JSON listing. */
export interface ListedItem {
  readonly id: string;
  readonly kind: string;
  readonly number?: string;
  readonly heading: string;
  readonly children: ListedItem[];
}

/** The JSON listing of `cast-plan plans --format json`. */
export interface IdListing {
  readonly plans: {
    readonly id: string;
    readonly title: string;
    readonly shortTitle?: string;
    readonly items: ListedItem[];
  }[];
  readonly indicators: { readonly id: string; readonly name: string; readonly unit: string }[];
}

function listItem(item: PlanItem): ListedItem {
  return {
    id: item.id,
    kind: item.kind,
    ...(item.number !== undefined ? { number: item.number } : {}),
    heading: item.heading.en,
    children: item.children.map(listItem),
  };
}

/** The ids of a document: plans with their item trees, and indicators. */
export function listIds(document: PlanDocument): IdListing {
  return {
    plans: document.plans.map((plan) => ({
      id: plan.id,
      title: plan.title.en,
      ...(plan.shortTitle !== undefined ? { shortTitle: plan.shortTitle.en } : {}),
      items: plan.items.map(listItem),
    })),
    indicators: document.indicators.map((i) => ({ id: i.id, name: i.name.en, unit: i.unit })),
  };
}

function listingText(listing: IdListing, source: string, ctx: CliContext): string {
  const c = colours(ctx);
  const lines = [`Ids in ${source}`, "", c.bold("Plans (--plan-id) and their items")];
  const walk = (items: readonly ListedItem[], depth: number) => {
    for (const item of items) {
      lines.push(
        `${"  ".repeat(depth + 2)}${item.id}  ${item.number !== undefined ? `${item.number} ` : ""}${item.heading}`,
      );
      walk(item.children, depth + 1);
    }
  };
  for (const plan of listing.plans) {
    lines.push(`  ${c.bold(plan.id)}  ${plan.shortTitle ?? plan.title}`);
    walk(plan.items, 0);
  }
  lines.push("", c.bold("Indicators (--indicator)"));
  for (const i of listing.indicators) lines.push(`  ${i.id}  ${i.name} [${i.unit}]`);
  return `${lines.join("\n")}\n`;
}

/** `cast-plan plans`. */
export async function runPlans(
  values: Record<string, string | boolean | undefined>,
  ctx: CliContext,
): Promise<CommandOutput> {
  const fmt = format(values, PLANS_FORMATS);
  const document = await loadDocument(values, ctx);
  const listing = listIds(document);
  if (fmt === "json") return { text: `${JSON.stringify(listing, null, 2)}\n`, exitCode: EXIT.ok };
  const source = typeof values.plan === "string" ? values.plan : "the bundled CAST document";
  return { text: listingText(listing, source, ctx), exitCode: EXIT.ok };
}
