// Editorial cross-references between the two CAST documents: which outline task(s) each action of
// the Three-Year Action Plan implements, and which outline step each of its goals serves. Neither
// document states these links; they are the dataset editors' reading, so every link is editorial.
import type { AlignmentInput } from "./types.js";

/** Outline task numbers implemented by each action-plan action (editorial). @internal */
const ACTION_TASKS: readonly (readonly [action: number, tasks: readonly number[]])[] = [
  [1, [2]],
  [2, [5, 19]],
  [3, [13]],
  [4, [8]],
  [5, [7, 10]],
  [6, [11]],
  [7, [12]],
  [8, [11, 20]],
  [9, [15]],
  [10, [19, 20]],
  [11, [16, 4]],
  [12, [16]],
  [13, [17]],
  [14, [17]],
  [15, [6, 18]],
  [16, [6]],
  [17, [9]],
  [18, [6]],
  [19, [6]],
  [20, [14, 21, 23, 24]],
  [21, [13, 21]],
  [22, [9, 23]],
  [23, [6, 23]],
  [24, [6]],
  [25, [5, 11]],
  [26, [5]],
  [27, [5]],
];

const implementsLinks: AlignmentInput[] = ACTION_TASKS.flatMap(([action, tasks]) =>
  tasks.map((task) => ({
    id: `al.ap2018.action.${action}:outline.task.${task}`,
    from: `ap2018.action.${action}`,
    to: `outline.task.${task}`,
    relation: "implements" as const,
    editorial: true,
  })),
);

const servesLinks: AlignmentInput[] = [1, 2, 3, 4, 5, 6, 7].map((goal) => ({
  id: `al.ap2018.goal.${goal}:outline.step.2020`,
  from: `ap2018.goal.${goal}`,
  to: "outline.step.2020",
  relation: "serves" as const,
  editorial: true,
  note: "The action plan is the outline's implementation plan for 2018–2020 (outline §IV(7)), so its goals serve the first step; the link of each goal is editorial.",
}));

/** The alignment links. @internal */
export const alignments: AlignmentInput[] = [...servesLinks, ...implementsLinks];
