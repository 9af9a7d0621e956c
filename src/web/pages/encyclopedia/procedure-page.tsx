import { catalogApi } from "../../api/catalog-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { ProcedureArticle } from "./procedure-article.tsx";

/** The procedure and the names of the conditions its indications and contraindications refer to. */
async function loadProcedure(procedureId: string) {
  const [procedure, conditions] = await Promise.all([
    catalogApi.procedure(procedureId),
    catalogApi.conditions(),
  ]);
  return { procedure, conditions: conditions.items };
}

export function ProcedurePage({ procedureId }: { procedureId: string }) {
  const { t } = useI18n();
  const view = useLoad(procedureId, () => loadProcedure(procedureId));
  return (
    <>
      <p className="back-link">
        <Link to="/encyclopedia">{t("procedure.backToList")}</Link>
      </p>
      <LoadState data={view.data} error={view.error} loading={view.loading}>
        {({ procedure, conditions }) => <ProcedureArticle procedure={procedure} conditions={conditions} />}
      </LoadState>
    </>
  );
}
