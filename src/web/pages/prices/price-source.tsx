import type { PriceSource } from "../../api/prices-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { CiteRefs } from "../encyclopedia/evidence/cite-refs.tsx";

/** Where a price comes from: a line of a source article (a reference to the footnote), or a clinic's price list. */
export function PriceSourceCell({ source }: { source: PriceSource }) {
  const { t, formatDate } = useI18n();
  if (source.kind === "article") {
    return <CiteRefs sources={[source]} />;
  }
  return (
    <span className="price-source">
      {t("prices.priceListSource", {
        organisation: source.organisation,
        file: source.file,
        line: source.line,
        date: formatDate(source.importedAt),
      })}
    </span>
  );
}
