import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { problemMessage } from "../i18n/problem-message.ts";

/** What a page shows while its data loads or when loading failed; the children once it is there. */
export function LoadState<T>(props: {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  children: (data: T) => ReactNode;
}) {
  const i18n = useI18n();
  if (props.error) {
    return (
      <p className="notice notice--error" role="alert">
        {problemMessage(props.error, i18n)}
      </p>
    );
  }
  if (props.data === undefined) {
    return (
      <p className="loading" role="status">
        {i18n.t("common.loading")}
      </p>
    );
  }
  return <>{props.children(props.data)}</>;
}
