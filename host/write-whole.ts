// Writing a file that is new or replaced as a whole (an exported document): a temporary file in
// the same folder, written and fsynced, then renamed over the target — a reader sees the old file
// or the new one, never half, and a failure leaves the old one as it was. A target the user may
// not write (read-only file or folder) is refused before anything is written.
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Why nothing was written. */
export class WriteRefused extends Error {
  /** As the file system says it, so callers word it as they word any refusal. */
  readonly code = "EACCES";
  constructor(readonly reason: "readOnly") {
    super("permission denied: the file is read-only");
    this.name = "WriteRefused";
  }
}

export async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing) {
    // Root may write anything; a read-only file still stays read-only for plancode.
    if ((existing.mode & 0o222) === 0) throw new WriteRefused("readOnly");
    await access(target, constants.W_OK).catch(() => {
      throw new WriteRefused("readOnly");
    });
  }
  const mode = existing ? existing.mode & 0o7777 : 0o644;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.plancode-tmp`);
  let created = false;
  try {
    const handle = await open(temp, "wx", mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      if (existing) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    created = false;
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}
