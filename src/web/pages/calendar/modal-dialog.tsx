import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

// A modal <dialog>: the page behind it is inert, Tab cycles inside it, Escape and the
// close button close it, and focus goes back to what opened it (found again by
// `returnFocusTo`, since the calendar may have redrawn that element meanwhile).

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

export function ModalDialog(props: {
  title: ReactNode;
  onClose: () => void;
  /** A selector for the element to focus after closing; the element focused before opening otherwise. */
  returnFocusTo?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onClose, returnFocusTo } = props;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      element.close();
      const target = (returnFocusTo && document.querySelector<HTMLElement>(returnFocusTo)) || opener;
      if (target?.isConnected) target.focus();
    };
  }, [returnFocusTo]);

  // Tab from the last control goes to the first and back, never out to the page behind.
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: closed by the page's state, so React and the element agree.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__header">
        <h2 id={titleId} className="modal__title">
          {props.title}
        </h2>
        <button type="button" className="button button--quiet button--small modal__close" onClick={onClose}>
          {t("calendar.close")}
        </button>
      </div>
      <div className="modal__body">{props.children}</div>
    </dialog>
  );
}
