/**
 * Apache Arrow input for the columnar roll-up: {@link arrowToObservationColumns} turns an Arrow
 * table or record batch into the observation columns of `rollUpProgressFromColumns`, without
 * copying the number columns whose types allow it. Import from `cast-plan/arrow`; needs the
 * optional peer dependency `apache-arrow` (21.x) only for the tables you build with it.
 *
 * @packageDocumentation
 * @module cast-plan/arrow
 */
export {
  type ArrowColumnNames,
  type ArrowToColumnsOptions,
  arrowToObservationColumns,
} from "./arrowToObservationColumns.js";
