// Replacing a file so that a reader sees the old or the new content, never half: a temporary
// file in the same folder (a dot-file, which folder walks skip), written, given the original's
// mode (and owner, when running as root), fsynced, then renamed over the original. Just before
// the rename the original is compared with what the caller read (mtime, size, inode and bytes);
// if anything changed meanwhile (an editor saved it) nothing is written. A file with no write
// permission is refused (even for root), and any failure removes the temporary file and leaves
// the original untouched.
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { access, constants, mkdir, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** The file as the caller read it: its stats and bytes then. Nothing is written if it changed since. */
  read: { stats: Stats; bytes: Uint8Array };
  /** Reads the file back for that comparison (default: from disk). */
  readFile?(path: string): Promise<Uint8Array>;
}

/** A file about to be rewritten: its real path (a link's target: the link stays a link), its stats and bytes now. */
export interface ReadForReplace {
  target: string;
  stats: Stats;
  bytes: Uint8Array;
}

/** Reads `path` for `writeFileAtomic` (through `readFile` when given); failures are thrown. */
export async function readForReplace(path: string, readFileWith?: (path: string) => Promise<Uint8Array>): Promise<ReadForReplace> {
  const target = await realpath(path);
  const stats = await stat(target);
  const bytes = readFileWith ? await readFileWith(target) : await readFile(target);
  return { target, stats, bytes };
}

/** The real path of `path` (symbolic links resolved), or `path` itself when it cannot be resolved. */
export async function realPathOf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

/** Why a write was refused (the file is unchanged); any other failure is the fs error itself. */
export class WriteRefused extends Error {
  constructor(readonly reason: "readOnly" | "changedOnDisk") {
    super(reason);
    this.name = "WriteRefused";
  }
}

/** Atomically replaces `target` (a real path, not a link) with `output`, unless it changed since it was read. */
export async function writeFileAtomic(target: string, output: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const before = options.read.stats;
  await refuseReadOnly(target, before);
  await replaceThroughTemp(target, output, before, async () => {
    // Refuse if someone else wrote the file since it was read.
    const now = await stat(target);
    const current = options.readFile ? await options.readFile(target) : await readFile(target);
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino || !sameBytes(current, options.read.bytes)) {
      throw new WriteRefused("changedOnDisk");
    }
  });
}

/**
 * Writes `target` whole, new or replacing what is there (an exported document: nothing the user
 * edits, so nothing to compare): the same temporary file, fsync and rename, and the same refusal
 * of a file the user may not write.
 */
export async function writeFileWhole(target: string, output: Uint8Array, options: { makeFolder?: boolean } = {}): Promise<void> {
  // A report's folder (`lint -o reports/plancode.xml` in CI) is made as ESLint makes it.
  if (options.makeFolder) await mkdir(dirname(target), { recursive: true });
  const before = await stat(target).catch(() => undefined);
  if (before) await refuseReadOnly(target, before);
  await replaceThroughTemp(target, output, before);
}

async function refuseReadOnly(target: string, stats: Stats): Promise<void> {
  // Root may write anything; a file without write permission still stays as it is.
  if ((stats.mode & 0o222) === 0) throw new WriteRefused("readOnly");
  try {
    await access(target, constants.W_OK);
  } catch {
    throw new WriteRefused("readOnly");
  }
}

/** The core of both writes: a dot-file beside the target, written, given the old file's mode (and owner), fsynced, renamed over it. */
async function replaceThroughTemp(target: string, output: Uint8Array, before: Stats | undefined, beforeRename?: () => Promise<void>): Promise<void> {
  const mode = before ? before.mode & 0o7777 : 0o644;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.plancode-tmp`);
  let created = false;
  try {
    const handle = await open(temp, "wx", mode);
    created = true;
    try {
      await handle.writeFile(output);
      if (before) {
        await handle.chmod(mode); // the mode given to open() is narrowed by the umask
        if (process.getuid?.() === 0) await handle.chown(before.uid, before.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename?.();
    await rename(temp, target);
    created = false;
    await syncFolder(dirname(target));
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not every file system lets a folder be fsynced; the rename is done either way
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
