import { type FormEvent, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session, SessionChecklistItem } from "../../api/sessions-types.ts";
import { CheckboxField, TextAreaField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { answersOf, draftOf, type ItemDraft } from "./checklist-answers.ts";
import { sessionProblemMessage } from "./session-problem.ts";

// The pre-session checklist: every item with the articles it comes from, answered on the
// tablet and saved; the session starts only once the server finds it complete and the
// client's screening allows the session today.

/** "6f82df98:12": an article and line, short enough for a tablet. */
const shortRef = (article: string, line: number) => `${article.replace(/^\d+_/, "").slice(0, 8)}:${line}`;

function Sources({ item }: { item: SessionChecklistItem }) {
  const { t } = useI18n();
  if (item.sources.length === 0) return null;
  return (
    <p className="checklist-item__sources">
      {t("session.checklist.sources")}{" "}
      {[...new Set(item.sources.map((source) => shortRef(source.article, source.line)))].map((ref) => (
        <cite key={ref}>{ref}</cite>
      ))}
    </p>
  );
}

function ItemInputs(props: {
  item: SessionChecklistItem;
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
}) {
  const { t, language } = useI18n();
  const { item, draft, onChange } = props;
  const label = item.text[language];
  const set = (patch: Partial<ItemDraft>) => onChange({ ...draft, ...patch });
  switch (item.kind) {
    case "confirm":
      return (
        <CheckboxField
          label={label}
          checked={draft.confirmed}
          onChange={(e) => set({ confirmed: e.target.checked })}
        />
      );
    case "record-text":
      return (
        <TextAreaField
          label={label}
          rows={2}
          value={draft.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      );
    case "record-weight":
      return (
        <TextField
          label={`${label} ${t("session.checklist.kg")}`}
          inputMode="decimal"
          value={draft.weight}
          onChange={(e) => set({ weight: e.target.value })}
        />
      );
    case "record-vitals":
      return (
        <fieldset className="checklist-vitals">
          <legend>{label}</legend>
          <TextField
            label={t("session.checklist.temperature")}
            inputMode="decimal"
            value={draft.temperature}
            onChange={(e) => set({ temperature: e.target.value })}
          />
          <TextField
            label={t("session.checklist.systolic")}
            inputMode="numeric"
            value={draft.systolic}
            onChange={(e) => set({ systolic: e.target.value })}
          />
          <TextField
            label={t("session.checklist.diastolic")}
            inputMode="numeric"
            value={draft.diastolic}
            onChange={(e) => set({ diastolic: e.target.value })}
          />
        </fieldset>
      );
  }
}

export function ChecklistStep(props: { session: Session; onChanged: (session: Session) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { session } = props;
  const { items } = session.checklist;
  const [drafts, setDrafts] = useState(() =>
    Object.fromEntries(items.map((item) => [item.id, draftOf(item)])),
  );
  const saving = useSubmission();
  const starting = useSubmission();
  const [saved, setSaved] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    starting.reset();
    const updated = await saving.run(() => sessionsApi.answer(session.id, answersOf(items, drafts)));
    if (updated) {
      setSaved(true);
      props.onChanged(updated);
    }
  };
  const start = async () => {
    const updated = await starting.run(() => sessionsApi.start(session.id));
    if (updated) props.onChanged(updated);
  };
  const refusal = saving.error ?? starting.error;

  return (
    <section className="session-step" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t("session.checklist.title")}</h2>
      <form className="form" onSubmit={save} ref={saving.formRef}>
        <ol className="checklist">
          {items.map((item) => (
            <li key={item.id} className={`checklist-item${item.answered ? " checklist-item--done" : ""}`}>
              <ItemInputs
                item={item}
                draft={drafts[item.id] ?? draftOf(item)}
                onChange={(draft) => setDrafts((current) => ({ ...current, [item.id]: draft }))}
              />
              <p className="checklist-item__state">
                {item.answered ? `✓ ${t("session.checklist.answered")}` : t("session.checklist.notAnswered")}
              </p>
              <Sources item={item} />
            </li>
          ))}
        </ol>
        {refusal ? (
          <p className="notice notice--error" role="alert">
            {sessionProblemMessage(refusal, i18n, items)}
          </p>
        ) : (
          <p className="notice notice--success" role="status" hidden={!saved}>
            {t("session.checklist.saved")}
          </p>
        )}
        <div className="form-actions session-actions">
          <button type="submit" className="button button--touch" disabled={saving.pending}>
            {saving.pending ? t("common.saving") : t("session.checklist.save")}
          </button>
          <button
            type="button"
            className="button button--primary button--touch"
            disabled={!session.checklist.complete || starting.pending}
            aria-describedby={session.checklist.complete ? undefined : "start-hint"}
            onClick={start}
          >
            {t("session.start")}
          </button>
        </div>
        {!session.checklist.complete && (
          <p id="start-hint" className="muted">
            {t("session.startHint", { count: session.checklist.missing.length })}
          </p>
        )}
      </form>
    </section>
  );
}
