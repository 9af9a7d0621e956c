import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { PhotoKind, Session } from "../../api/sessions-types.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { type I18n, useI18n } from "../../i18n/i18n.tsx";
import { nextPhotoKind, PHOTO_ACCEPT, PHOTO_MAX_MEGABYTES, photoFileProblem } from "./photo-file.ts";
import { sessionProblemMessage } from "./session-problem.ts";
import type { ClinicTime } from "./use-clinic-time.ts";

// Before and after photos of the treated area, taken with the tablet's camera. Only with the
// client's consent: without it the page says so instead of offering the camera. Thumbnails
// load from the photo's own address, which the session cookie opens (same origin).

const KINDS: readonly PhotoKind[] = ["before", "after"];

function photoProblemMessage(error: unknown, i18n: I18n): string {
  if (error instanceof ApiError && error.code === "unsupported-media-type") {
    return i18n.t("session.photos.wrongType");
  }
  if (error instanceof ApiError && error.code === "payload-too-large") {
    return i18n.t("session.photos.tooLarge", { megabytes: PHOTO_MAX_MEGABYTES });
  }
  return sessionProblemMessage(error, i18n);
}

function UploadForm(props: { session: Session; onChanged: (session: Session) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const inputId = useId();
  const [kind, setKind] = useState<PhotoKind>(() => nextPhotoKind(props.session.photos));
  const [file, setFile] = useState<File | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // A new key empties the file input after an upload.
  const [inputKey, setInputKey] = useState(0);

  const checkedProblem = (chosen: File | null) => {
    if (!chosen) return t("session.photos.chooseFirst");
    const problem = photoFileProblem(chosen);
    if (problem === "type") return t("session.photos.wrongType");
    if (problem === "size") return t("session.photos.tooLarge", { megabytes: PHOTO_MAX_MEGABYTES });
    if (problem === "empty") return t("session.photos.empty");
    return null;
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkedProblem(file);
    setLocalProblem(problem);
    if (problem || !file) return;
    const stored = await submission.run(async () => {
      await sessionsApi.uploadPhoto(props.session.id, kind, file);
      return sessionsApi.get(props.session.id);
    });
    if (!stored) return;
    props.onChanged(stored);
    setFile(null);
    setInputKey((key) => key + 1);
    setSaved(true);
    setKind(nextPhotoKind(stored.photos));
  };

  const error = localProblem ?? (submission.error ? photoProblemMessage(submission.error, i18n) : null);
  return (
    <form className="form photo-upload" onSubmit={upload} ref={submission.formRef} noValidate>
      <fieldset className="segmented">
        <legend>{t("session.photos.kind")}</legend>
        {KINDS.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name="photo-kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <span>{t(`session.photos.kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className={`field${error ? " field--invalid" : ""}`}>
        <label htmlFor={inputId}>{t("session.photos.file")}</label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept={PHOTO_ACCEPT}
          capture="environment"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setSaved(false);
            submission.reset();
            setLocalProblem(chosen ? checkedProblem(chosen) : null);
          }}
        />
        <p className="field__hint" id={`${inputId}-hint`}>
          {t("session.photos.fileHint", { megabytes: PHOTO_MAX_MEGABYTES })}
        </p>
        {error && (
          <p className="field__error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions session-actions">
        <button type="submit" className="button button--primary button--touch" disabled={submission.pending}>
          {t("session.photos.upload")}
        </button>
        {/* Always rendered, only its text changes: a live region that appears is often not read out. */}
        <p className={saved ? "notice notice--success" : "visually-hidden"} role="status">
          {saved ? t("session.photos.uploaded") : ""}
        </p>
      </div>
    </form>
  );
}

export function PhotosSection(props: {
  session: Session;
  time: ClinicTime;
  onChanged: (session: Session) => void;
}) {
  const { t } = useI18n();
  const { session, time } = props;
  return (
    <section className="session-step session-photos" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t("session.photos.title")}</h2>
      {session.photos.length === 0 ? (
        <p className="muted">{t("session.photos.none")}</p>
      ) : (
        <ul className="photo-thumbnails">
          {session.photos.map((photo) => {
            const label = t("session.photos.alt", {
              kind: t(`session.photos.kind.${photo.kind}`),
              time: time.format(photo.createdAt),
            });
            const url = sessionsApi.photoUrl(session.id, photo.id);
            return (
              <li key={photo.id} className="photo-thumbnail">
                <a href={url} target="_blank" rel="noopener">
                  <img src={url} alt={label} loading="lazy" width={160} height={120} />
                </a>
                <span className="photo-thumbnail__caption" aria-hidden="true">
                  {label}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {session.photoConsent ? (
        <UploadForm session={session} onChanged={props.onChanged} />
      ) : (
        <p className="notice notice--warning" data-testid="photo-consent-missing">
          {t("session.photos.noConsent")}
        </p>
      )}
    </section>
  );
}
