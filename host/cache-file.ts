// A cache on disk (`plancode lint --cache`): content hashes of files, and a JSON file read
// leniently — a cache that is missing, unreadable or not JSON is no cache, never an error — and
// written whole (temporary file, rename), so an interrupted run leaves the previous cache or the
// new one, never half of one.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { writeFileWhole } from "./atomic-write.js";

/** A file's content hash (SHA-1 of its bytes: telling versions apart, not security). */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/** The JSON value of a cache file, or undefined when it is missing, unreadable or not JSON. */
export function readCacheFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

/** Writes a cache file whole (its folder made if need be); failures are thrown. */
export async function writeCacheFile(path: string, value: unknown): Promise<void> {
  await writeFileWhole(path, new TextEncoder().encode(JSON.stringify(value)), { makeFolder: true });
}

/** Whether `path` is an existing folder (`--cache-location DIR`). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
