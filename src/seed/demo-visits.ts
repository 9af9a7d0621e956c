// Who comes to the demo clinic when: a plausible day of every procedure it offers, spread
// over its practitioners and rooms. Each client comes at most once a day. Григорьев
// (hypertension) comes for the one procedure a physician cleared him for; Ковалёв is on a
// course; Иванова and Сидорова have had no intake screening yet. Николаева comes today
// only, leaving the days ahead free to plan her a course.

export interface Visit {
  /** Wished clinic-local start, "HH:MM". */
  at: string;
  procedureId: string;
  /** The client's last name. */
  client: string;
}

/**
 * The first visit of the seed day: a client the desk can check in at once (check-in opens
 * an hour before the session). The first procedure someone can take in that hour is booked;
 * the cryosauna runs through all opening hours, weekends included.
 */
export const SOON = {
  client: "Васильев",
  procedureIds: ["ent-cryotherapy", "cryodestruction", "cryosauna"],
  /** Time for the client to arrive. */
  earliestMinutes: 15,
  latestMinutes: 60,
};

/**
 * The rest of the seed day, from this long after the seed on: the hour after the first
 * visit stays free for walk-ins.
 */
export const TODAY_FROM_MINUTES = 90;

export const TODAY: readonly Visit[] = [
  { at: "09:30", procedureId: "cryosauna", client: "Петров" },
  { at: "10:30", procedureId: "ice-cryomassage", client: "Белова" },
  { at: "11:30", procedureId: "cryodestruction", client: "Федоров" },
  { at: "12:30", procedureId: "nitrogen-cryomassage", client: "Орлова" },
  { at: "14:00", procedureId: "cryolipolysis", client: "Захарова" },
  { at: "16:00", procedureId: "local-cold-therapy", client: "Smith" },
  { at: "18:30", procedureId: "cryosauna", client: "Николаева" },
];

export const NEXT_DAY: readonly Visit[] = [
  { at: "09:30", procedureId: "nitrogen-cryomassage", client: "Белова" },
  { at: "10:00", procedureId: "local-cold-therapy", client: "Васильев" },
  { at: "11:00", procedureId: "ent-cryotherapy", client: "Петров" },
  { at: "12:00", procedureId: "ice-cryomassage", client: "Smith" },
  { at: "13:30", procedureId: "cryodestruction", client: "Захарова" },
  { at: "15:00", procedureId: "cryolipolysis", client: "Орлова" },
  { at: "16:00", procedureId: "local-cold-therapy", client: "Григорьев" },
  { at: "18:30", procedureId: "cryosauna", client: "Федоров" },
];

/**
 * How long after its wished time a visit may still start. Past that (the practitioner is
 * off that day, the clinic closes) the visit is left out rather than moved far away.
 */
export const LATEST_DELAY_MINUTES = 90;

/** Each kind of work has its own room, while that room is free. */
export const ROOM_OF: Readonly<Record<string, string>> = {
  "ice-cryomassage": "Кабинет 1",
  "nitrogen-cryomassage": "Кабинет 1",
  cryolipolysis: "Кабинет 1",
  "local-cold-therapy": "Кабинет 2",
  "ent-cryotherapy": "Кабинет 2",
  cryodestruction: "Процедурная",
};
