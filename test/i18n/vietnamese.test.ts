// One language on screen (issue 16, point 4): no English word in any Vietnamese message of the
// project — the rules, the parser, the CLI, the server, the workflow engine's words and reports,
// the document and the dashboard, the extension's own words and its manifest's translations.
// What counts as an English word: test/helpers/english-words.ts. The sweep reads every Vietnamese
// text where the sources write one (`vi: "…"`, a `vi: { … }` or `const vi = { … }` table, a
// `locale === "vi" ? "…"` choice), the two JSON translations, and what the engine renders in
// Vietnamese for the samples.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { day, samplesWorkspace } from "../workflows/helpers.js";
import { RULES, renderMessage } from "../../language/index.js";
import { planStateMermaid, simulateDocument, simulationReport, stateLabel, whatLabel, eventLabel } from "../../workflows/index.js";
import { statusDisplay } from "../../server/features/status-request.js";
import { ALLOWED, englishWords } from "../helpers/english-words.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const SOURCES = ["language", "cli", "server", "workflows", "document", "site", "extension", "host"];

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (name.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** The string literals in a piece of source (quotes, escapes and `${…}` expressions removed). */
function literals(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? "").replace(/\$\{[^}]*\}/g, " ").replace(/\\(.)/g, "$1"));
  }
  return out;
}

/** The text from an opening brace at `open` to its match. */
function block(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === "{") depth++;
    else if (code[i] === "}" && --depth === 0) return code.slice(open, i + 1);
  }
  return code.slice(open);
}

