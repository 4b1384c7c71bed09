// The CLI's window on the world. Commands never touch `process` directly: they write through a
// `CliIO`, so tests can run them in-process and read what they printed. `processIO()` is the
// real one; `memoryIO()` captures output for tests.
export interface CliIO {
  /** Writes to standard output (the text is written as is: add the newline yourself). */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The folder relative paths are resolved against (and output paths are shown relative to). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colours are used only then, and only without NO_COLOR). */
  readonly isTTY: boolean;
  /** Reads a file's bytes; by default host/ reads from disk. Tests replace it to simulate I/O failures. */
  readFile?(path: string): Promise<Uint8Array>;
  /** The current time; defaults to the clock. `status` uses it for "today". */
  now?(): Date;
}

/** The real process: stdout/stderr, `process.cwd()`, `process.env`. */
export function processIO(): CliIO {
  // `plancode lint | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") === 0) {
      stream.on("error", (error: NodeJS.ErrnoException) => {
        // Nowhere left to report to: end with the exit code so far (2 for any other write failure).
        process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
      });
    }
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

export interface MemoryIO extends CliIO {
  readonly out: string[];
  readonly err: string[];
  /** Everything written to stdout so far. */
  stdoutText(): string;
  /** Everything written to stderr so far. */
  stderrText(): string;
}

/** An in-memory `CliIO` for tests: captures output; cwd, env and TTY are given. */
export function memoryIO(options: Partial<Omit<CliIO, "stdout" | "stderr">> = {}): MemoryIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd: process.cwd(),
    env: {},
    isTTY: false,
    ...options,
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}
