import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, type FeedEvent, foldLine, renderCalendar, timeZoneComponent } from "./ical.ts";

const berlin = {
  name: "Криоцентр «Север»",
  address: "ул. Тверская, 1; вход со двора",
  timeZone: "Europe/Berlin",
};

function event(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    appointmentId: "6f1c2a54-0000-4000-8000-000000000001",
    start: new Date("2026-03-27T09:00:00Z"),
    end: new Date("2026-03-27T09:30:00Z"),
    status: "booked",
    sequence: 0,
    createdAt: new Date("2026-03-01T08:00:00Z"),
    updatedAt: new Date("2026-03-02T08:00:00Z"),
    offeringName: "Криосауна",
    course: null,
    clientName: "Иванова Анна Сергеевна",
    practitionerName: "Петров Пётр",
    clinic: berlin,
    ...overrides,
  };
}

const render = (events: FeedEvent[], ownerKind: "practitioner" | "client" = "practitioner") =>
  renderCalendar({
    ownerKind,
    name: "Cryodesk — Петров Пётр",
    language: "ru",
    events,
    now: new Date("2026-03-20T12:00:00Z"),
  });

const parsedEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

const octets = (line: string) => Buffer.byteLength(line, "utf8");

describe("line folding", () => {
  it("keeps every line within 75 octets and never splits a Cyrillic letter's bytes", () => {
    const summary = `SUMMARY:${"Криотерапия жидким азотом, общий курс — ".repeat(6)}`;
    const folded = foldLine(summary);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A split inside a two-byte letter would leave a replacement character after decoding.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
      expect(line).not.toContain("\uFFFD");
    }
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(summary);
  });

  it("fills lines up to the limit and keeps four-byte characters whole", () => {
    const folded = foldLine(`X:${"я".repeat(100)}🧊🧊🧊${"a".repeat(80)}`);
    const lines = folded.split("\r\n");
    // "X:" + 36 two-byte letters = 74 octets; a 37th would make 76.
    expect(octets(lines[0] as string)).toBe(74);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded).toContain("🧊");
    expect(folded.replace(/\r\n /g, "")).toBe(`X:${"я".repeat(100)}🧊🧊🧊${"a".repeat(80)}`);
  });

  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:Криосауна")).toBe("SUMMARY:Криосауна");
  });
});

describe("text escaping", () => {
  it("escapes backslashes, semicolons, commas and every kind of newline", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters a content line may not hold, keeping tabs", () => {
    expect(escapeText("Крио\u0000са\u0007уна\tзал")).toBe("Криосауна\tзал");
  });

  it("round-trips Russian text with separators through an independent parser", () => {
    const [parsed] = parsedEvents(
      render([event({ offeringName: "Криомассаж; лицо, шея\\декольте\nкурс 10" })]),
    );
    expect(parsed?.summary).toBe("Криомассаж; лицо, шея\\декольте\nкурс 10 — Иванова Анна Сергеевна");
    expect(parsed?.location).toBe("Криоцентр «Север», ул. Тверская, 1; вход со двора");
  });
});

describe("VTIMEZONE", () => {
  it("gives Europe/Berlin its 2026 summer and winter time with their local onsets", () => {
    const text = timeZoneComponent("Europe/Berlin", 2026, 2026).join("\n");
    expect(text).toContain(
      "BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT",
    );
    expect(text).toContain(
      "BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD",
    );
    // The observance in force on 1 January comes from the October 2025 change.
    expect(text).toContain("DTSTART:20251026T030000");
  });

  it("has only standard time for Europe/Moscow, at +03 since 2014", () => {
    const text = timeZoneComponent("Europe/Moscow", 2026, 2027).join("\n");
    expect(text).not.toContain("DAYLIGHT");
    expect(text.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(text).toContain("TZOFFSETTO:+0300");
  });

  it("covers every year the events touch", () => {
    const text = render([
      event(),
      event({ start: new Date("2027-07-01T08:00:00Z"), end: new Date("2027-07-01T09:00:00Z") }),
    ]);
    expect(text).toContain("DTSTART:20270328T020000");
    expect(text).toContain("DTSTART:20271031T030000");
  });
});

describe("the feed", () => {
  it("writes CRLF line endings only and parses with an independent parser", () => {
    const text = render([event()]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Cryodesk — Петров Пётр");
  });

  it("puts local times in the clinic's zone that resolve to the stored instants on both sides of DST", () => {
    const winter = event({ start: new Date("2026-03-27T09:00:00Z"), end: new Date("2026-03-27T09:30:00Z") });
    const summer = event({
      appointmentId: "6f1c2a54-0000-4000-8000-000000000002",
      start: new Date("2026-03-30T08:00:00Z"),
      end: new Date("2026-03-30T08:30:00Z"),
    });
    const text = render([winter, summer]);
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260327T100000");
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260330T100000");
    const [first, second] = parsedEvents(text);
    expect(first?.startDate.toJSDate().toISOString()).toBe("2026-03-27T09:00:00.000Z");
    expect(second?.startDate.toJSDate().toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(second?.startDate.utcOffset()).toBe(7200);
  });

  it("names the client in a practitioner's feed and the clinic in a client's", () => {
    expect(parsedEvents(render([event()]))[0]?.summary).toBe("Криосауна — Иванова Анна Сергеевна");
    const [forClient] = parsedEvents(render([event()], "client"));
    expect(forClient?.summary).toBe("Криосауна — Криоцентр «Север»");
    expect(forClient?.description).toBe("Специалист: Петров Пётр");
  });

  it("marks cancelled appointments and no-shows as cancelled, with their sequence", () => {
    const text = render([
      event({ status: "cancelled", sequence: 3 }),
      event({ appointmentId: "6f1c2a54-0000-4000-8000-000000000003", status: "no-show", sequence: 1 }),
      event({ appointmentId: "6f1c2a54-0000-4000-8000-000000000004", status: "completed" }),
    ]);
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(vevents.map((v) => v.getFirstPropertyValue("status"))).toEqual([
      "CANCELLED",
      "CANCELLED",
      "CONFIRMED",
    ]);
    expect(vevents.map((v) => v.getFirstPropertyValue("sequence"))).toEqual([3, 1, 0]);
    expect(vevents[1]?.getFirstPropertyValue("description")).toBe("Клиент не пришёл (неявка).");
    expect(vevents[0]?.getFirstPropertyValue("uid")).toBe("6f1c2a54-0000-4000-8000-000000000001@cryodesk");
  });
});

describe("course sessions in a feed", () => {
  it("name the course and the session's number, and show a paused course's session as cancelled", () => {
    const text = render(
      [
        event({ course: { name: "Криосауна", session: 3, sessions: 20 } }),
        event({
          appointmentId: "6f1c2a54-0000-4000-8000-000000000002",
          status: "suspended",
          course: { name: "Криосауна", session: 4, sessions: 20 },
        }),
      ],
      "client",
    );
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("summary"))).toEqual([
      "Криосауна 3/20 — Криоцентр «Север»",
      "Криосауна 4/20 — Криоцентр «Север»",
    ]);
    expect(events.map((e) => e.getFirstPropertyValue("status"))).toEqual(["CONFIRMED", "CANCELLED"]);
  });
});
