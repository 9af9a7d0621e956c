import { type Catalog, createCatalog } from "./catalog.ts";
import { readCatalogFiles } from "./read.ts";

// The catalog, read from src/catalog/data and validated once at import. An invalid
// catalog throws a CatalogError naming every failing path.

export const catalog: Catalog = createCatalog(readCatalogFiles(new URL("./data/", import.meta.url)));

export const { procedures, conditions, relatedProcedures, sites } = catalog;
export const getProcedure = catalog.getProcedure;
export const getCondition = catalog.getCondition;
export const findConditionsByIcd10 = catalog.findConditionsByIcd10;
export const searchConditions = catalog.searchConditions;
export const proceduresForCondition = catalog.proceduresForCondition;
export const conflicts = catalog.conflicts;
export const conflictsForProcedure = catalog.conflictsForProcedure;
