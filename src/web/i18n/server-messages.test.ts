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

  test("translates the screening's input errors, with the offending value", () => {
    expect(translateServerMessage("A recent procedure cannot be after the screening date.", "ru")).toBe(
      "Дата процедуры не может быть позже даты скрининга.",
    );
    expect(translateServerMessage('Unknown condition id "nope".', "ru")).toBe(
      "Неизвестное заболевание «nope».",
    );
    expect(translateServerMessage('"XX" is not an ICD-10 code (e.g. G40, I82.9).', "ru")).toBe(
      "«XX» — не код МКБ-10 (например, G40, I82.9).",
    );
    expect(translateServerMessage("Too small: expected number to be >0", "ru")).toBe("Должно быть больше 0.");
  });

  test("shows an unknown message untranslated rather than hiding it", () => {
    expect(translateServerMessage("Something new.", "ru")).toBe("Something new.");
  });
});
