import type { ReactNode } from "react";
import type { Clearance, Verdict } from "../../../api/screening-types.ts";
import { VerdictBadge } from "../../../components/verdict-badge.tsx";
import { useI18n } from "../../../i18n/i18n.tsx";

/**
 * A procedure's verdict in one line: name, badge, how long a postponement lasts, an action
 * (a physician's "clear"), and who cleared it.
 */
export function VerdictDetail(props: {
  name: string;
  verdict: Verdict;
  until: string | null;
  clearedBy: Clearance | null;
  action?: ReactNode;
}) {
  const { t, formatDate } = useI18n();
  return (
    <div className="verdict-detail">
      <span className="verdict-detail__name">{props.name}</span>
      <VerdictBadge verdict={props.verdict} audience="staff" />
      {props.verdict === "postpone" && (
        <span className="verdict-detail__until">
          {props.until
            ? t("screening.until", { date: formatDate(props.until) })
            : t("screening.untilRescreen")}
        </span>
      )}
      {props.action}
      {props.clearedBy && (
        <p className="verdict-detail__cleared">
          <span aria-hidden="true">✓ </span>
          {t("screening.clearedBy", {
            name: props.clearedBy.reviewedBy.name,
            reason: props.clearedBy.reason,
          })}{" "}
          <span className="muted">({formatDate(props.clearedBy.reviewedAt)})</span>
        </p>
      )}
    </div>
  );
}
