// What the CI entry points' tests share: the package packed once (as a registry would serve it),
// a repository of plans in a temporary folder, and the YAML files read as their tools read them.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { REPO, sh, workspace } from "../cli/helpers.js";

let packed: Promise<string> | undefined;

/** The path of `npm pack`'s tarball of this checkout (packed once per run). */
export function tarball(): Promise<string> {
  packed ??= (async () => {
    const out = workspace({});
    const pack = await sh("npm", ["pack", "--pack-destination", out], REPO);
    if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    return join(out, pack.stdout.trim().split("\n").pop()!);
  })();
  return packed;
}

/** A folder of plans: the samples (clean), plus `extra` files (path → text). */
export function plansRepository(extra: Record<string, string> = {}): string {
  const dir = workspace({});
  cpSync(join(REPO, "samples"), dir, { recursive: true, filter: (src) => !src.includes("/mistakes") });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  return dir;
}

/** A mistake that fails lint: the sample's unknown lead body (`btg-tu-bd2`, line 14). */
export function mistake(): string {
  return readFileSync(join(REPO, "samples/mistakes/unresolved-reference.plan"), "utf8");
}

export function readYaml<T>(path: string): T {
  return yaml.load(readFileSync(join(REPO, path), "utf8")) as T;
}
