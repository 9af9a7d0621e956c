// The weekday keys of opening hours, Monday first (as the API and Russian calendars order them).
// Kept here rather than imported from the domain, whose module also pulls in zod.
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
