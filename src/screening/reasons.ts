import type { Conflict } from "../catalog/conflicts.ts";
import type {
  Citation,
  Condition,
  Contraindication,
  Localized,
  NumericPersonField,
  PersonLimit,
  PractitionerRole,
  Prerequisite,
  SiteId,
} from "../catalog/schema.ts";
import type { Reason, ReasonSource, Verdict } from "./contract.ts";

// Reason texts in plain English and Russian. Codes are stable: clients translate or
// group by them; texts are for people. Most reasons are built once per catalog (see
// rules.ts) and shared, frozen, between responses.

type Names = { en: string; ru: string };

/** Citations in one canonical order (article, line), one per line. */
export function toSources(citations: readonly Citation[]): ReasonSource[] {
  const byKey = new Map<string, ReasonSource>();
  for (const c of citations) {
    const key = `${c.article}:${String(c.line).padStart(6, "0")}`;
    if (!byKey.has(key)) byKey.set(key, { article: c.article, line: c.line, excerpt: c.excerpt });
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as ReasonSource);
}

function reason(
  code: string,
  verdict: Verdict,
  en: string,
  ru: string,
  citations: readonly Citation[],
  extra: { conditionId?: string; conflicts?: string[] } = {},
): Reason {
  return { code, verdict, text: { en, ru }, sources: toSources(citations), ...extra };
}

/** The name with every distinct qualifier of the entries ("Herpes (Acute stage or exacerbation)"). */
function qualified(names: Names, entries: readonly { qualifier?: Localized | undefined }[]): Names {
  const qualifiers = entries.flatMap((e) => (e.qualifier ? [e.qualifier] : []));
  if (qualifiers.length === 0) return names;
  const en = [...new Set(qualifiers.map((q) => q.en))].join("; ");
  const ru = [...new Set(qualifiers.map((q) => q.ru))].join("; ");
  return { en: `${names.en} (${en})`, ru: `${names.ru} (${ru})` };
}

const AT_SITE = { en: " where it affects the treated area", ru: ", если затрагивает зону воздействия" };

/** A permanent listed contraindication: `contraindication:<condition>`. */
export function contraindicationReason(condition: Condition, entries: readonly Contraindication[]): Reason {
  const first = entries[0];
  const name = qualified(condition.names, entries);
  const where = first?.extent === "at-site" ? AT_SITE : { en: "", ru: "" };
  return reason(
    `contraindication:${condition.id}`,
    "contraindicated",
    `${name.en} is a listed contraindication${where.en}.`,
    `${name.ru} — противопоказание${where.ru}.`,
    entries.flatMap((e) => e.sources),
    { conditionId: condition.id },
  );
}

/** A temporary contraindication: the code is the condition id, e.g. `fever`, `acute-infection`. */
export function temporaryReason(condition: Condition, entries: readonly Contraindication[]): Reason {
  const first = entries[0];
  const name = qualified(condition.names, entries);
  const where = first?.extent === "at-site" ? AT_SITE : { en: "", ru: "" };
  const until = first?.rescreen?.until;
  const afterDays = first?.rescreen?.afterDays;
  const wait = until
    ? { en: `until ${until.en}`, ru: `до ${until.ru}` }
    : afterDays
      ? { en: `for ${afterDays} days`, ru: `на ${afterDays} дн.` }
      : { en: "until it has resolved", ru: "до разрешения состояния" };
  return reason(
    condition.id,
    "postpone",
    `${name.en}: a temporary contraindication${where.en}; postpone ${wait.en}.`,
    `${name.ru}: временное противопоказание${where.ru}; отложить ${wait.ru}.`,
    [...entries.flatMap((e) => e.sources), ...(first?.rescreen?.sources ?? [])],
    { conditionId: condition.id },
  );
}

/** The article qualifies the contraindication ("some", "severe forms"): a specialist decides. */
export function specialistReason(condition: Condition, entries: readonly Contraindication[]): Reason {
  const name = qualified(condition.names, entries);
  return reason(
    `specialist-review:${condition.id}`,
    "needs-review",
    `${name.en}: the articles count only some forms as a contraindication; a specialist decides.`,
    `${name.ru}: статьи относят к противопоказаниям лишь некоторые формы; решает специалист.`,
    entries.flatMap((e) => e.sources),
    { conditionId: condition.id },
  );
}

/**
 * The articles disagree; every side is cited. One reason per conflict, whichever
 * conditions raised it (hypertension and a heart rhythm disorder raise the same dispute).
 */
export function conflictReason(conflict: Conflict): Reason {
  return reason(
    `conflict:${conflict.id}`,
    "needs-review",
    `The articles disagree: ${conflict.summary.en} A specialist decides.`,
    `Статьи расходятся: ${conflict.summary.ru} Решает специалист.`,
    conflict.claims.flatMap((claim) => claim.sources),
    { conflicts: [conflict.id] },
  );
}

/** A related procedure done too recently: `recent-procedure:<id>`, with the date to screen again. */
export function recentProcedureReason(
  related: { id: string; names: Names },
  done: string,
  until: string,
  citations: readonly Citation[],
  extra: { conditionId?: string; conflicts?: string[] },
): Reason {
  return {
    ...reason(
      `recent-procedure:${related.id}`,
      "postpone",
      `${related.names.en} on ${done} is too recent for this procedure: postpone until ${until}.`,
      `${related.names.ru} (${done}) — слишком недавно для этой процедуры: отложить до ${until}.`,
      citations,
      extra,
    ),
    until,
  };
}

