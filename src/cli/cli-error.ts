/** An error the CLI reports as a plain message with an exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(`${message}\nRun "cryodesk help" for usage.`, 2);