/** Every Vietnamese text a source file writes, with its line. */
function vietnameseTexts(code: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lineAt = (offset: number) => code.slice(0, offset).split("\n").length;
  const add = (offset: number, texts: string[]) => texts.forEach((text) => out.push({ line: lineAt(offset), text }));
  // `vi: "…"` (and the same with ' or `), a `vi: { … }` table, `const vi(: Type) = { … }`.
  for (const m of code.matchAll(/\bvi\s*:\s*(?=["'`])/g)) add(m.index!, literals(code.slice(m.index! + m[0].length)).slice(0, 1));
  for (const m of code.matchAll(/\b(?:vi\s*:|const vi\b[^=\n]*=)\s*\{/g)) add(m.index!, literals(block(code, m.index! + m[0].length - 1)));
  // `locale === "vi" ? "…"`, `vi ? "…"`.
  for (const m of code.matchAll(/(?:===\s*"vi"|\bvi)\s*\?\s*(?=["'`])/g)) add(m.index!, literals(code.slice(m.index! + m[0].length)).slice(0, 1));
  return out;
}

describe("i18n: no English word in a Vietnamese message", function () {
  this.timeout(60_000);

  it("the detector: English words are found, Vietnamese, names, codes and quoted keywords are not", () => {
    assert.deepEqual(englishWords("Báo cáo mỗi 6 months, overdue: report 2023-10-15"), ["months", "overdue", "report"]);
    assert.deepEqual(englishWords("Đã ban hành · since 15/10/2023"), ["since"]);
    assert.deepEqual(englishWords("Cơ quan chủ trì 'btg-tu-tq' của nhiệm vụ '{task}' không thuộc KL57, theo plancode.json và --format json"), []);
    assert.deepEqual(englishWords("cho các chi bộ, trong khi theo dõi, nhanh hơn"), []);
  });

  const offenders: string[] = [];
  const check = (where: string, text: string, allowed?: ReadonlySet<string>) => {
    const words = englishWords(text, allowed);
    if (words.length) offenders.push(`${where}: ${words.join(", ")} — ${text.replace(/\s+/g, " ").slice(0, 140)}`);
  };

  it("in the sources' Vietnamese texts", () => {
    for (const folder of SOURCES) {
      for (const file of tsFiles(join(REPO, folder))) {
        for (const { line, text } of vietnameseTexts(readFileSync(file, "utf8"))) check(`${relative(REPO, file)}:${line}`, text);
      }
    }
  });

  it("in the rules' rendered messages", () => {
    for (const rule of RULES) {
      check(`${rule.id} (description)`, rule.description.vi);
      // Templates as written (a renderer's placeholders filled with nothing would read "undefined").
      for (const [id, message] of Object.entries(rule.messages)) check(`${rule.id}.${id}`, rule.render ? renderMessage(rule, id, {}, "vi").replace(/undefined/g, "") : message.vi);
    }
  });

  it("the extension's words: each has its Vietnamese, and the bundle holds no other", () => {
    const used = new Set<string>();
    for (const file of tsFiles(join(REPO, "extension"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"((?:[^"\\]|\\.)*)"/g)) used.add(m[1].replace(/\\(.)/g, "$1"));
    }
    const bundle = JSON.parse(readFileSync(join(REPO, "extension/l10n/bundle.l10n.vi.json"), "utf8")) as Record<string, string>;
    assert.deepEqual([...used].filter((k) => !(k in bundle)), [], "words without a translation");
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], "translations nothing uses");
  });

  it("in the extension's translations and its manifest's", () => {
    for (const file of ["extension/l10n/bundle.l10n.vi.json", "extension/package.nls.vi.json"]) {
      for (const [key, text] of Object.entries(JSON.parse(readFileSync(join(REPO, file), "utf8")) as Record<string, string>)) check(`${file} ${key}`, text);
    }
  });

  it("in what the engine renders for the samples: states, deadlines, events, the simulation, the diagram, the editor's status", () => {
    const ws = samplesWorkspace();
    // Step names are the plans' own (`draft`, `approve`): data, not words of ours.
    const names = new Set([...ALLOWED, ...ws.documents().flatMap((e) => e.decl.approval?.steps.map((s) => s.name.text.toLowerCase()) ?? [])]);
    for (const state of ["drafting", "approval:draft", "approved", "issued", "disseminated", "implementing", "closed"]) check(`state ${state}`, stateLabel(state, "vi"), names);
    for (const what of ["report", "review preliminary", "review final", "approved", "issued", "disseminated", "closed"]) check(`deadline ${what}`, whatLabel(what, "vi", 2), names);
    for (const event of ["submitted", "returned", "approved", "issued", "disseminated", "reported", "reviewed preliminary", "reviewed final", "closed"]) check(`event ${event}`, eventLabel(event, "vi"), names);
    for (const [name, asOf] of [["KH-LB-57", "2024-06-30"], ["KH-LB-57", "2026-12-07"], ["KL16", "2024-06-30"], ["KL57", "2024-06-30"]] as const) {
      const doc = ws.lookupDocument(name)!;
      const sim = simulateDocument(doc, ws, { asOf: day(asOf), runs: 30, seed: 1 });
      // The report's own words: its table's rows start with plan names, dates and numbers.
      check(`simulation ${name} as of ${asOf}`, simulationReport(sim, "vi"), names);
      // The diagram's words: its states' labels and its transitions' (not Mermaid's syntax nor state ids).
      const diagram = doc.docKind === "plan" ? planStateMermaid(doc, day(asOf), "vi") : "";
      const labels = [...diagram.matchAll(/state "([^"]*)"|--> \w+: (.*)$/gm)].map((m) => m[1] ?? m[2]);
      if (doc.docKind === "plan") check(`diagram ${name}`, labels.join(" · "), names);
    }
    check("status display", JSON.stringify(statusDisplay({ state: "issued", since: day("2023-10-15"), overdue: [{ what: "report", due: day("2024-04-10") }], next: { what: "review final", due: day("2025-12-31") } }, "vi")), names);
  });

  after(() => {
    // One list of every offender, so a failure says everything to fix at once.
    if (offenders.length) assert.fail(`English words in Vietnamese messages:\n${offenders.join("\n")}`);
  });
});
