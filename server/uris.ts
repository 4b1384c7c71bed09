// The URIs the server keys files by. Clients spell one file's URI differently (`%3A` or `:`,
// `%20`, drive-letter case): every URI from a client goes through `canonicalUri` first, so one
// file has one key, the one host/ gives its path.
import { pathToUri, uriToPath } from "../host/index.js";

/** One spelling per file; a URI that names no file (`untitled:`) is kept as it is. */
export function canonicalUri(uri: string): string {
  const path = uriToPath(uri);
  return path ? pathToUri(path) : uri;
}
