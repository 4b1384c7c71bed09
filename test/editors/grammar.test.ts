// The extension's static parts: the TextMate grammar (tokenized with vscode-textmate and
// Oniguruma, the engine VS Code uses), the language configuration's word pattern, and the
// rule lists of the plancode.json schema and the `plancode.rules` setting.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as Oniguruma from "vscode-oniguruma";
import type * as TextMate from "vscode-textmate";
import { RULES } from "../../language/index.js";
import { simulationJsonSchema } from "../../workflows/index.js";
import { REPO } from "./harness.js";

const require = createRequire(import.meta.url);
// Both are CommonJS: load them as VS Code does.
const oniguruma = require("vscode-oniguruma") as typeof Oniguruma;
const textmate = require("vscode-textmate") as typeof TextMate;
const json = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), "utf8"));

let grammar: TextMate.IGrammar;

async function loadGrammar(): Promise<void> {
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === "source.plan" ? textmate.parseRawGrammar(readFileSync(join(REPO, "extension/syntaxes/plan.tmLanguage.json"), "utf8"), "plan.tmLanguage.json") : null,
  });
  const g = await registry.loadGrammar("source.plan");
  assert.ok(g, "the grammar loads");
  grammar = g;
}

/** Tokenizes `text`; returns [token text, innermost scope] pairs without whitespace tokens. */
function tokens(text: string): [string, string][] {
  let state = textmate.INITIAL;
  const out: [string, string][] = [];
  for (const line of text.split("\n")) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const s = line.slice(t.startIndex, t.endIndex);
      if (s.trim()) out.push([s, t.scopes[t.scopes.length - 1]]);
    }
    state = r.ruleStack;
  }
  return out;
}

function scopeOf(text: string, token: string, nth = 1): string {
  const hits = tokens(text).filter(([s]) => s === token);
  assert.ok(hits.length >= nth, `no token ${JSON.stringify(token)} in ${JSON.stringify(tokens(text))}`);
  return hits[nth - 1][1];
}

describe("editors: the TextMate grammar (extension/syntaxes/plan.tmLanguage.json)", () => {
  before(loadGrammar);

  const plan = [
    "// Kế hoạch của Tỉnh ủy",
    "plan KH-BD-57 { /* block",
    "  comment */",
    '  title "Kế hoạch \\"57\\" và \\\\ ký hiệu"',
    "  issuer tinh-uy-binh-duong",
    "  issued 12/9/2023",
    "  task A1 \"Quán triệt\" covers T1, KL57.T2.1 {",
    "    lead btg-tu-bd",
    "    due Q4/2023",
    '    indicator "Tỷ lệ" target 100%',
    "  }",
    "  approval { step draft by btg-tu-bd within 30 days }",
    "  reporting { report \"Báo cáo\" every 6 months due day 10 to btg-tw }",
    "  horizon 2030",
    "  history {",
    "    2023-09-12 issued",
    '    2023-10-11 disseminated "Hội nghị"',
    "    2024-06 reviewed preliminary",
    "  }",
    "}",
  ].join("\n");

  it("comments, line and block", () => {
    assert.equal(scopeOf(plan, "//"), "punctuation.definition.comment.plan");
    assert.equal(scopeOf(plan, " Kế hoạch của Tỉnh ủy"), "comment.line.double-slash.plan");
    assert.equal(scopeOf(plan, "  comment "), "comment.block.plan");
  });

  it("declarations and their names", () => {
    assert.equal(scopeOf(plan, "plan"), "storage.type.document.plan");
    assert.equal(scopeOf(plan, "KH-BD-57"), "entity.name.type.document.plan");
    assert.equal(scopeOf(plan, "task"), "storage.type.task.plan");
    assert.equal(scopeOf(plan, "A1"), "entity.name.function.task.plan");
    assert.equal(scopeOf(plan, "draft"), "entity.name.tag.plan");
  });

  it("keywords and references (names with '-' and '.')", () => {
    assert.equal(scopeOf(plan, "covers"), "keyword.other.property.plan");
    assert.equal(scopeOf(plan, "lead"), "keyword.other.property.plan");
    assert.equal(scopeOf(plan, "tinh-uy-binh-duong"), "variable.other.reference.plan");
    assert.equal(scopeOf(plan, "KL57.T2.1"), "variable.other.reference.plan");
  });

  it("strings with escapes and Vietnamese text", () => {
    assert.equal(scopeOf(plan, '\\"'), "constant.character.escape.plan");
    assert.equal(scopeOf(plan, "\\\\"), "constant.character.escape.plan");
    assert.equal(scopeOf(plan, "Quán triệt"), "string.quoted.double.plan");
  });

  it("both date styles, months, quarters, durations, percentages, numbers", () => {
    assert.equal(scopeOf(plan, "12/9/2023"), "constant.other.date.vi.plan");
    assert.equal(scopeOf(plan, "2023-09-12"), "constant.other.date.iso.plan");
    assert.equal(scopeOf(plan, "2024-06"), "constant.other.month.iso.plan");
    assert.equal(scopeOf(plan, "Q4/2023"), "constant.other.quarter.plan");
    assert.equal(scopeOf(plan, "30"), "constant.numeric.duration.plan");
    assert.equal(scopeOf(plan, "days"), "keyword.other.unit.plan");
    assert.equal(scopeOf(plan, "100%"), "constant.numeric.percentage.plan");
    assert.equal(scopeOf(plan, "2030"), "constant.numeric.plan");
  });

  it("history events", () => {
    assert.equal(scopeOf(plan, "issued", 2), "keyword.control.event.plan");
    assert.equal(scopeOf(plan, "disseminated"), "keyword.control.event.plan");
    assert.equal(scopeOf(plan, "reviewed"), "keyword.control.event.plan");
  });

  it("every keyword of the language is scoped as a keyword where it is one (document parts included)", () => {
    const text = [
      "unit tinh-uy \"Tỉnh ủy\" level province {",
      '  place "Bình Dương"',
      '  superior "ĐẢNG BỘ TỈNH"',
      '  heading "TỈNH ỦY"',
      "}",
      "plan P {",
      '  preamble "a"',
      '  purpose "a"',
      '  requirement "a"',
      '  organization "a"',
      '  task A1 "a" { detail "b" }',
      '  section "KINH PHÍ" { paragraph "c" }',
      '  signature { authority "T/M" position "PHÓ BÍ THƯ" signer "A" }',
      '  recipients { btg-tw "Lưu VT" }',
      "}",
    ].join("\n");
    for (const word of ["place", "superior", "heading", "preamble", "purpose", "requirement", "organization", "detail", "paragraph", "authority", "position", "signer"]) {
      assert.equal(scopeOf(text, word), "keyword.other.property.plan", word);
    }
    for (const word of ["section", "signature", "recipients"]) assert.equal(scopeOf(text, word), "storage.type.block.plan", word);
    // A unit in `recipients` is a name, not a keyword.
    assert.notEqual(scopeOf(text, "btg-tw"), "keyword.other.property.plan");
  });

  it("every sample file tokenizes without an invalid token", () => {
    for (const rel of ["samples/central/kl57.plan", "samples/provinces/binh-duong.plan", "samples/districts/lam-binh.plan"]) {
      const bad = tokens(readFileSync(join(REPO, rel), "utf8")).filter(([, scope]) => scope.startsWith("invalid"));
      assert.deepEqual(bad, [], rel);
    }
  });
});

