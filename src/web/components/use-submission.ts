import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { problemMessage } from "../i18n/problem-message.ts";

export interface Submission {
  pending: boolean;
  error: unknown;
  /** The form-level message for the last failure, or null. */
  formError: string | null;
  /** The translated message for one API field, or undefined. */
  fieldError: (field: string) => string | undefined;
  /** Runs a write; returns its result, or undefined when it failed (the error is then shown). */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  reset: () => void;
  /** Attach to the form: after a failure, focus moves to its first invalid field. */
  formRef: RefObject<HTMLFormElement | null>;
}

/** State of one form's writes: pending, the failure, and its messages per field. */
export function useSubmission(): Submission {
  const i18n = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    invalid?.focus();
  }, [error]);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  const fieldError = (field: string) => {
    const message = error instanceof ApiError ? error.messageFor(field) : undefined;
    return message === undefined ? undefined : i18n.serverMessage(message);
  };

  return {
    pending,
    error,
    formError: error ? problemMessage(error, i18n) : null,
    fieldError,
    run,
    reset: () => setError(null),
    formRef,
  };
}
