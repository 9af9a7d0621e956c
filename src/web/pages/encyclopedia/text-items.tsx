import type { ReactNode } from "react";
import type { Evidence, Localized } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";

type TextItem = Partial<Evidence> & { text: Localized };

/** Sentences from the articles, each with its sources; "none stated" when there are none. */
export function TextItems<T extends TextItem>(props: {
  items: readonly T[];
  ordered?: boolean;
  /** Something to show before an item's text, e.g. the method a step belongs to. */
  prefix?: (item: T) => ReactNode;
}) {
  const { t, language } = useI18n();
  if (props.items.length === 0) return <p className="muted">{t("procedure.noneStated")}</p>;
  const List = props.ordered ? "ol" : "ul";
  return (
    <List className={`text-items${props.ordered ? " text-items--ordered" : ""}`}>
      {props.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no identity but their place
        <li key={index}>
          {props.prefix?.(item)}
          {item.text[language]} <EvidenceMarks evidence={item} />
        </li>
      ))}
    </List>
  );
}
