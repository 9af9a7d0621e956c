import { describe, expect, test } from "vitest";
import { clientName, EMPTY_CLIENT, inputFromValues } from "./client-form-values.ts";

describe("inputFromValues", () => {
  test("sends empty optional fields as null and trims text", () => {
    const input = inputFromValues({
      ...EMPTY_CLIENT,
      lastName: " Иванова ",
      firstName: "Мария",
      phone: "  ",
    });
    expect(input).toMatchObject({
      lastName: "Иванова",
      firstName: "Мария",
      middleName: null,
      birthDate: null,
      sex: null,
      phone: null,
      email: null,
    });
  });
});

describe("clientName", () => {
  test("puts the surname first and skips a missing patronymic", () => {
    expect(clientName({ lastName: "Сидорова", firstName: "Екатерина", middleName: null })).toBe(
      "Сидорова Екатерина",
    );
  });
});
