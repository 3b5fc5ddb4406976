// The result types of assessIndicator, shared with targets/assess.ts (which builds them) and the
// roll-ups; exported from the package through assessIndicator.ts.
import type { Indicator, ObservationStatus } from "../../schemas/indicator.js";
import type { Dimensions, LocalizedText } from "../../schemas/primitives.js";
import type { EscapAnticipated, EscapAssessment } from "../assessEscap.js";
import type { EurostatAssessment } from "../assessEurostat.js";
import type { Milestone } from "../assessMilestone.js";
import type { StatCanAssessment } from "../assessStatCan.js";
import type { DistanceShare } from "../computeDistanceShare.js";
import type { PaceIndex } from "../computePaceIndex.js";
import type { TargetYearForecast } from "../forecastTargetYear.js";
import type {
  ImputationKind,
  ProgressDirection,
  ProgressOutcome,
  ProgressWarning,
  ProjectionKind,
} from "../types.js";

/**
 * The assessment of one indicator against one of its targets.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface TargetAssessment {
  /** The target's id. */
  readonly targetId: string;
  /** The target's label, if any (`{ en, zh? }`). */
  readonly label: LocalizedText | undefined;
  /** The comparator. */
  readonly comparator: Indicator["targets"][number]["comparator"];
  /** The target value the shares are measured against (for a band, its edge nearest the baseline). */
  readonly targetValue: number;
  /** The direction toward the target. */
  readonly direction: ProgressDirection;
  /** The deadline as a decimal year. */
  readonly deadlineYear: number;
  /** Achieved early, on time or late, missed, active or not yet started. */
  readonly milestone: ProgressOutcome<Milestone>;
  /** The distance share (ESCAP current status), raw and clamped. */
  readonly distanceShare: ProgressOutcome<DistanceShare>;
  /** Time share, pace index and time distance. */
  readonly pace: ProgressOutcome<PaceIndex>;
  /** ESCAP current status and anticipated progress with the main projection. */
  readonly escap: ProgressOutcome<EscapAssessment>;
  /** Anticipated progress per projection (detail `full`). */
  readonly anticipated:
    | Partial<Record<ProjectionKind, ProgressOutcome<EscapAnticipated>>>
    | undefined;
  /** Eurostat growth-ratio assessments over the short-term and long-term windows (detail `full`). */
  readonly eurostat:
    | {
        /** The last `shortTermYears` years. */
        readonly shortTerm: ProgressOutcome<EurostatAssessment>;
        /** From the baseline. */
        readonly longTerm: ProgressOutcome<EurostatAssessment>;
      }
    | undefined;
  /** The Statistics Canada progress measure with this target (detail `full`). */
  readonly statCan: ProgressOutcome<StatCanAssessment> | undefined;
  /** The year the target would be reached under each projection (detail `full`). */
  readonly forecasts:
    | Partial<Record<ProjectionKind, ProgressOutcome<TargetYearForecast>>>
    | undefined;
  /** Warnings about this target. */
  readonly warnings: readonly ProgressWarning[];
}

/**
 * The assessment of an indicator as of a date, against each of its targets.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface IndicatorAssessment {
  /** The indicator's id. */
  readonly indicatorId: string;
  /** The assessment date as a decimal year. */
  readonly asOfYear: number;
  /** The dimension values assessed (empty for the whole population). */
  readonly dimensions: Readonly<Dimensions>;
  /**
   * The series used: one value per period end (decimal years), sorted, with the periods as
   * written in the observations (absent for series the roll-up builds from columns).
   */
  readonly series: {
    readonly years: readonly number[];
    readonly values: readonly number[];
    readonly periods?: readonly string[] | undefined;
    /** The observations' statuses (absent where the series was built without them). */
    readonly statuses?: readonly ObservationStatus[] | undefined;
    /** Per point, how a figure combined from units' reports was completed (`null`: from the
     * reports as given); absent where no point was combined with the completeness check.
     * @since 0.2.0 */
    readonly imputed?: readonly (ImputationKind | null)[] | undefined;
  };
  /** The baseline used and where it came from, or `undefined` with no data. */
  readonly baseline:
    | {
        /** The period as written (`2015`, `2019-05`, `2018/2020`). */
        readonly period: string;
        /** The period's end as a decimal year. */
        readonly year: number;
        readonly value: number;
        readonly source: "indicator" | "observation";
        /** The observation's status, for a baseline taken from the observations. */
        readonly status?: ObservationStatus | undefined;
        /** How the figure was completed, for a baseline taken from a completed point. @since 0.2.0 */
        readonly imputed?: ImputationKind | undefined;
      }
    | undefined;
  /**
   * The latest observation by `asOf`: its period as written, its end as a decimal year, its value,
   * and its status (absent where the series was built without statuses). A latest value that is
   * not final is also a `not-final` warning.
   */
  readonly latest:
    | {
        readonly period: string;
        readonly year: number;
        readonly value: number;
        readonly status?: ObservationStatus | undefined;
        /** How the figure was completed (a missing unit's report carried forward or
         * interpolated), if it was; also a `carried-forward` or `interpolated` warning.
         * @since 0.2.0 */
        readonly imputed?: ImputationKind | undefined;
      }
    | undefined;
  /** One assessment per applicable target, in deadline order. */
  readonly targets: readonly TargetAssessment[];
  /** The id of the current target: the first not yet achieved, else the last. */
  readonly currentTargetId: string | undefined;
  /** The methods used, with their sources. */
  readonly methods: readonly string[];
  /** Warnings about the indicator's data. */
  readonly warnings: readonly ProgressWarning[];
  /** A plain-language explanation (empty with detail `summary`). */
  readonly explanation: string;
  /** The trend without reference to a target (detail `full`): Eurostat's ±1 %/year rule over the
   * short-term and long-term windows, and Statistics Canada's method 1 with the natural limit in
   * the desired direction (the maximum for increase, the minimum for decrease). */
  readonly trend:
    | {
        /** Eurostat, no target, the last `shortTermYears` years. */
        readonly eurostatShortTerm: ProgressOutcome<EurostatAssessment>;
        /** Eurostat, no target, from the baseline. */
        readonly eurostatLongTerm: ProgressOutcome<EurostatAssessment>;
        /** Statistics Canada, no target, from the baseline, with the natural-limit factor. */
        readonly statCan: ProgressOutcome<StatCanAssessment>;
      }
    | undefined;
}
