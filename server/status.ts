// The lifecycle status behind hover, code lens and `plancode/status`: the status model of
// language/lifecycle/status.ts, from an engine handed in (`ServerOptions.status`: the workflow
// engine's `documentStatus` by default, server/defaults.ts), so features and their tests do not
// depend on the engine's details.
import { historyStatus, type DocumentDecl, type DocumentStatus, type Workspace } from "../language/index.js";

/** The status of a document on a day (a day number); undefined when it has none. */
export type StatusProvider = (doc: DocumentDecl, workspace: Workspace, asOf: number) => DocumentStatus | undefined;

/** What the history alone says (state and since, nothing due). */
export const replayStatus: StatusProvider = (doc, _workspace, asOf) => historyStatus(doc, asOf);

/** Never lets a failing status engine break a hover or a lens. */
export function guardedStatus(provider: StatusProvider, fallback: StatusProvider = replayStatus): StatusProvider {
  return (doc, ws, asOf) => {
    try {
      return provider(doc, ws, asOf) ?? fallback(doc, ws, asOf);
    } catch {
      return fallback(doc, ws, asOf);
    }
  };
}
