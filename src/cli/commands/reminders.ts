import { deliverDueReminders } from "../../app/reminder-service.ts";
import {
  buildReminderTransports,
  ReminderConfigError,
  type ReminderTransports,
} from "../../app/reminder-transports.ts";
import type { Runtime } from "../../compose.ts";
import { CliError } from "../cli-error.ts";

/**
 * Reminder transports from the environment: CRYODESK_SMTP_URL (unset: e-mails are
 * written to standard output), CRYODESK_MAIL_FROM, CRYODESK_SMS ("log", the default).
 */
export function reminderTransportsFromEnv(env: NodeJS.ProcessEnv): ReminderTransports {
  try {
    return buildReminderTransports({
      smtpUrl: env.CRYODESK_SMTP_URL,
      mailFrom: env.CRYODESK_MAIL_FROM,
      sms: env.CRYODESK_SMS,
      logStream: process.stdout,
    });
  } catch (error) {
    if (error instanceof ReminderConfigError) throw new CliError(error.message);
    throw error;
  }
}

/** `cryodesk reminders deliver`: one delivery pass, for cron or a manual nudge. */
export async function deliverRemindersCommand(runtime: Runtime) {
  const transports = reminderTransportsFromEnv(process.env);
  try {
    const counts = await deliverDueReminders(runtime.deps, transports, runtime.clock());
    console.log(`Reminders: ${counts.sent} sent, ${counts.retried} to retry, ${counts.failed} failed.`);
  } finally {
    transports.email.close();
    transports.sms.close();
  }
}
