// English text of the clinic protocol settings.

export const protocolsEn = {
  "protocol.title": "Protocols",
  "protocol.lead":
    "The values this clinic works with, procedure by procedure. A value outside the range the sources document is off-label: it is kept only with a written reason, and flagged.",
  "protocol.leadReadOnly":
    "The values this clinic works with, procedure by procedure. Only an owner or administrator can change them.",
  "protocol.clinicValues": "Clinic values",
  "protocol.noValues": "Not set",
  "protocol.offLabel": "Off-label",
  "protocol.sessionMinutes": "Session, minutes",
  "protocol.courseSessions": "Course, sessions",
  "protocol.spacingMin": "Shortest spacing, days",
  "protocol.spacingMax": "Longest spacing, days",
  "protocol.exposureGroup": "Exposure per method, seconds",
  "protocol.documented": "Documented: {range}.",
  "protocol.notDocumented": "The sources give no range to check against.",
  "protocol.offLabelReason": "Off-label reason",
  "protocol.offLabelReasonHint":
    "Why the clinic departs from the documented range, in at least 10 characters. It is kept in the audit log.",
  "protocol.offLabelSaved": "Off-label values are saved.",
  "protocol.offLabelReasonShown": "Reason: {reason}",
  "protocol.save": "Save protocol",
  "protocol.savedOffLabel": "Saved, flagged as off-label.",
  "problem.protocolOutOfRange":
    "Some values lie outside the documented range: correct them, or give an off-label reason to keep them.",
} as const;
