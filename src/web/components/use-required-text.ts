import { type RefObject, useEffect, useState } from "react";

// One required text, typed into the form's textarea: the form opens on a press of a button,
// so the textarea takes the focus; sent blank, it says so there and takes the focus again.

export interface RequiredText {
  value: string;
  change: (value: string) => void;
  /** True once a blank was sent, until something is typed. */
  missing: boolean;
  /** The trimmed text, or null after pointing at the blank field. */
  filled: () => string | null;
}

export function useRequiredText(form: RefObject<HTMLFormElement | null>): RequiredText {
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);
  const focus = () => form.current?.querySelector("textarea")?.focus();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the form opens
  useEffect(focus, []);
  return {
    value,
    missing: missing && !value.trim(),
    change: (next) => {
      setValue(next);
      setMissing(false);
    },
    filled: () => {
      if (value.trim()) return value.trim();
      setMissing(true);
      focus();
      return null;
    },
  };
}
