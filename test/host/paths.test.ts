// The path ↔ URI conversions take a shortcut for plain POSIX paths (host/paths.ts); the
// results must be those of `url`/`path`: random paths with every kind of character, and the
// tricky ones (`.`/`..` segments, double slashes, trailing slashes).
import assert from "node:assert/strict";
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { displayPath, pathToUri, uriToPath } from "../../host/index.js";

function slowDisplay(cwd: string, pathOrUri: string): string {
  const path = pathOrUri.startsWith("file:") ? fileURLToPath(pathOrUri) : pathOrUri;
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

describe("host: path and URI shortcuts", () => {
  it("agree with url and path", function () {
    if (sep !== "/") this.skip();
    let seed = 3;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const chars = "abcxyz0129-_./ %#?~ăđ\\:@!";
    const tricky = ["/", "/a", "/a/", "/a/.", "/a/..", "/a/./b", "/a/../b", "//a", "/a//b", "/.a", "/a.", "/..a", "/a/b.plan", "/tmp/x-y_z/1.plan"];
    const cwds = ["/", "/a", "/tmp", "/tmp/x-y_z", "/a/b", "/a/", "/a/./b", "/a/b/.."];
    for (let k = 0; k < 20_000; k++) {
      let path = tricky[k] ?? "/";
      if (k >= tricky.length) for (let n = 1 + random(20); n > 0; n--) path += random(10) < 6 ? "abcxyz0129-_."[random(13)] : random(2) ? "/" : chars[random(chars.length)];
      const uri = pathToFileURL(path).href;
      assert.equal(pathToUri(path), uri, path);
      assert.equal(uriToPath(uri), fileURLToPath(uri), uri);
      for (const cwd of cwds) {
        assert.equal(displayPath({ cwd }, path), slowDisplay(cwd, path), `${cwd} ${path}`);
        assert.equal(displayPath({ cwd }, uri), slowDisplay(cwd, uri), `${cwd} ${uri}`);
      }
    }
  });
});
