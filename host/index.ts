// The host: everything that touches the file system, for the CLI and the language server alike
// (Node only; no LSP types, no command-line flags, no words for people). The layers above read
// and write files only through here.
//   finding:  findWorkspaceRoot, findWorkspaceFiles (a command line), discoverFiles (an editor's root)
//   reading:  readPlanFile / decodePlan (one lenient UTF-8 decoder), loadConfig, loadWorkspace
//   writing:  writeFileAtomic, writeFileWhole
//   caching:  contentHash, readCacheFile, writeCacheFile (plancode lint --cache)
//   paths:    pathToUri, uriToPath, displayPath
export { decodePlan, decodeUtf8, firstInvalidUtf8, type Decoded, type PlanText } from "./decode.js";
export { readPlanFile } from "./plan-file.js";
export { findWorkspaceRoot, loadConfig, parseConfigFile, type LoadedConfig } from "./config.js";
export { ConfigScopes } from "./config-scopes.js";
export { discoverFiles, findWorkspaceFiles, type DiscoveredFiles, type WorkspaceFiles } from "./discover.js";
export {
  findFilesOf,
  LoadedFiles,
  loadWorkspace,
  parseFileBytes,
  readWorkspaceFiles,
  rulesFor,
  type FileBytes,
  type LoadedWorkspace,
  type LoadOptions,
} from "./load-workspace.js";
export { contentHash, isFolder, readCacheFile, writeCacheFile } from "./cache-file.js";
export { readForReplace, realPathOf, writeFileAtomic, writeFileWhole, WriteRefused, type AtomicWriteOptions, type ReadForReplace } from "./atomic-write.js";
export { LoadError, type LoadProblem } from "./errors.js";
export { displayPath, isOutsideFolder, pathToUri, relativeInside, uriToPath } from "./paths.js";
