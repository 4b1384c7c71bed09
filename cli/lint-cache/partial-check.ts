// Checking some files of the workspace while parsing few of the others (`plancode lint --cache`):
// the files to check and what they reference — their declarers, transitively, and every file that
// declares a hierarchy — are loaded into a `PartialWorkspace`, and the files are checked. The
// workspace records what the checks asked (language/workspace/partial.ts): when everything it
// needed was loaded, the findings are the whole workspace's; otherwise the missing files are
// loaded and the files checked again, until nothing is missing. A check that enumerates the whole
// workspace (a hierarchy-parent quick fix weighs every document) cannot be answered this way:
// undefined, and the caller checks the whole workspace.
import { PartialWorkspace, type Finding, type SourceFile } from "../../language/index.js";
import type { Checker } from "../lint-engine.js";
import { declsOf, referencesOf } from "./stored.js";
import type { WorkspaceIndex } from "./workspace-index.js";

/** Loading rounds before giving up (each adds at least one file; a workspace's chains are short). */
const MAX_ROUNDS = 32;

export function checkPartially(
  uris: readonly string[],
  index: WorkspaceIndex,
  parseFile: (uri: string) => SourceFile,
  makeChecker: () => Checker,
): { findings: Map<string, Finding[]>; checker: Checker; loaded: number } | undefined {
  const workspace = new PartialWorkspace(index);
  const loaded = new Set<string>();
  const load = (files: Iterable<string>): void => {
    for (const uri of files) {
      if (loaded.has(uri) || !index.files.has(uri)) continue;
      loaded.add(uri);
      workspace.setParsed(parseFile(uri));
    }
  };
  load(uris);
  load(index.hierarchyFiles);
  load(referenced(uris, index));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    workspace.resetAccess();
    const checker = makeChecker();
    const findings = new Map(uris.map((uri) => [uri, checker.check(workspace, uri)]));
    if (workspace.enumerated) return undefined;
    const missing = new Set<string>();
    for (const files of index.declarersOf(workspace.lookedUp).values()) for (const uri of files) if (!loaded.has(uri)) missing.add(uri);
    for (const root of workspace.subtreeRoots) for (const uri of index.subtreeFiles(root)) if (!loaded.has(uri)) missing.add(uri);
    for (const uri of workspace.missingFiles) if (!loaded.has(uri) && index.files.has(uri)) missing.add(uri);
    if (!missing.size) return { findings, checker, loaded: loaded.size };
    load(missing);
  }
  return undefined;
}

/**
 * What checking `uris` will surely read: the declarers of every name they declare or reference,
 * and of every name those declarers reference in turn (parent chains, unit chains); one pass over
 * the index per step up the chains.
 */
function referenced(uris: readonly string[], index: WorkspaceIndex): Set<string> {
  const out = new Set<string>(uris);
  const asked = new Set<string>();
  let frontier = [...uris];
  while (frontier.length) {
    const names = new Set<string>();
    for (const uri of frontier) {
      const f = index.files.get(uri);
      if (!f) continue;
      for (const name of referencesOf(f)) if (!asked.has(name)) names.add(name);
      for (const g of declsOf(f)) if (!asked.has(g[1])) names.add(g[1]);
    }
    for (const name of names) asked.add(name);
    frontier = [];
    for (const files of index.declarersOf(names).values()) {
      for (const uri of files) {
        if (out.has(uri)) continue;
        out.add(uri);
        frontier.push(uri);
      }
    }
  }
  return out;
}
