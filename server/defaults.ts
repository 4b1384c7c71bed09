// The engines the server uses when the caller gives none: the canonical formatter of
// `language/format` (the layout of `plancode fmt`) and the workflow engine's `statusOf` for
// lifecycle status (the answer of `plancode status`). Kept apart so tests and embedders can start
// the server with others.
import { formatText } from "../language/format/index.js";
import { statusOf } from "../workflows/index.js";
import type { ServerOptions } from "./language-server.js";
import type { StatusProvider } from "./status.js";

/** The workflow engine's status, in the server's shape. */
export const workflowStatus: StatusProvider = (doc, workspace, asOf) => {
  const s = statusOf(doc, workspace, asOf);
  return { state: s.state, since: s.since ?? undefined, overdue: s.overdue, next: s.next ?? undefined };
};

export function defaultServerOptions(): ServerOptions {
  return { version: "0.1.0", formatter: formatText, status: workflowStatus };
}
