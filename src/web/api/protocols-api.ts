import type { Bounds, Deviation, DocumentedRanges, ProtocolValues } from "../../domain/clinic-protocol.ts";
import { request } from "./http.ts";

export type { Bounds, Deviation, DocumentedRanges, ProtocolValues };

/** A clinic's own values for one procedure, checked against the catalog's documented ranges. */
export interface ClinicProtocol {
  procedureId: string;
  values: ProtocolValues;
  offLabelReason: string | null;
  deviations: Deviation[];
  /** null while the clinic has not set its own values. */
  updatedAt: string | null;
  documented: DocumentedRanges;
}

const protocolsPath = (clinicId: string) => `/clinics/${encodeURIComponent(clinicId)}/protocols`;

export const protocolsApi = {
  list: (clinicId: string) => request<{ items: ClinicProtocol[] }>("GET", protocolsPath(clinicId)),
  /** Refused with 422 protocol-out-of-range when a value is off-label and no reason is given. */
  save: (
    clinicId: string,
    procedureId: string,
    input: { values: ProtocolValues; offLabelReason: string | null },
  ) =>
    request<ClinicProtocol>("PUT", `${protocolsPath(clinicId)}/${encodeURIComponent(procedureId)}`, {
      body: input,
    }),
};
