import type { Kysely } from "kysely";
import type { DB } from "../store/tables.ts";
import { type DeliveryCounts, deliverDueReminders } from "./reminder-service.ts";
import type { ReminderTransports } from "./reminder-transports.ts";

/**
 * Runs a delivery pass at once and then every `intervalMs` after the previous one ends,
 * so passes of one process never overlap (passes of several processes may: the outbox
 * is safe for that). A full batch is followed straight away by another pass. A failing
 * pass is reported and the next one runs as usual. The returned stop function waits for
 * a pass in progress, so no claimed row is left behind at shutdown.
 */
export function startReminderWorker(options: {
  db: Kysely<DB>;
  transports: ReminderTransports;
  clock: () => Date;
  intervalMs: number;
  batchSize?: number;
  onError?: (error: unknown) => void;
}): () => Promise<void> {
  const batchSize = options.batchSize ?? 10;
  const onError =
    options.onError ??
    ((error: unknown) => console.error(`Reminder delivery failed: ${(error as Error).message ?? error}`));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    let counts: DeliveryCounts | undefined;
    try {
      counts = await deliverDueReminders({ db: options.db }, options.transports, options.clock(), {
        batchSize,
      });
    } catch (error) {
      onError(error);
    }
    if (stopped) return;
    const handled = counts ? counts.sent + counts.failed + counts.retried : 0;
    timer = setTimeout(run, handled >= batchSize ? 0 : options.intervalMs);
  };
  const run = () => {
    running = pass();
  };

  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
