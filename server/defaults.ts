// The engines the server uses when the caller gives none: the canonical formatter of
// `language/format` (the layout of `plancode fmt`) and the workflow engine's `documentStatus` for
// lifecycle status (the answer of `plancode status`). Kept apart so tests and embedders can start
// the server with others.
import { formatText } from "../language/format/index.js";
import { documentStatus } from "../workflows/index.js";
import type { ServerOptions } from "./language-server.js";
import type { StatusProvider } from "./status.js";

/** The workflow engine's status (the one status model: nothing to convert). */
export const workflowStatus: StatusProvider = (doc, _workspace, asOf) => documentStatus(doc, asOf);

export function defaultServerOptions(): ServerOptions {
  return { version: "0.1.0", formatter: formatText, status: workflowStatus };
}
