import { describe, expect, test } from "vitest";
import { translateServerMessage } from "./server-messages.ts";

describe("translateServerMessage", () => {
  test("leaves English as the server wrote it", () => {
    expect(translateServerMessage("Required.", "en")).toBe("Required.");
  });

  test("translates known messages and fills in numbers from patterns", () => {
    expect(translateServerMessage("Not a valid e-mail address.", "ru")).toBe(
      "Неверный адрес электронной почты.",
    );
    expect(translateServerMessage("At most 100 characters.", "ru")).toBe("Не более 100 символов.");
  });

  test("translates a protocol value's documented range with its unit", () => {
    expect(translateServerMessage("Outside the documented 60–180 s.", "ru")).toBe(
      "Вне диапазона по источникам: 60–180\u00a0с.",
    );
    expect(translateServerMessage("Too big: expected number to be <=100", "ru")).toBe("Не больше 100.");
  });

  test("shows an unknown message untranslated rather than hiding it", () => {
    expect(translateServerMessage("Something new.", "ru")).toBe("Something new.");
  });
});
