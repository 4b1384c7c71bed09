// The rule registry against LANGUAGE.md's rule table: ids, order, default severities, and texts
// in both languages for every rule's description and messages.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LOCALES, RULE_DOCS_BASE, RULES, ruleById, ruleDocsUrl } from "../../language/index.js";

const TABLE: [string, "error" | "warning" | "info"][] = [
  ["syntax", "error"],
  ["unresolved-reference", "error"],
  ["duplicate-declaration", "error"],
  ["hierarchy-level", "error"],
  ["hierarchy-parent", "error"],
  ["assign-upward", "error"],
  ["single-lead", "error"],
  ["lead-also-support", "warning"],
  ["coverage", "warning"],
  ["measurable", "warning"],
  ["date-order", "error"],
  ["report-cadence", "warning"],
  ["document-number", "warning"],
  ["history-order", "error"],
  // Extensions beyond LANGUAGE.md's table, after it:
  ["export-ready", "info"],
  ["unfinished", "warning"],
];

// Vietnamese text has letters outside ASCII (diacritics or đ) somewhere.
const VIETNAMESE = /[à-ỹÀ-Ỹđ]/u;

describe("rule registry", () => {
  it("lists LANGUAGE.md's rules in table order, then the extensions, with their default severities", () => {
    assert.deepEqual(
      RULES.map((r) => [r.id, r.defaultSeverity]),
      TABLE,
    );
    for (const [id] of TABLE) assert.equal(ruleById(id)?.id, id);
  });

  it("has one file per rule in language/checks, named after its id", () => {
    const dir = fileURLToPath(new URL("../../language/checks/", import.meta.url));
    const files = readdirSync(dir)
      // Besides the rules: the registry, the rule contract, running them, and what running shares.
      .filter((f) => f.endsWith(".ts") && !["index.ts", "rule.ts", "run.ts", "apply-fixes.ts", "disable-comments.ts", "docs-url.ts"].includes(f))
      .map((f) => f.slice(0, -3))
      .sort();
    assert.deepEqual(files, TABLE.map(([id]) => id).sort());
  });

  it("every rule has its page docs/rules/<id>.md, linked by the docs URL under the repository of package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { repository: { url: string } };
    const repo = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    assert.equal(RULE_DOCS_BASE, `${repo}/blob/main/docs/rules/`);
    for (const rule of RULES) {
      assert.ok(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), `docs/rules/${rule.id}.md`);
      assert.equal(ruleDocsUrl(rule.id), `${RULE_DOCS_BASE}${rule.id}.md`);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id}: a description and every message in Vietnamese and English`, () => {
      for (const locale of LOCALES) {
        assert.ok(rule.description[locale]?.trim(), `${rule.id}: description.${locale}`);
      }
      assert.match(rule.description.vi, VIETNAMESE, `${rule.id}: the Vietnamese description has diacritics`);
      assert.notEqual(rule.description.vi, rule.description.en);
      const ids = Object.keys(rule.messages);
      assert.ok(ids.length > 0, `${rule.id} has messages`);
      for (const id of ids) {
        const m = rule.messages[id];
        for (const locale of LOCALES) assert.ok(m[locale]?.trim(), `${rule.id}.${id}.${locale}`);
        assert.match(m.vi, VIETNAMESE, `${rule.id}.${id}: the Vietnamese text has diacritics`);
        assert.notEqual(m.vi, m.en, `${rule.id}.${id}: vi and en differ`);
        // Both languages fill the same placeholders.
        const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        assert.deepEqual(slots(m.vi), slots(m.en), `${rule.id}.${id}: same placeholders`);
      }
    });
  }
});
