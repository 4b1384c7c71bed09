// `plancode lsp` — the language server on stdio (any LSP editor: VS Code, Neovim, Emacs, Helix).
// The flags LSP clients conventionally pass (`--stdio`, `--node-ipc`, `--socket=PORT`,
// `--pipe=NAME`, `--clientProcessId=PID`) are accepted and left in process.argv for vscode-languageserver, which
// reads them; without any, the server talks over stdio.
import { CliError, errorDetail } from "../errors.js";
import type { CliIO } from "../io.js";
import { verbArgs } from "../verb.js";

export const FLAGS = {
  stdio: { type: "boolean" },
  "node-ipc": { type: "boolean" },
  socket: { type: "integer", min: 0, valueName: "PORT", equals: true },
  pipe: { type: "string", valueName: "NAME", equals: true },
  clientProcessId: { type: "integer", min: 0, valueName: "PID", equals: true },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("lsp", argv, FLAGS, io, undefined, { maxPositionals: 0 });
  if (!args) return 0;
  const { flags } = args;
  let server: typeof import("../../server/main.js");
  try {
    server = await import("../../server/main.js");
  } catch (error) {
    throw new CliError("lspUnavailable", { detail: errorDetail(error) });
  }
  // `--locale` is the fallback language of messages; the client's `plancode.locale` setting wins.
  server.startServer(undefined, flags.locale ? { locale: flags.locale } : {});
  // The server runs until the client asks it to exit (it ends the process itself).
  return new Promise<number>(() => {});
}
