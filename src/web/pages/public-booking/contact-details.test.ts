import { describe, expect, test } from "vitest";
import { clientOf, contactFieldOf, missingContactFields, NO_CONTACT } from "./contact-details.ts";

describe("the visitor's contact details", () => {
  test("names, phone and consent are needed before going on; e-mail is not", () => {
    expect(missingContactFields(NO_CONTACT)).toEqual(["firstName", "lastName", "phone", "consent"]);
    expect(
      missingContactFields({
        firstName: "Анна",
        lastName: " ",
        phone: "+7 916 000-00-00",
        email: "",
        consent: true,
      }),
    ).toEqual(["lastName"]);
  });

  test("server errors land at the box they are about", () => {
    expect(contactFieldOf("client.phone")).toBe("phone");
    expect(contactFieldOf("client.email")).toBe("email");
    expect(contactFieldOf("consentDataProcessing")).toBe("consent");
    expect(contactFieldOf("screening.subject.weightKg")).toBeNull();
  });

  test("an empty e-mail is left out of the request and text is trimmed", () => {
    expect(
      clientOf(
        { firstName: " Анна ", lastName: "Орлова", phone: "+7 916 000-00-00 ", email: " ", consent: true },
        "ru",
      ),
    ).toEqual({ firstName: "Анна", lastName: "Орлова", phone: "+7 916 000-00-00", language: "ru" });
  });
});
