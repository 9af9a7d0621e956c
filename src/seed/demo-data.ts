import type { OpeningHours } from "../domain/clinics.ts";
import type { Qualification, Role } from "../domain/roles.ts";

// The demo clinic a fresh install starts with: a Moscow practice with every role
// on staff and a dozen clients, so every screen has something to show.

export const DEMO_ORGANISATION_ID = "0000d3e0-0000-4000-8000-000000000001";
export const DEMO_PASSWORD = "cryodesk-demo";
export const DEMO_LOGIN = "owner@demo.cryodesk.dev";

const weekday = [{ open: "09:00", close: "21:00" }];
export const DEMO_OPENING_HOURS: OpeningHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [{ open: "10:00", close: "18:00" }],
  sun: [],
};

export const DEMO_CLINIC = {
  name: "Криоклиника «Иней»",
  city: "Moscow",
  address: "ул. Пречистенка, 12, Москва",
  timeZone: "Europe/Moscow",
  currency: "RUB",
};

export const DEMO_RESOURCES: { name: string; kind: string; deviceKind: string | null }[] = [
  { name: "Кабинет 1", kind: "room", deviceKind: null },
  { name: "Кабинет 2", kind: "room", deviceKind: null },
  { name: "Процедурная", kind: "room", deviceKind: null },
  { name: "Криосауна", kind: "cryosauna-cabin", deviceKind: null },
  { name: "Аппарат криолиполиза", kind: "device", deviceKind: "cryolipolysis-apparatus" },
  { name: "Криодеструктор (спрей)", kind: "device", deviceKind: "nitrogen-spray-unit" },
  { name: "Сосуд Дьюара 35 л", kind: "dewar", deviceKind: null },
  // So the demo's otolaryngologist has a procedure to book.
  { name: "ЛОР-криоаппарат", kind: "device", deviceKind: "ent-cryo-device" },
];

/**
 * Demo prices in RUB minor units for procedures the source articles do not price; a
 * procedure they do price (nitrogen cryomassage) sells at the median of their rows.
 * Plausible Moscow prices, not sourced.
 */
export const DEMO_PRICES_MINOR: Record<string, number> = {
  "ice-cryomassage": 90_000,
  cryolipolysis: 1_200_000,
  cryosauna: 150_000,
  cryodestruction: 200_000,
  "ent-cryotherapy": 250_000,
  "local-cold-therapy": 100_000,
  "device-cryomassage": 300_000,
  cryoelectrophoresis: 250_000,
  "scalp-darsonvalization": 80_000,
};

/** Where the demo clinic departs from the catalog's suggestions. */
export const DEMO_OFFERING_OVERRIDES: Record<string, { resourceTypes: string[] }> = {
  // The demo clinic freezes growths with its spray unit.
  cryodestruction: { resourceTypes: ["room", "device:nitrogen-spray-unit"] },
};

const weekdays = (open: string, close: string, saturday: OpeningHours["sat"] = []): OpeningHours => {
  const day = [{ open, close }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: saturday, sun: [] };
};

export const DEMO_STAFF: {
  name: string;
  email: string;
  roles: Role[];
  qualifications: Qualification[];
  /** A practitioner's weekly hours at the demo clinic. */
  workingHours?: OpeningHours;
}[] = [
  { name: "Ольга Смирнова", email: DEMO_LOGIN, roles: ["owner"], qualifications: [] },
  { name: "Андрей Волков", email: "admin@demo.cryodesk.dev", roles: ["admin"], qualifications: [] },
  {
    name: "Марина Соколова",
    email: "reception@demo.cryodesk.dev",
    roles: ["receptionist"],
    qualifications: [],
  },
  {
    name: "Елена Кузнецова",
    email: "cosmetologist@demo.cryodesk.dev",
    roles: ["practitioner"],
    qualifications: ["cosmetologist"],
    workingHours: weekdays("09:00", "18:00", [{ open: "10:00", close: "16:00" }]),
  },
  {
    name: "Игорь Лебедев",
    email: "dermatologist@demo.cryodesk.dev",
    roles: ["practitioner"],
    qualifications: ["dermatologist"],
    workingHours: weekdays("09:00", "18:00"),
  },
  {
    name: "Сергей Морозов",
    email: "ent@demo.cryodesk.dev",
    roles: ["practitioner"],
    qualifications: ["otolaryngologist"],
    workingHours: weekdays("09:00", "18:00"),
  },
  {
    name: "Наталья Попова",
    email: "physio@demo.cryodesk.dev",
    roles: ["practitioner"],
    qualifications: ["physiotherapist"],
    workingHours: weekdays("09:00", "18:00", [{ open: "10:00", close: "16:00" }]),
  },
  {
    name: "Анна Новикова",
    email: "nurse@demo.cryodesk.dev",
    roles: ["practitioner"],
    qualifications: ["nurse"],
    workingHours: weekdays("12:00", "21:00", [{ open: "10:00", close: "18:00" }]),
  },
];

export const DEMO_CLIENTS = [
  {
    lastName: "Иванова",
    firstName: "Мария",
    middleName: "Петровна",
    birthDate: "1988-03-14",
    sex: "female",
    phone: "+7 916 123-45-01",
  },
  {
    lastName: "Петров",
    firstName: "Алексей",
    middleName: "Игоревич",
    birthDate: "1979-11-02",
    sex: "male",
    phone: "+7 916 123-45-02",
  },
  {
    lastName: "Сидорова",
    firstName: "Екатерина",
    middleName: null,
    birthDate: "1995-07-21",
    sex: "female",
    phone: "+7 916 123-45-03",
  },
  {
    lastName: "Федоров",
    firstName: "Дмитрий",
    middleName: "Олегович",
    birthDate: "1984-01-30",
    sex: "male",
    phone: "+7 916 123-45-04",
  },
  {
    lastName: "Орлова",
    firstName: "Татьяна",
    middleName: "Викторовна",
    birthDate: "1972-09-09",
    sex: "female",
    phone: "+7 916 123-45-05",
  },
  {
    lastName: "Ковалёв",
    firstName: "Николай",
    middleName: null,
    birthDate: "1990-05-17",
    sex: "male",
    phone: "+7 916 123-45-06",
  },
  {
    lastName: "Белова",
    firstName: "Ирина",
    middleName: "Сергеевна",
    birthDate: "2001-12-24",
    sex: "female",
    phone: "+7 916 123-45-07",
  },
  {
    lastName: "Григорьев",
    firstName: "Павел",
    middleName: "Андреевич",
    birthDate: "1966-04-11",
    sex: "male",
    phone: "+7 916 123-45-08",
  },
  {
    lastName: "Захарова",
    firstName: "Ольга",
    middleName: null,
    birthDate: "1993-08-05",
    sex: "female",
    phone: "+7 916 123-45-09",
  },
  {
    lastName: "Smith",
    firstName: "Emily",
    middleName: null,
    birthDate: "1987-02-19",
    sex: "female",
    phone: "+44 7700 900123",
    language: "en",
  },
  {
    lastName: "Николаева",
    firstName: "Светлана",
    middleName: "Юрьевна",
    birthDate: "1981-06-28",
    sex: "female",
    phone: "+7 916 123-45-11",
  },
  {
    lastName: "Васильев",
    firstName: "Артём",
    middleName: null,
    birthDate: "1999-10-03",
    sex: "male",
    phone: "+7 916 123-45-12",
  },
] as const;