const FIELDS: Record<
  NumericPersonField,
  { code: string; en: string; ru: string; unitEn: string; unitRu: string }
> = {
  weightKg: { code: "weight", en: "Weight", ru: "Вес", unitEn: "kg", unitRu: "кг" },
  bodyTemperatureC: {
    code: "body-temperature",
    en: "Body temperature",
    ru: "Температура тела",
    unitEn: "°C",
    unitRu: "°C",
  },
  systolicBpMmHg: {
    code: "systolic-bp",
    en: "Systolic pressure",
    ru: "Систолическое давление",
    unitEn: "mmHg",
    unitRu: "мм рт. ст.",
  },
  diastolicBpMmHg: {
    code: "diastolic-bp",
    en: "Diastolic pressure",
    ru: "Диастолическое давление",
    unitEn: "mmHg",
    unitRu: "мм рт. ст.",
  },
};

/** Outside a person limit (the cryosauna's 40 kg): `weight-below-minimum`, `weight-above-maximum`. */
export function personLimitReason(limit: PersonLimit, value: number, below: boolean): Reason {
  const f = FIELDS[limit.field];
  const bound = below ? limit.min : limit.max;
  return reason(
    `${f.code}-${below ? "below-minimum" : "above-maximum"}`,
    "contraindicated",
    `${f.en} ${value} ${f.unitEn} is ${below ? "below the minimum" : "above the maximum"} of ${bound} ${f.unitEn}.`,
    `${f.ru} ${value} ${f.unitRu} ${below ? "меньше минимума" : "больше максимума"} (${bound} ${f.unitRu}).`,
    limit.sources,
  );
}

/** A person limit that cannot be checked: `weight-unknown`. */
export function personUnknownReason(limit: PersonLimit): Reason {
  const f = FIELDS[limit.field];
  const range = [
    limit.min !== undefined ? { en: `at least ${limit.min}`, ru: `не менее ${limit.min}` } : undefined,
    limit.max !== undefined ? { en: `at most ${limit.max}`, ru: `не более ${limit.max}` } : undefined,
  ].filter((part) => part !== undefined);
  return reason(
    `${f.code}-unknown`,
    "caution",
    `${f.en} not given: the procedure needs ${range.map((p) => p.en).join(" and ")} ${f.unitEn}; check before the session.`,
    `${f.ru} не указан: для процедуры нужно ${range.map((p) => p.ru).join(" и ")} ${f.unitRu}; проверьте перед сеансом.`,
    limit.sources,
  );
}

const ROLE_NAMES: Record<PractitionerRole, Names> = {
  cosmetologist: { en: "a cosmetologist", ru: "косметолог" },
  dermatologist: { en: "a dermatologist", ru: "дерматолог" },
  otolaryngologist: { en: "an otolaryngologist", ru: "оториноларинголог" },
  physiotherapist: { en: "a physiotherapist", ru: "физиотерапевт" },
  nurse: { en: "a nurse", ru: "медсестра" },
};

export function prescriptionReason(
  roles: readonly PractitionerRole[],
  citations: readonly Citation[],
): Reason {
  const names = roles.map((role) => ROLE_NAMES[role]);
  return reason(
    "prescription-required",
    "caution",
    `Only with a prescription from ${names.map((n) => n.en).join(" or ") || "a physician"}.`,
    `Только по назначению (${names.map((n) => n.ru).join(" или ") || "врач"}).`,
    citations,
  );
}

export function prerequisiteReason(prerequisite: Prerequisite): Reason {
  return reason(
    `prerequisite:${prerequisite.id}`,
    "caution",
    `Required beforehand. ${prerequisite.text.en}`,
    `Требуется заранее. ${prerequisite.text.ru}`,
    prerequisite.sources,
  );
}

/** A procedure the articles give no contraindications for (scalp darsonvalization). */
export function noContraindicationsReason(procedure: Names): Reason {
  return reason(
    "no-contraindications-listed",
    "caution",
    `The articles list no contraindications for ${procedure.en.toLowerCase()}. That is missing evidence, not proof of safety: ask about the client's health before the session.`,
    `В статьях нет противопоказаний к процедуре «${procedure.ru}». Это отсутствие сведений, а не доказательство безопасности: расспросите клиента о здоровье перед сеансом.`,
    [],
  );
}

/** The requested site is not one this procedure treats: screened for its own sites instead. */
export function siteNotOfferedReason(
  site: SiteId,
  siteNames: Names,
  procedureSites: readonly Names[],
): Reason {
  return reason(
    `site-not-treated:${site}`,
    "eligible",
    `This procedure is not done on the ${siteNames.en.toLowerCase()}; screened for the areas it treats (${procedureSites.map((s) => s.en.toLowerCase()).join(", ")}).`,
    `Эта процедура не проводится в зоне «${siteNames.ru}»; проверено для её зон (${procedureSites.map((s) => s.ru.toLowerCase()).join(", ")}).`,
    [],
  );
}
