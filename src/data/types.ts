// Input types of the document's lists, derived from the schema's input type.
import type { PlanDocumentInput } from "../schemas/index.js";

/** An alignment link as written. @internal */
export type AlignmentInput = NonNullable<PlanDocumentInput["alignments"]>[number];
/** A source as written. @internal */
export type SourceInput = NonNullable<PlanDocumentInput["sources"]>[number];
/** An external plan as written. @internal */
export type ExternalPlanInput = NonNullable<PlanDocumentInput["externalPlans"]>[number];
