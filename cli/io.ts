// The CLI's window on the world. Commands never touch `process` directly: they write through a
// `CliIO`, so tests can run them in-process and read what they printed. `processIO()` is the
// real one; `memoryIO()` captures output for tests.
/** The path standard input stands for when `--stdin-filename` is not given (`lint`, `fmt`). */
export const STDIN_NAME = "<stdin>";

export interface CliIO {
  /** Writes to standard output (the text is written as is: add the newline yourself). */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The folder relative paths are resolved against (and output paths are shown relative to). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colours are used only then, unless forced). */
  readonly isTTY: boolean;
  /**
   * On a terminal, whether Node would colour it (`tty.WriteStream#hasColors`: it honours
   * FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb). Undefined off a terminal.
   */
  readonly terminalColors?: boolean;
  /** Reads standard input to its end (`--stdin`); undefined where there is none to read. */
  readStdin?(): Promise<Uint8Array>;
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
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY,
    terminalColors: isTTY ? process.stdout.hasColors() : undefined,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
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
