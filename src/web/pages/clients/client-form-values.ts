import type { Client, ClientInput, Consents } from "../../api/types.ts";

// What the client form edits: strings for every text box, converted to the API's
// shape (empty → null) only when sent.

export interface ClientFormValues {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: "" | "female" | "male";
  phone: string;
  email: string;
  language: "ru" | "en";
  notes: string;
  consents: Consents;
}

export const EMPTY_CLIENT: ClientFormValues = {
  lastName: "",
  firstName: "",
  middleName: "",
  birthDate: "",
  sex: "",
  phone: "",
  email: "",
  language: "ru",
  notes: "",
  consents: { dataProcessing: false, marketing: false, photos: false },
};

export function valuesFromClient(client: Client): ClientFormValues {
  return {
    lastName: client.lastName,
    firstName: client.firstName,
    middleName: client.middleName ?? "",
    birthDate: client.birthDate ?? "",
    sex: client.sex ?? "",
    phone: client.phone ?? "",
    email: client.email ?? "",
    language: client.language,
    notes: client.notes,
    consents: { ...client.consents },
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

export function inputFromValues(values: ClientFormValues): ClientInput {
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    middleName: orNull(values.middleName),
    birthDate: orNull(values.birthDate),
    sex: values.sex === "" ? null : values.sex,
    phone: orNull(values.phone),
    email: orNull(values.email),
    language: values.language,
    notes: values.notes,
    consents: values.consents,
  };
}

/** "Surname Name Patronymic", as Russian clinics file their clients. */
export function clientName(client: Pick<Client, "lastName" | "firstName" | "middleName">): string {
  return [client.lastName, client.firstName, client.middleName].filter(Boolean).join(" ");
}
