import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// The real `cryodesk serve` in a child process of its own, over a given Postgres
// database: concurrency claims hold across processes, not only across connections.

const CLI = fileURLToPath(new URL("../../bin/cryodesk.js", import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  /** Everything the process wrote, for the message of a failing test. */
  output(): string;
  stop(): Promise<void>;
}

export function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, "serve", "--no-demo", "--port", "0", "--host", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "error", CRYODESK_SMS: "log" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) {
        resolve({
          baseUrl: ready[1].replace("localhost", "127.0.0.1"),
          output: () => output,
          stop: () => stopChild(child),
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
