import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

// Labelled form controls. An error is shown under its field and tied to it with
// aria-describedby, so a screen reader reads it when the field gets focus.

interface FieldFrame {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Name of the API field whose error this control shows; tests and focus find it by this. */
  field?: string;
}

function describedBy(id: string, error: string | undefined, hint: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Frame(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  field?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div
      className={`field${props.error ? " field--invalid" : ""}${props.className ? ` ${props.className}` : ""}`}
      data-field={props.field}
    >
      <label htmlFor={props.id}>{props.label}</label>
      {/* The hint follows the control so controls side by side line up, whatever the hint's length. */}
      {props.children}
      {props.hint && (
        <p className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  error,
  hint,
  field,
  className,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} field={field} className={className}>
      <input
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </Frame>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  field,
  className,
  ...textarea
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} field={field} className={className}>
      <textarea
        id={id}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  error,
  hint,
  field,
  className,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} field={field} className={className}>
      <select
        id={id}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {children}
      </select>
    </Frame>
  );
}

export function CheckboxField({
  label,
  ...input
}: { label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
