// The screening shapes: the request and verdicts come from the engine's contract so they
// cannot drift; the stored screenings are what the session routes answer with.
import type {
  ProcedureResult,
  Reason,
  RecentProcedure,
  ScreeningCondition,
  ScreeningRequest,
  ScreeningResponse,
  Subject,
  Verdict,
} from "../../screening/contract.ts";

export type {
  ProcedureResult,
  Reason,
  RecentProcedure,
  ScreeningCondition,
  ScreeningRequest,
  ScreeningResponse,
  Subject,
  Verdict,
};

export type ScreeningKind = "intake" | "pre-session";

export interface PersonRef {
  id: string;
  name: string;
}

/** A physician's written clearance of one needs-review verdict. */
export interface Clearance {
  procedureId: string;
  reason: string;
  reviewedBy: PersonRef;
  reviewedAt: string;
}

export interface StoredScreening {
  id: string;
  clientId: string;
  kind: ScreeningKind;
  date: string;
  request: ScreeningRequest;
  results: ScreeningResponse;
  recordedBy: PersonRef | null;
  recordedAt: string;
  reviews: Clearance[];
}

/** The latest screening's verdict for one procedure. */
export interface CurrentVerdict {
  procedureId: string;
  verdict: Verdict;
  until: string | null;
  screeningId: string;
  date: string;
  clearedBy: Clearance | null;
}

export interface ClientScreenings {
  current: CurrentVerdict[];
  /** Newest first. */
  history: StoredScreening[];
}
