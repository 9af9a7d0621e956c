import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../clinics.ts";
import {
  firstInstantOfWallClock,
  formatInstant,
  type LocalDay,
  localDateOf,
  localDateRange,
  localDays,
  openingIntervals,
  startOfLocalDay,
  wallClockInstant,
} from "./local-time.ts";

const instant = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const HOUR = 3_600_000;
const dayOf = (date: string, zone: string): LocalDay => {
  const start = startOfLocalDay(date, zone);
  const day = localDays({ start, end: start + 1 }, zone)[0];
  if (!day) throw new Error(`no day ${date}`);
  return day;
};
const shown = (t: number | undefined, zone: string) => (t === undefined ? undefined : formatInstant(t, zone));

describe("clinic-local time", () => {
  it("knows the local date and the start of a local day, Moscow being UTC+3 all year", () => {
    const oneAmLocal = instant("2026-03-09T22:00:00Z");
    expect(localDateOf(oneAmLocal, "Europe/Moscow")).toBe("2026-03-10");
    expect(startOfLocalDay("2026-03-10", "Europe/Moscow")).toBe(instant("2026-03-09T21:00:00Z"));
    expect(formatInstant(oneAmLocal, "Europe/Moscow")).toBe("2026-03-10T01:00:00+03:00");
    expect(localDateRange("2026-03-10", "2026-03-12", "Europe/Moscow")).toEqual({
      start: instant("2026-03-09T21:00:00Z"),
      end: instant("2026-03-11T21:00:00Z"),
    });
  });

  it("formats instants with the offset in force on each side of a DST change", () => {
    expect(formatInstant(instant("2026-03-28T09:00:00Z"), "Europe/Berlin")).toBe("2026-03-28T10:00:00+01:00");
    expect(formatInstant(instant("2026-03-29T08:00:00Z"), "Europe/Berlin")).toBe("2026-03-29T10:00:00+02:00");
  });

  it("has a 23-hour spring-forward day whose skipped 02:30 moves to 03:30 or is not there at all", () => {
    const day = dayOf("2026-03-29", "Europe/Berlin");
    expect(day.weekday).toBe("sun");
    expect(day.end - day.start).toBe(23 * HOUR);
    expect(shown(wallClockInstant(day, 150), "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
    expect(firstInstantOfWallClock(day, 150)).toBeUndefined();
    expect(shown(firstInstantOfWallClock(day, 600), "Europe/Berlin")).toBe("2026-03-29T10:00:00+02:00");
  });

  it("has a 25-hour fall-back day whose repeated 02:30 is its first occurrence", () => {
    const day = dayOf("2026-10-25", "Europe/Berlin");
    expect(day.end - day.start).toBe(25 * HOUR);
    expect(shown(wallClockInstant(day, 150), "Europe/Berlin")).toBe("2026-10-25T02:30:00+02:00");
    expect(shown(firstInstantOfWallClock(day, 150), "Europe/Berlin")).toBe("2026-10-25T02:30:00+02:00");
    expect(shown(wallClockInstant(day, 1440), "Europe/Berlin")).toBe("2026-10-26T00:00:00+01:00");
  });

  it("turns weekly hours into instants at the same local time on both sides of a DST change", () => {
    const daily = [{ open: "10:00", close: "12:00" }];
    const hours: OpeningHours = {
      mon: daily,
      tue: daily,
      wed: daily,
      thu: daily,
      fri: daily,
      sat: daily,
      sun: daily,
    };
    const window = localDateRange("2026-03-28", "2026-03-31", "Europe/Berlin");
    const closures = [{ startsOn: "2026-03-30", endsOn: "2026-03-30" }];
    const opening = openingIntervals(hours, closures, "Europe/Berlin", window).map((i) => [
      formatInstant(i.start, "Europe/Berlin"),
      formatInstant(i.end, "Europe/Berlin"),
    ]);
    expect(opening).toEqual([
      ["2026-03-28T10:00:00+01:00", "2026-03-28T12:00:00+01:00"],
      ["2026-03-29T10:00:00+02:00", "2026-03-29T12:00:00+02:00"],
    ]);
  });

  it("joins a day closing at 24:00 to the next day opening at 00:00", () => {
    const hours: OpeningHours = {
      mon: [{ open: "20:00", close: "24:00" }],
      tue: [{ open: "00:00", close: "02:00" }],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    };
    const window = localDateRange("2026-03-09", "2026-03-11", "Europe/Moscow");
    expect(openingIntervals(hours, [], "Europe/Moscow", window)).toEqual([
      { start: instant("2026-03-09T17:00:00Z"), end: instant("2026-03-09T23:00:00Z") },
    ]);
  });

  // Zones with DST at midnight, half-hour DST, 45-minute offsets and irregular changes.
  const zones = [
    "Europe/Berlin",
    "America/Sao_Paulo",
    "America/Havana",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Africa/Casablanca",
    "Asia/Beirut",
  ];
  const changesOf = (zone: string) => {
    const changes: number[] = [];
    let cursor: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({
      year: 2018,
      month: 6,
      day: 1,
      timeZone: zone,
    });
    while (cursor && cursor.year < 2027) {
      cursor = cursor.getTimeZoneTransition("next");
      if (cursor) changes.push(cursor.epochMilliseconds);
    }
    return changes;
  };
  const nearChanges = zones.flatMap((zone) => changesOf(zone).map((at) => ({ zone, at })));

  it("converts wall-clock times around every real offset change exactly as Temporal does", () => {
    expect(nearChanges.length).toBeGreaterThan(100);
    for (const { zone, at } of nearChanges) {
      const days = localDays({ start: at - 36 * HOUR, end: at + 36 * HOUR }, zone);
      const changeDays = new Set([localDateOf(at - 1, zone), localDateOf(at, zone)]);
      for (const day of days) {
        const plainDate = Temporal.PlainDate.from(day.date);
        expect(day.start).toBe(plainDate.toZonedDateTime(zone).epochMilliseconds);
        expect(day.end).toBe(plainDate.add({ days: 1 }).toZonedDateTime(zone).epochMilliseconds);
        if (!changeDays.has(day.date)) continue;
        // Every offset change in these zones falls on a quarter hour.
        for (let minutes = 0; minutes < 1440; minutes += 15) {
          const wall = plainDate.toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
          const compatible = wall.toZonedDateTime(zone, { disambiguation: "compatible" });
          const earlier = wall.toZonedDateTime(zone, { disambiguation: "earlier" });
          const exists = earlier.toPlainDateTime().equals(wall);
          const context = `${zone} ${wall}`;
          expect(wallClockInstant(day, minutes), context).toBe(compatible.epochMilliseconds);
          expect(firstInstantOfWallClock(day, minutes), context).toBe(
            exists ? earlier.epochMilliseconds : undefined,
          );
        }
      }
    }
  });

  it("lists consecutive local days, each ending where the next begins", () => {
    const range = { start: instant("2026-10-20T12:00:00Z"), end: instant("2026-11-05T00:00:00Z") };
    const days = localDays(range, "America/Havana");
    expect(days[0]?.date).toBe("2026-10-20");
    expect(days.at(-1)?.date).toBe("2026-11-04");
    for (let k = 1; k < days.length; k++) expect(days[k]?.start).toBe(days[k - 1]?.end);
  });
});

describe("writing an instant in the clinic's zone", () => {
  it("writes exactly what Temporal writes, on both sides of every change, in awkward zones", () => {
    const zones = [
      "Europe/Berlin",
      "Europe/Moscow",
      "America/New_York",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "America/St_Johns",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        // Minutes around 2018–2030, and some odd seconds.
        fc.integer({ min: 25_000_000, max: 32_000_000 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, minute, second) => {
          const instant = minute * 60_000 + second * 1000;
          const temporal = Temporal.Instant.fromEpochMilliseconds(instant)
            .toZonedDateTimeISO(zone)
            .toString({ timeZoneName: "never" });
          expect(formatInstant(instant, zone)).toBe(temporal);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("switches offset at the exact minute of Berlin's spring change", () => {
    const change = Date.parse("2026-03-29T01:00:00Z");
    expect(formatInstant(change - 60_000, "Europe/Berlin")).toBe("2026-03-29T01:59:00+01:00");
    expect(formatInstant(change, "Europe/Berlin")).toBe("2026-03-29T03:00:00+02:00");
  });
});
