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

  test("translates the booking setup's field errors", () => {
    expect(translateServerMessage("The end must come after the start.", "ru")).toBe(
      "Окончание должно быть позже начала.",
    );
    expect(translateServerMessage("Name the kind of device, e.g. cryolipolysis-apparatus.", "ru")).toBe(
      "Укажите вид аппарата, например cryolipolysis-apparatus.",
    );
    expect(translateServerMessage("Choose at least one qualification.", "ru")).toBe(
      "Выберите хотя бы одну квалификацию.",
    );
    expect(translateServerMessage("Use room, cryosauna-cabin, dewar or device:<device kind>.", "ru")).toBe(
      "Укажите room, cryosauna-cabin, dewar или device:<вид аппарата>.",
    );
  });

  test("counts days and minutes in the form the number asks for", () => {
    expect(translateServerMessage("At most 366 days.", "ru")).toBe("Не более 366\u00a0дней.");
    expect(translateServerMessage("At most 31 days at once.", "ru")).toBe(
      "Не более 31\u00a0дня за один раз.",
    );
    expect(translateServerMessage("Check-in opens 60 minutes before the session.", "ru")).toBe(
      "Отметить приход можно не раньше чем за 60\u00a0минут до начала сеанса.",
    );
    expect(translateServerMessage("Check-in opens 2 minutes before the session.", "ru")).toBe(
      "Отметить приход можно не раньше чем за 2\u00a0минуты до начала сеанса.",
    );
  });

  test("translates why a booking is refused: the time, the consent, the screening", () => {
    expect(translateServerMessage("This time is no longer free. Choose another.", "ru")).toBe(
      "Это время уже занято. Выберите другое.",
    );
    expect(translateServerMessage("The clinic is closed that day.", "ru")).toBe(
      "В этот день клиника закрыта.",
    );
    expect(translateServerMessage("Consent to the processing of your data is needed to book.", "ru")).toBe(
      "Для записи нужно согласие на обработку персональных данных.",
    );
    expect(
      translateServerMessage("The client's screening postpones this procedure until 2026-12-01.", "ru"),
    ).toBe("По скринингу клиента эту процедуру нужно отложить до 01.12.2026.");
    expect(translateServerMessage("The client's screening postpones this procedure.", "ru")).toBe(
      "По скринингу клиента эту процедуру нужно отложить.",
    );
  });

  test("names the status that forbids a change to an appointment or a course", () => {
    expect(translateServerMessage("A cancelled appointment cannot be moved.", "ru")).toBe(
      "Запись со статусом «Отменена» нельзя перенести.",
    );
    expect(translateServerMessage("A completed appointment cannot be marked as a no-show.", "ru")).toBe(
      "Запись со статусом «Завершена» нельзя отметить как неявку.",
    );
    expect(translateServerMessage("A paused course cannot be planned again. Resume it first.", "ru")).toBe(
      "Курс со статусом «Приостановлен» нельзя спланировать заново. Сначала возобновите его.",
    );
    expect(translateServerMessage("Session 4 has just been taken. Plan the course again.", "ru")).toBe(
      "Время сеанса 4 только что заняли. Спланируйте курс заново.",
    );
  });

  test("shows an unknown message untranslated rather than hiding it", () => {
    expect(translateServerMessage("Something new.", "ru")).toBe("Something new.");
  });
});
