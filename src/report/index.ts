// Barrel of the report renderers; re-exported by src/index.ts.
export { type GanttChartInput, type GanttRow, renderGanttSvg } from "./renderGanttSvg.js";
export { type RenderProgressBarOptions, renderProgressBar } from "./renderProgressBar.js";
export {
  type ChartPoint,
  renderTrajectorySvg,
  type TrajectoryChartInput,
} from "./renderTrajectorySvg.js";
