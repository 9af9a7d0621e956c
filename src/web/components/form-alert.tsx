/** The form-level outcome of a write: what went wrong, or that it was saved. */
export function FormAlert({ error, success }: { error: string | null; success?: string | null }) {
  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <p className="notice notice--success" role="status" hidden={!success}>
      {success}
    </p>
  );
}
