import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18n.tsx";

/**
 * Onsets and recoveries on the clock of the device in hand: the same clock the onset was
 * typed on, so what is read back is what was entered.
 */
export function useDateTimeFormat(): (instant: string) => string {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
    return (instant: string) => format.format(new Date(instant));
  }, [language]);
}
