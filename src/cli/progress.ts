/** A one-line progress bar, e.g. "[#####.....]  50% 500/1000". Pure, so it can be tested. */
export function renderProgress(done: number, total: number, width = 30): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const percent = String(Math.floor(ratio * 100)).padStart(3);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}% ${done}/${total}`;
}

/** Draws in place on a terminal; elsewhere prints a line at each quarter. */
export function progressReporter(stream: NodeJS.WriteStream, label: string) {
  let lastQuarter = -1;
  return (done: number, total: number) => {
    if (stream.isTTY) {
      stream.write(`\r${label} ${renderProgress(done, total)}${done >= total ? "\n" : ""}`);
      return;
    }
    const quarter = Math.floor((done / Math.max(total, 1)) * 4);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      stream.write(`${label} ${renderProgress(done, total)}\n`);
    }
  };
}
