// The request the screening contract documents, used as a fixture by tests and the
// HTTP benchmark so all three speak of the same person.
export const CONTRACT_EXAMPLE = {
  date: "2026-11-20",
  subject: {
    birthDate: "1990-05-01",
    sex: "female",
    weightKg: 62,
    pregnant: false,
    bodyTemperatureC: 36.6,
    bloodPressure: { systolic: 120, diastolic: 80 },
  },
  conditions: [{ icd10: "G40" }, { id: "skin-damage", site: "face" }],
  recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-11-15" }],
  procedures: ["cryosauna", "nitrogen-cryomassage"],
  site: "face",
};
