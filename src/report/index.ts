// Barrel of the report builders and renderers; re-exported by src/index.ts.
export {
  type BuildProgressReportOptions,
  buildProgressReport,
  type ProgressReport,
  type ReportWarningCode,
} from "./buildProgressReport.js";
export { type GanttChartInput, type GanttRow, renderGanttSvg } from "./renderGanttSvg.js";
export { type RenderProgressBarOptions, renderProgressBar } from "./renderProgressBar.js";
export {
  type RenderProgressReportMarkdownOptions,
  type RenderProgressReportTextOptions,
  renderProgressReportMarkdown,
  renderProgressReportText,
} from "./renderProgressReport.js";
export {
  type ChartPoint,
  renderTrajectorySvg,
  type TrajectoryChartInput,
} from "./renderTrajectorySvg.js";
