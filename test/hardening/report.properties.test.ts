// Property tests of the report renderers on generated inputs: no NaN or Infinity in the output,
// deterministic, well-formed XML (checked by the small stack-based matcher below), labels escaped
// and read back exactly, and progress bars of exactly `width` characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  type GanttChartInput,
  renderGanttSvg,
  renderProgressBar,
  renderTrajectorySvg,
  type TrajectoryChartInput,
} from "../../src/index.js";
import {
  arbFinite,
  arbIsoDate,
  arbText,
  dayIndex,
  isoOfDayIndex,
  LAST_DAY,
} from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

// ---------------------------------------------------------------------------------------------
// A tiny XML well-formedness checker
// ---------------------------------------------------------------------------------------------

/** An element's name and its decoded text content (direct text children only). */
interface XmlElement {
  readonly name: string;
  readonly text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
// Characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function decode(text: string, where: number): string {
  return text.replace(/&([^;&<\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new Error(`bare '&' at ${where}`);
    if (body === "lt") return "<";
    if (body === "gt") return ">";
    if (body === "amp") return "&";
    if (body === "quot") return '"';
    if (body === "apos") return "'";
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!m) throw new Error(`unknown entity &${body}; at ${where}`);
    return String.fromCodePoint(m[1] ? Number.parseInt(m[1], 16) : Number(m[2]));
  });
}

/**
 * Checks that `xml` is one well-formed element (tags nest and match, attributes are quoted and
 * unique, `<` and `&` appear only as markup or entities, only XML characters) and returns every
 * element with its decoded direct text. Throws an Error naming the first problem.
 */
