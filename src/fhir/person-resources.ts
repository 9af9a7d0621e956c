import { normalizeIcd10 } from "../catalog/icd10.ts";
import { type Client, type Consents, fullName } from "../domain/clients.ts";
import type { ScreeningCondition } from "../screening/contract.ts";
import { CRYODESK, coded, derivedId, HL7, ICD10, instant, LOINC, ref } from "./datatypes.ts";
import type * as R4 from "./r4-types.ts";
import type { RecordedCondition } from "./record-inputs.ts";

// The client themselves as FHIR R4: who they are, what they have and what they consented to.

const ACT_REASON = `${HL7}/v3-ActReason`;

export function patientResource(client: Omit<Client, "notes" | "consents" | "createdAt">): R4.Patient {
  const telecom: R4.ContactPoint[] = [
    ...(client.phone ? [{ system: "phone" as const, value: client.phone }] : []),
    ...(client.email ? [{ system: "email" as const, value: client.email }] : []),
  ];
  return {
    resourceType: "Patient",
    id: client.id,
    meta: { lastUpdated: instant(client.updatedAt) },
    active: client.archivedAt === null,
    name: [
      {
        use: "official",
        text: fullName(client),
        family: client.lastName,
        // A Russian patronymic is the second given name.
        given: [client.firstName, ...(client.middleName ? [client.middleName] : [])],
      },
    ],
    ...(telecom.length > 0 && { telecom }),
    ...(client.sex && { gender: client.sex }),
    ...(client.birthDate && { birthDate: client.birthDate }),
    communication: [{ language: coded("urn:ietf:bcp:47", client.language), preferred: true }],
  };
}

export function practitionerResource(practitioner: { id: string; name: string }): R4.Practitioner {
  return { resourceType: "Practitioner", id: practitioner.id, name: [{ text: practitioner.name }] };
}

/** A screening condition's code: ICD-10 for a disease, the catalog's id for a factor that is not one. */
export function conditionCodings(condition: Pick<ScreeningCondition, "icd10" | "id">): R4.Coding[] {
  return [
    ...(condition.icd10 ? [{ system: ICD10, code: normalizeIcd10(condition.icd10) }] : []),
    ...(condition.id ? [{ system: CRYODESK.condition, code: condition.id }] : []),
  ];
}

/** "history" is a past condition: resolved, which CDS Hooks reads back as history. */
export function conditionClinicalStatus(status: ScreeningCondition["status"]): R4.Coding {
  return { system: `${HL7}/condition-clinical`, code: status === "history" ? "resolved" : "active" };
}

export function conditionResources(
  clientId: string,
  conditions: readonly RecordedCondition[],
): R4.Condition[] {
  return conditions.map((condition) => {
    const coding = conditionCodings(condition);
    return {
      resourceType: "Condition",
      id: condition.resourceId,
      clinicalStatus: { coding: [conditionClinicalStatus(condition.status)] },
      category: [coded(`${HL7}/condition-category`, "problem-list-item", "Problem List Item")],
      code: { ...(coding.length > 0 && { coding }), ...(condition.text && { text: condition.text }) },
      ...(condition.site && { bodySite: [coded(CRYODESK.site, condition.site)] }),
      subject: ref("Patient", clientId),
      ...(condition.recordedDate && { recordedDate: condition.recordedDate }),
    };
  });
}

/** The client's three consents, each an explicit permit or deny; the id derives from the client. */
export function consentResource(input: {
  clientId: string;
  consents: Consents;
  recordedAt: string | Date;
}): R4.Consent {
  const permit = (given: boolean) => (given ? "permit" : "deny");
  return {
    resourceType: "Consent",
    id: derivedId(`consent:${input.clientId}`),
    status: "active",
    scope: coded(`${HL7}/consentscope`, "patient-privacy", "Privacy Consent"),
    category: [coded(LOINC, "59284-0", "Patient Consent")],
    patient: ref("Patient", input.clientId),
    dateTime: instant(input.recordedAt),
    policyRule: { text: "Consents the client gave the clinic: data processing, marketing, photos." },
    provision: {
      provision: [
        {
          type: permit(input.consents.dataProcessing),
          purpose: [{ system: ACT_REASON, code: "TREAT", display: "treatment" }],
          code: [coded(CRYODESK.consent, "data-processing", "Processing of personal and health data")],
        },
        {
          type: permit(input.consents.marketing),
          purpose: [{ system: ACT_REASON, code: "HMARKT", display: "healthcare marketing" }],
          code: [coded(CRYODESK.consent, "marketing", "Marketing messages")],
        },
        {
          type: permit(input.consents.photos),
          code: [coded(CRYODESK.consent, "photos", "Photos of treated areas")],
        },
      ],
    },
  };
}
