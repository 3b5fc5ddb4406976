// Reads the seed text (the English plan text: the outline, then its appendix, the Three-Year Action
// Plan) and extracts every numbered heading with regexes, independently of the dataset. The seed
// lives outside the repository: ../shared/seeds/ next to the clone (CI) or /work/shared/seeds/.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const SEED = "000_960ebf92e84096fd.txt";

/** The first existing path of a file in the shared folder, or undefined. */
export function sharedFile(...parts: string[]): string | undefined {
  return [resolve(process.cwd(), "..", "shared", ...parts), resolve("/work/shared", ...parts)].find(
    (p) => existsSync(p),
  );
}

/** Path of the seed text, or undefined when it is not present. */
export const seedPath: string | undefined = sharedFile("seeds", SEED);

/** Path of the reference notes cast-data.md, or undefined. */
export const castDataPath: string | undefined = sharedFile("reference", "cast-data.md");

/** A heading as found in the seed: its level, number (as printed) and heading. */
export interface SeedHeading {
  /** Which document. */
  doc: "outline" | "ap2018";
  /** The level, such as "task" or "action". */
  level: string;
  /** The number as printed, without the trailing full stop ("III", "(2)", "6"); "" for bullets. */
  number: string;
  /** The heading under the documented rule. */
  heading: string;
  /** The enclosing part's number, and the enclosing (n) section's number where there is one. */
  part: string;
  /** The enclosing (n) section. */
  section: string;
}

/** The heading rule: trim and drop one trailing full stop. */
export function clean(text: string): string {
  return text.trim().replace(/\.$/, "").trim();
}

/** Text up to the first full stop or colon (for headings that run into their paragraph). */
export function firstSentence(text: string): string {
  const m = /^([^.:]+)[.:]/.exec(text.trim());
  return clean(m ? (m[1] ?? "") : text);
}

/** Splits the seed into the outline body (after the contents) and the appendix. */
export function splitSeed(text: string): { outline: string; contents: string; appendix: string } {
  const appendixAt = text.indexOf("\nAppendix\n");
  const bodyAt = text.indexOf("hereby formulated");
  const contentsAt = text.indexOf("\nContents\n");
  if (appendixAt < 0 || bodyAt < 0 || contentsAt < 0) throw new Error("unexpected seed layout");
  return {
    contents: text.slice(contentsAt, bodyAt),
    outline: text.slice(bodyAt, appendixAt),
    appendix: text.slice(appendixAt),
  };
}

/** Every numbered heading (and "—" bullet, and step) of both documents, in source order. */
export function extractHeadings(text: string): SeedHeading[] {
  const { outline, appendix } = splitSeed(text);
  const out: SeedHeading[] = [];
  let part = "";
  let section = "";
  let step = "";
  const push = (doc: SeedHeading["doc"], level: string, number: string, heading: string) => {
    out.push({ doc, level, number, heading, part, section });
  };
  for (const line of outline.split("\n")) {
    const partLine = /^([IVX]+)\. (.+)$/.exec(line);
    const sectionLine = /^\((\d)\) (.+)$/.exec(line);
    const taskLine = /^(\d{1,2})\. (.+)$/.exec(line);
    const stepLine = /^(First|Second|Third), ([Bb]y \d{4}),/.exec(line);
    const bullet = /^—\s*(.+)$/.exec(line);
    if (partLine) {
      part = partLine[1] ?? "";
      section = "";
      push("outline", "part", part, clean(partLine[2] ?? ""));
    } else if (sectionLine) {
      section = `(${sectionLine[1]})`;
      step = "";
      const level = part === "II" ? "section" : part === "III" ? "area" : "measure";
      push("outline", level, section, clean(sectionLine[2] ?? ""));
    } else if (taskLine) {
      push("outline", "task", taskLine[1] ?? "", clean(taskLine[2] ?? ""));
    } else if (stepLine) {
      step = stepLine[1] ?? "";
      push("outline", "step", step, stepLine[2] ?? "");
    } else if (bullet) {
      const level = section === "(2)" ? "principle" : step === "Second" ? "step-goal" : "bullet?";
      push("outline", level, "", firstSentence(bullet[1] ?? ""));
    }
  }
  part = "";
  section = "";
  for (const line of appendix.split("\n")) {
    const partLine = /^([IVX]+)\. (.+)$/.exec(line);
    const sectionLine = /^\((\d)\) (.+)$/.exec(line);
    const actionLine = /^(\d{1,2})\. (.+)$/.exec(line);
    const bullet = /^—\s*(.+)$/.exec(line);
    if (partLine) {
      part = partLine[1] ?? "";
      section = "";
      push("ap2018", "part", part, clean(partLine[2] ?? ""));
    } else if (sectionLine) {
      section = `(${sectionLine[1]})`;
      push(
        "ap2018",
        part === "II" ? "section" : "measure",
        section,
        firstSentence(sectionLine[2] ?? ""),
      );
    } else if (actionLine) {
      push("ap2018", "action", actionLine[1] ?? "", firstSentence(actionLine[2] ?? ""));
    } else if (bullet) {
      const level = part === "II" && section === "(2)" ? "goal" : "bullet?";
      push("ap2018", level, "", firstSentence(bullet[1] ?? ""));
    }
  }
  return out;
}