function checkXml(xml: string): XmlElement[] {
  if (!XML_CHARS.test(xml)) throw new Error("a character XML 1.0 does not allow");
  const stack: { name: string; text: string[] }[] = [];
  const elements: XmlElement[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.length > 0) {
      const decoded = decode(text, i);
      const top = stack[stack.length - 1];
      if (top) top.text.push(decoded);
      else if (decoded.trim() !== "") throw new Error(`text outside the root element at ${i}`);
    }
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    if (gt === -1) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> does not match <${open?.name}>`);
      elements.push({ name, text: open.text.join("") });
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameEnd = body.search(/\s|$/);
    const name = body.slice(0, nameEnd);
    if (!NAME.test(name)) throw new Error(`bad element name '${name}' at ${lt}`);
    let rest = body.slice(nameEnd);
    const seen = new Set<string>();
    const attribute = /^\s+([A-Za-z_:][-A-Za-z0-9_:.]*)="([^"<]*)"/;
    for (let m = attribute.exec(rest); m; m = attribute.exec(rest)) {
      const key = m[1] ?? "";
      if (seen.has(key)) throw new Error(`duplicate attribute ${key} at ${lt}`);
      seen.add(key);
      decode(m[2] ?? "", lt);
      rest = rest.slice(m[0].length);
    }
    if (rest.trim() !== "") throw new Error(`bad attributes '${rest}' at ${lt}`);
    if (stack.length === 0) {
      roots++;
      if (roots > 1) throw new Error(`a second root element at ${lt}`);
    }
    if (selfClosing) elements.push({ name, text: "" });
    else stack.push({ name, text: [] });
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (roots !== 1) throw new Error("no root element");
  return elements;
}

describe("the XML checker itself", () => {
  it.each([
    ['<svg a="1"><text>x &amp; y</text></svg>', true],
    ["<svg><g/></svg>\n", true],
    ["<svg><text>a < b</text></svg>", false],
    ["<svg><text>a & b</text></svg>", false],
    ["<svg><g></svg>", false],
    ['<svg a="1" a="2"/>', false],
    ["<svg a=1/>", false],
    ["<svg/><svg/>", false],
    ["<svg>\u0001</svg>", false],
  ])("%s well-formed: %s", (xml, ok) => {
    if (ok) expect(() => checkXml(xml)).not.toThrow();
    else expect(() => checkXml(xml)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Generated inputs
// ---------------------------------------------------------------------------------------------

/**
 * Labels with `<`, `&` and quotes, restricted to XML characters (control characters are replaced,
 * see regressions.test.ts bug 4) and never spelling NaN or Infinity (so those words can be searched for).
 */
const RAW_MARKUP = ['<b>"x"</b>', "a & b", "<!--", "]]>", "x<y"];
const arbLabel = fc
  .oneof(arbText, fc.constantFrom(...RAW_MARKUP, "&amp;", "it's"))
  .filter((s) => XML_CHARS.test(s) && !/NaN|Infinity/.test(s));

// Decimal years on a day grid (years one ulp apart once hung niceTicks: regressions.test.ts bug 2).
const arbYearValue = fc.record({
  year: fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 365 }))
    .map(([year, day]) => year + day / 366),
  value: arbFinite(-1e6, 1e6),
});

/** A value range: ordinary, or degenerate (min = max, min > max); spans stay far above rounding. */
const arbValueRange = fc.oneof(
  fc
    .tuple(arbFinite(-1e6, 1e6), fc.double({ min: 1e-3, max: 1e6, noNaN: true }))
    .map(([min, span]) => ({ min, max: min + span })),
  arbFinite(-1e6, 1e6).map((v) => ({ min: v, max: v })),
);

describe("renderTrajectorySvg refuses an inverted valueRange", () => {
  it("min > max is an INVALID_ARGUMENT error naming valueRange", () => {
    fc.assert(
      fc.property(arbFinite(-1e6, 1e6), fc.integer({ min: 1, max: 100 }), (v, d) => {
        try {
          renderTrajectorySvg({
            title: "t",
            unit: "u",
            observed: [],
            targets: [],
            valueRange: { min: v + d, max: v },
          });
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(CastPlanError);
          expect((error as CastPlanError).issues[0]?.path).toEqual(["valueRange"]);
        }
      }),
    );
  });
});

const arbTrajectory: fc.Arbitrary<TrajectoryChartInput> = fc.record(
  {
    title: arbLabel,
    unit: arbLabel,
    observed: fc.array(arbYearValue, { maxLength: 8 }),
    baseline: arbYearValue,
    targets: fc.array(
      fc.record({
        year: arbYearValue.map((p) => p.year),
        value: arbFinite(-1e6, 1e6),
        label: arbLabel,
      }),
      {
        maxLength: 4,
      },
    ),
    projections: fc.array(
      fc.record({ label: arbLabel, points: fc.array(arbYearValue, { maxLength: 4 }) }),
      { maxLength: 3 },
    ),
    valueRange: arbValueRange,
    width: fc.integer({ min: 120, max: 2000 }),
    height: fc.integer({ min: 150, max: 1500 }),
  },
  { requiredKeys: ["title", "unit", "observed", "targets"] },
);

const arbGantt: fc.Arbitrary<GanttChartInput> = fc
  .record(
    {
      title: arbLabel,
      rows: fc.array(
        fc.record(
          {
            label: arbLabel,
            start: arbIsoDate,
            length: fc.integer({ min: 0, max: 4000 }),
            section: fc.constantFrom("A", "B & C", "<D>", "E", "F", "G", "H", "I", "J"),
            milestone: fc.boolean(),
            progress: fc.oneof(arbFinite(-1, 2), fc.double()),
          },
          { requiredKeys: ["label", "start", "length"] },
        ),
        { maxLength: 12 },
      ),
      asOf: arbIsoDate,
      width: fc.integer({ min: 300, max: 2000 }),
    },
    { requiredKeys: ["title", "rows"] },
  )
  .map(({ rows, ...rest }) => ({
    ...rest,
    rows: rows.map(({ length, ...row }) => ({
      ...row,
      end: isoOfDayIndex(Math.min(LAST_DAY, dayIndex(row.start) + length)),
    })),
  }));

/** Checks the output of an SVG renderer: no NaN/Infinity, well-formed, labels read back exactly. */
function expectGoodSvg(svg: string, labels: readonly string[], title: string): XmlElement[] {
  expect(svg).not.toMatch(/NaN|Infinity/);
  const elements = checkXml(svg);
  expect(elements[elements.length - 1]?.name).toBe("svg");
  const texts = elements.map((e) => e.text);
  expect(elements.find((e) => e.name === "title")?.text).toBe(title);
  for (const label of labels) expect(texts).toContain(label);
  // Labels that are markup if written raw never show up raw. (For any other label, raw '<' or '&'
  // would break checkXml or change the decoded text, which the checks above catch.)
  for (const label of labels)
    if (RAW_MARKUP.includes(label)) expect(svg.includes(label)).toBe(false);
  return elements;
}

describe("renderTrajectorySvg on generated inputs", () => {
  it("is finite, well-formed, escaped, deterministic, and leaves its input alone", () => {
    fc.assert(
      fc.property(arbTrajectory, (generated) => {
        const snapshot = JSON.stringify(generated);
        const input = deepFreeze(generated);
        const svg = renderTrajectorySvg(input);
        const labels = [
          input.title,
          input.unit,
          ...input.targets.map((t) => t.label),
          ...(input.projections ?? []).map((p) => p.label),
        ];
        expectGoodSvg(svg, labels, input.title);
        expect(renderTrajectorySvg(input)).toBe(svg);
        expect(JSON.stringify(input)).toBe(snapshot);
      }),
    );
  });
});

describe("renderGanttSvg on generated inputs", () => {
  it("is finite, well-formed, escaped, deterministic, and leaves its input alone", () => {
    fc.assert(
      fc.property(arbGantt, (generated) => {
        const snapshot = JSON.stringify(generated);
        const input = deepFreeze(generated);
        const svg = renderGanttSvg(input);
        const elements = expectGoodSvg(
          svg,
          [input.title, ...input.rows.map((r) => r.label)],
          input.title,
        );
        // One text per row label plus title, axis and as-of texts: at least rows + 1 <text>.
        expect(elements.filter((e) => e.name === "text").length).toBeGreaterThanOrEqual(
          input.rows.length + 1,
        );
        expect(renderGanttSvg(input)).toBe(svg);
        expect(JSON.stringify(input)).toBe(snapshot);
      }),
    );
  });
});

describe("renderProgressBar", () => {
  const arbShare = fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.double());
  const arbWidth = fc.integer({ min: 1, max: 200 });

  it("always returns exactly `width` characters (UTF-16 units and code points)", () => {
    fc.assert(
      fc.property(arbShare, arbWidth, fc.boolean(), (share, width, ascii) => {
        const bar = renderProgressBar(share, { width, ascii });
        expect(bar.length).toBe(width);
        expect([...bar].length).toBe(width);
        expect(renderProgressBar(share, { width, ascii })).toBe(bar);
      }),
    );
  });

  /** The share drawn, read back from the bar: full blocks plus eighths, or '#' count. */
  function drawn(bar: string): number {
    const eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let total = 0;
    for (const c of bar) {
      if (c === "█" || c === "#") total += 1;
      else if (eighths.includes(c)) total += eighths.indexOf(c) / 8;
      else expect([" ", "."]).toContain(c);
    }
    return total;
  }

  it("draws the clamped share to within half a step, and a non-finite share as all '?'", () => {
    fc.assert(
      fc.property(arbShare, arbWidth, fc.boolean(), (share, width, ascii) => {
        const bar = renderProgressBar(share, { width, ascii });
        if (!Number.isFinite(share)) {
          expect(bar).toBe("?".repeat(width));
          return;
        }
        const clamped = Math.min(1, Math.max(0, share));
        const step = ascii ? 1 : 1 / 8;
        expect(Math.abs(drawn(bar) - clamped * width)).toBeLessThanOrEqual(step / 2 + 1e-9);
      }),
    );
  });

  it("draws more for a larger share (monotonic)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        arbWidth,
        fc.boolean(),
        (a, b, width, ascii) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const options = { width, ascii };
          expect(drawn(renderProgressBar(low, options))).toBeLessThanOrEqual(
            drawn(renderProgressBar(high, options)),
          );
        },
      ),
    );
  });
});
