// The language server's entry point. `startServer()` serves one client over stdio (or over
// `--node-ipc`, `--socket=N`, `--pipe=NAME` when given on the command line, as the VS Code
// extension does); `plancode lsp` calls it, and the bundle `dist/server.cjs` starts itself.
import { setFlagsFromString } from "node:v8";
import { createConnection, ProposedFeatures, type Connection } from "vscode-languageserver/node.js";
import { PlancodeServer, type ServerOptions } from "./language-server.js";
import { defaultServerOptions } from "./defaults.js";

export { PlancodeServer, type ServerOptions } from "./language-server.js";

const TRANSPORT_FLAGS = /^--(stdio|node-ipc|socket|pipe|clientProcessId)(=|$)/;

/**
 * How far V8 lets the heap grow past what was live at the last full collection, in percent. The
 * server holds a whole workspace (nationwide: some 700 MB of trees and findings), and a mass edit
 * replaces all of it: at V8's own factor the old trees piled up to 1.5 GB before a collection;
 * at 20% the peak stays under 1 GB, for some more collecting (a dynamic V8 flag: no cap, so a
 * larger workspace still gets all the memory it needs).
 */
const HEAP_GROWING_PERCENT = 20;

/** Starts the server on `connection`, or on stdio / the transport named by the command line. */
export function startServer(connection?: Connection, options: ServerOptions = {}): PlancodeServer {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const conn = connection ?? defaultConnection();
  const server = new PlancodeServer(conn, { ...defaultServerOptions(), ...options });
  server.listen();
  return server;
}

function defaultConnection(): Connection {
  if (process.argv.slice(2).some((a) => TRANSPORT_FLAGS.test(a) && !a.startsWith("--clientProcessId"))) {
    return createConnection(ProposedFeatures.all);
  }
  // `plancode lsp` without flags: stdio. Nothing else may write to stdout.
  console.log = console.error;
  console.info = console.error;
  return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}

/** Whether this module is the program being run (the bundle `dist/server.cjs`, or `server/main.ts` under tsx). */
function isEntryPoint(): boolean {
  const script = process.argv[1] ?? "";
  if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
    return /server\.c?js$/.test(module.filename);
  }
  return /(^|[\\/])server[\\/]main\.ts$/.test(script);
}

if (isEntryPoint()) startServer();
