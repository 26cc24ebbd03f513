// The extension point of claim checks: a registry of data series, one entry per dataset a claim can be checked
// against (SIPRI's arms transfers is the first, src/modules/arms-trends/arms-supply-series.ts). An entry reads the
// windows of every claim of a request in one statement of its own module's and judges them; the checks service
// knows no dataset. Adding a dataset is adding an entry (services.ts), not editing the checks.
import type { ClaimVerdict } from './claim-verdict';

/** A claim as a series checks it: its predicate, its subject and object (as the predicate reads them), its span. */
export interface SeriesClaim {
  claimId: number;
  /** A vocabulary code whose series is this one. */
  predicate: string;
  objectValue: string | null;
  subjectId: number;
  objectId: number;
  /** The claim's span in years; null where it is open. */
  fromYear: number | null;
  toYear: number | null;
}

/** A period of a series' figures the verdict rests on (GraphQL's SeriesPeriod; each series adds its own fields). */
export interface SeriesPeriodModel {
  /** The GraphQL type that implements SeriesPeriod for this series. */
  __typename: string;
  fromYear: number;
  toYear: number;
  years: number;
  value: number;
  valuePerYear: number;
  share: number | null;
}

/** What a series says about one claim. */
export interface SeriesCheck {
  verdict: ClaimVerdict;
  explanation: string;
  periods: SeriesPeriodModel[];
  /** The span read (cut at the dataset's coverage). */
  fromYear: number;
  toYear: number;
  /** The dataset source the figures come from. */
  datasetId: number;
}

export interface ClaimSeries {
  /** The code predicates name it by (predicate.series). */
  code: string;
  /** The unit of its figures, as explanations write them. */
  unit: string;
  /** Credit for the data, given with every check. */
  attribution: string;
  /** The checks of these claims (null: nothing to check against, e.g. no dataset stored), in one statement for all. */
  check(claims: readonly SeriesClaim[]): Promise<(SeriesCheck | null)[]>;
}
