import type { AppointmentView } from "../store/appointment-read-store.ts";
import { PROCEDURE_SYSTEM } from "./cds-hooks.ts";
import { CRYODESK, coded, instant, ref } from "./datatypes.ts";
import type * as R4 from "./r4-types.ts";
import type { Lang, SessionRecord } from "./record-inputs.ts";

// The client's visits as FHIR R4: each appointment, and each session as the Procedure done.

const PROCEDURE_METHOD_URL = "http://hl7.org/fhir/StructureDefinition/procedure-method";

const APPOINTMENT_STATUS: Record<AppointmentView["status"], R4.AppointmentStatusCode> = {
  booked: "booked",
  "checked-in": "checked-in",
  completed: "fulfilled",
  cancelled: "cancelled",
  "no-show": "noshow",
};

export function appointmentResource(
  appointment: Pick<
    AppointmentView,
    | "id"
    | "client"
    | "offering"
    | "practitioner"
    | "resources"
    | "start"
    | "end"
    | "status"
    | "notes"
    | "cancelReason"
    | "course"
    | "createdAt"
  >,
): R4.Appointment {
  const course = appointment.course;
  // Rooms and devices are not exported as resources: named and identified, not linked.
  const resources: R4.AppointmentParticipant[] = appointment.resources.map((resource) => ({
    actor: {
      type: resource.type === "room" ? "Location" : "Device",
      identifier: { system: CRYODESK.resource, value: resource.id },
      display: resource.name,
    },
    required: "required",
    status: "accepted",
  }));
  return {
    resourceType: "Appointment",
    id: appointment.id,
    status: APPOINTMENT_STATUS[appointment.status],
    ...(appointment.status === "cancelled" &&
      appointment.cancelReason && { cancelationReason: { text: appointment.cancelReason } }),
    serviceType: [
      coded(PROCEDURE_SYSTEM, appointment.offering.procedureId, undefined, appointment.offering.name),
    ],
    description: course
      ? `${appointment.offering.name}: ${course.name}, ${course.session}/${course.sessions}`
      : appointment.offering.name,
    start: instant(appointment.start),
    end: instant(appointment.end),
    created: instant(appointment.createdAt),
    ...(appointment.notes && { comment: appointment.notes }),
    participant: [
      {
        actor: ref("Patient", appointment.client.id, appointment.client.name),
        required: "required",
        status: "accepted",
      },
      {
        actor: ref("Practitioner", appointment.practitioner.id, appointment.practitioner.name),
        required: "required",
        status: "accepted",
      },
      ...resources,
    ],
  };
}

/** The session as a Procedure, with its cabin or apparatus as a contained Device. */
const DISCHARGE_TEXT = {
  note: { en: "Condition at discharge", ru: "Состояние при выписке" },
  early: { en: "Discharged before the end of observation", ru: "Выписан до конца наблюдения" },
} as const;

export function procedureResource(session: SessionRecord, lang: Lang = "en"): R4.Procedure {
  const device = session.device;
  const areas = [...new Set(session.exposures.map((exposure) => exposure.area))];
  const { discharge } = session;
  const notes: R4.Annotation[] = [
    ...(session.notes ? [{ text: session.notes }] : []),
    ...(discharge
      ? [
          { time: instant(discharge.at), text: `${DISCHARGE_TEXT.note[lang]}: ${discharge.note}` },
          ...(discharge.earlyReason
            ? [
                {
                  time: instant(discharge.at),
                  text: `${DISCHARGE_TEXT.early[lang]}: ${discharge.earlyReason}`,
                },
              ]
            : []),
        ]
      : []),
  ];
  return {
    resourceType: "Procedure",
    id: session.id,
    extension: [{ url: PROCEDURE_METHOD_URL, valueCodeableConcept: coded(CRYODESK.method, session.method) }],
    ...(device && {
      contained: [
        {
          resourceType: "Device",
          id: "device",
          identifier: [{ system: CRYODESK.resource, value: device.id }],
          deviceName: [{ name: device.name, type: "user-friendly-name" }],
          type: coded(CRYODESK.resourceType, device.kind),
        },
      ],
    }),
    status: session.finishedAt ? "completed" : "in-progress",
    code: coded(PROCEDURE_SYSTEM, session.procedureId, session.procedureName.en, session.procedureName[lang]),
    subject: ref("Patient", session.clientId),
    performedPeriod: {
      start: instant(session.startedAt),
      ...(session.finishedAt && { end: instant(session.finishedAt) }),
    },
    performer: [{ actor: ref("Practitioner", session.practitioner.id, session.practitioner.name) }],
    ...(areas.length > 0 && { bodySite: areas.map((area) => ({ text: area })) }),
    ...(session.outcome && { outcome: { text: session.outcome } }),
    ...(notes.length > 0 && { note: notes }),
    ...(device && { usedReference: [{ reference: "#device", display: device.name }] }),
  };
}
