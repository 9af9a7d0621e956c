import { request } from "./http.ts";
import type { Clinic, OpeningHours } from "./types.ts";

export interface ClinicDetails {
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
}

export const clinicsApi = {
  list: () => request<{ items: Clinic[] }>("GET", "/clinics"),
  get: (id: string) => request<Clinic>("GET", `/clinics/${encodeURIComponent(id)}`),
  update: (id: string, patch: Partial<ClinicDetails> & { openingHours?: OpeningHours }) =>
    request<Clinic>("PATCH", `/clinics/${encodeURIComponent(id)}`, { body: patch }),
  addClosure: (id: string, closure: { startsOn: string; endsOn: string; reason: string }) =>
    request<Clinic>("POST", `/clinics/${encodeURIComponent(id)}/closures`, { body: closure }),
  removeClosure: (id: string, closureId: string) =>
    request<Clinic>("DELETE", `/clinics/${encodeURIComponent(id)}/closures/${encodeURIComponent(closureId)}`),
};