describe("editors: language configuration and settings schemas", () => {
  it("the word pattern keeps names, dates and quarters whole", () => {
    const { wordPattern } = json("extension/language-configuration.json");
    const re = new RegExp(wordPattern.pattern, `${wordPattern.flags}g`);
    const words = "covers KL57.T2.1, tinh-uy-binh-duong due Q4/2023 12/9/2023 6/2024 100% Bình".match(re);
    assert.deepEqual(words, ["covers", "KL57.T2.1", "tinh-uy-binh-duong", "due", "Q4/2023", "12/9/2023", "6/2024", "100%", "Bình"]);
  });

  it("plancode.json's schema and the plancode.rules setting list exactly the rules of the language", () => {
    const ids = RULES.map((r) => r.id).sort();
    assert.equal(ids.length, 16);
    const schema = json("schemas/plancode.schema.json");
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids);
    for (const rule of RULES) assert.equal(schema.properties.rules.properties[rule.id].default, rule.defaultSeverity, rule.id);
    const setting = json("extension/package.json").contributes.configuration.properties["plancode.rules"];
    assert.deepEqual(Object.keys(setting.properties).sort(), ids);
  });

  it("the schema's `simulation` is exactly what `plancode simulate` reads (workflows/delays.ts)", () => {
    const schema = json("schemas/plancode.schema.json");
    assert.deepEqual(schema.properties.simulation, simulationJsonSchema());
    assert.equal(schema.properties.simulation.additionalProperties, false);
  });

  it("the samples' plancode.json fits the schema's keys", () => {
    const schema = json("schemas/plancode.schema.json");
    for (const key of Object.keys(json("samples/plancode.json"))) assert.ok(key in schema.properties, key);
  });

  it("LANGUAGE.md's names: package and CLI `plancode`, files `.plan`, VS Code language id `plan`", () => {
    const npm = json("package.json");
    assert.equal(npm.name, "plancode");
    assert.deepEqual(Object.keys(npm.bin), ["plancode"]);
    const pkg = json("extension/package.json");
    assert.deepEqual(
      pkg.contributes.languages.map((l: { id: string; extensions: string[] }) => [l.id, l.extensions]),
      [["plan", [".plan"]]],
    );
    assert.deepEqual(
      pkg.contributes.grammars.map((g: { language: string }) => g.language),
      ["plan"],
    );
    assert.ok(pkg.activationEvents.includes("onLanguage:plan"));
    // The client asks the server about `plan` documents.
    assert.match(readFileSync(join(REPO, "extension", "extension.ts"), "utf8"), /\{ scheme: "file", language: "plan" \}/);
  });

  it("every contributed command has a localized title in package.nls.json and package.nls.vi.json", () => {
    const pkg = json("extension/package.json");
    const en = json("extension/package.nls.json");
    const vi = json("extension/package.nls.vi.json");
    for (const c of pkg.contributes.commands) {
      const key = String(c.title).replace(/^%|%$/g, "");
      assert.ok(en[key] && vi[key], c.command);
    }
  });
});
