// The visitor's contact details as the form holds them, what is missing before they can
// go on, and which box a server error about them belongs to.

export interface ContactDetails {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  consent: boolean;
}

export type ContactField = keyof ContactDetails;

export const NO_CONTACT: ContactDetails = {
  firstName: "",
  lastName: "",
  phone: "",
  email: "",
  consent: false,
};

/** Required boxes left empty, in the order of the form: the server checks everything else. */
export function missingContactFields(details: ContactDetails): ContactField[] {
  const missing: ContactField[] = [];
  if (!details.firstName.trim()) missing.push("firstName");
  if (!details.lastName.trim()) missing.push("lastName");
  if (!details.phone.trim()) missing.push("phone");
  if (!details.consent) missing.push("consent");
  return missing;
}

/** The contact box a server field path ("client.phone", "consentDataProcessing") is about. */
export function contactFieldOf(path: string): ContactField | null {
  if (path === "consentDataProcessing") return "consent";
  const match = path.match(/^client\.(firstName|lastName|phone|email)$/);
  return match ? (match[1] as ContactField) : null;
}

/** The client part of the booking request: trimmed, an empty e-mail left out. */
export function clientOf(details: ContactDetails, language: string) {
  const email = details.email.trim();
  return {
    firstName: details.firstName.trim(),
    lastName: details.lastName.trim(),
    phone: details.phone.trim(),
    ...(email && { email }),
    language,
  };
}
