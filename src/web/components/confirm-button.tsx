import { useEffect, useRef, useState } from "react";

/**
 * A button for an action that is hard to undo: the first press asks, the second does it.
 * The question stays in the page (no browser dialog) so it reads and styles like the rest.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const tone = props.danger ? "button button--danger" : "button";
  if (!asking) {
    return (
      <button type="button" className={tone} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm__question">{props.question}</legend>
      <button
        ref={confirm}
        type="button"
        className={tone}
        disabled={props.disabled}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
        {props.cancelLabel}
      </button>
    </fieldset>
  );
}
