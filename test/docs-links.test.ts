// The documentation's links resolve inside the repository (issue 13: a user of the package or the
// extension has the whole reference with it): every relative link of README.md, ARCHITECTURE.md,
// CHANGELOG.md, docs/ and the extension's README names a file that exists, and an anchor names a
// heading of that file (GitHub's slugs). Links to the web are left alone; none may leave the
// repository through `..`.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../", import.meta.url));

function markdown(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdown(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
}

/** GitHub's heading anchors: lower case, punctuation dropped (letters of any script kept), spaces → '-'; repeats get -1, -2. */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const slug = m[1].trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** Links outside code: `[text](target)` and `![alt](target)`. */
function links(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe("documentation links", () => {
  const files = ["README.md", "ARCHITECTURE.md", "CHANGELOG.md", "extension/README.md", "extension/CHANGELOG.md", ...markdown("docs")];

  for (const file of files) {
    it(`${file}: every relative link leads to a file (and heading) of the repository`, () => {
      const text = readFileSync(join(REPO, file), "utf8");
      for (const link of links(text)) {
        if (/^[a-z]+:/.test(link)) continue;
        const [path, anchor] = link.split("#");
        const target = path ? resolve(dirname(join(REPO, file)), decodeURIComponent(path)) : join(REPO, file);
        assert.ok(!relative(REPO, target).startsWith(".."), `${file}: ${link} leaves the repository`);
        assert.ok(existsSync(target), `${file}: ${link} does not exist`);
        if (anchor && statSync(target).isFile() && target.endsWith(".md")) {
          assert.ok(anchors(readFileSync(target, "utf8")).has(anchor), `${file}: ${link}: no heading #${anchor}`);
        }
      }
    });
  }
});
