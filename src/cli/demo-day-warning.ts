// Said on the console when the demo clinic was created but its day of screenings and
// appointments was not booked whole: the product still starts, with what was booked.

export function warnDemoDayIncomplete(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(
    `The demo clinic is ready, but its day of appointments was not booked in full (${reason}). Book more in the calendar.`,
  );
}
