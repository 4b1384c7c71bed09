// LANGUAGE.md § Checks, the paragraph after the table: `plancode.json`'s `"rules"` severities
// and `// plancode-disable-next-line RULE`, applied by checkFile (language/checks/run.ts) to every
// rule. (The CLI reads plancode.json and passes it here: test/cli/lint.test.ts.)
import assert from "node:assert/strict";
import { checkFile, lineIndexOf, parseConfig, Workspace, type CheckOptions } from "../../language/index.js";
import { BASE_FILES, plan } from "../helpers/plan-fixtures.js";

const URI = "file:///ws/test.plan";

function workspaceOf(code: string): Workspace {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(BASE_FILES)) ws.setFile(uri, text);
  ws.setFile(URI, code);
  return ws;
}

/** `line rule severity` of every finding on the target file. */
function lint(code: string, options: CheckOptions = {}): string[] {
  const ws = workspaceOf(code);
  const lines = lineIndexOf({ text: code });
  return checkFile(ws, URI, options).map((f) => `${lines.positionAt(f.span.start).line + 1} ${f.ruleId} ${f.severity}`);
}

// Line 9: a task without indicator (measurable, warning) led by an unknown body (unresolved-reference, error).
const TASK = plan(`\n  task A1 "a" covers T1, T2, T3 { lead btg-tu-aa due 2025 }\n  reporting { report "r" every 6 months due day 10 to btg-tw }`);

describe("checks: plancode.json severities and disable comments", () => {
  it("each rule reports at its default severity", () => {
    assert.deepEqual(lint(TASK), ["9 measurable warning", "9 unresolved-reference error"]);
  });

  it(`"rules": {"measurable": "off" | "info" | "warning" | "error"}`, () => {
    assert.deepEqual(lint(TASK, { rules: { measurable: "off" } }), ["9 unresolved-reference error"]);
    assert.deepEqual(lint(TASK, { rules: { measurable: "info" } }), ["9 measurable info", "9 unresolved-reference error"]);
    assert.deepEqual(lint(TASK, { rules: { measurable: "warning" } }), ["9 measurable warning", "9 unresolved-reference error"]);
    assert.deepEqual(lint(TASK, { rules: { measurable: "error", "unresolved-reference": "warning" } }), ["9 measurable error", "9 unresolved-reference warning"]);
  });

  it("plancode.json's text gives exactly those settings, and its locale", () => {
    const { config, problems } = parseConfig(`{"rules": {"measurable": "off", "coverage": "error"}, "locale": "vi"}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { measurable: "off", coverage: "error" });
    assert.equal(config.locale, "vi");
    assert.equal(parseConfig(`{"locale": "en"}`).config.locale, "en");
    for (const bad of [`{"rules": {"measurable": "loud"}}`, `{"rules": {"no-such-rule": "off"}}`, `{"locale": "fr"}`]) {
      assert.equal(parseConfig(bad).problems.length, 1, bad);
    }
  });

  it("an unknown key or rule in plancode.json names the closest known one", () => {
    const { problems } = parseConfig(`{"rule": {}, "rules": {"coverag": "off", "khong-co-gi-giong": "off"}, "locales": "vi"}`);
    assert.deepEqual(
      problems.map((p) => [p.messageId, p.data]),
      [
        ["unknownKeyGuess", { key: "rule", guess: "rules" }],
        ["unknownKeyGuess", { key: "locales", guess: "locale" }],
        ["unknownRuleGuess", { rule: "coverag", guess: "coverage" }],
        ["unknownRule", { rule: "khong-co-gi-giong" }],
      ],
    );
  });

  describe("// plancode-disable-next-line RULE", () => {
    const twice = (comment: string): string =>
      plan(`\n  ${comment}\n  task A1 "a" covers T1, T2, T3 { lead btg-tu-aa due 2025 }\n  task A2 "b" { lead btg-tu-aa indicator "i" target 1 }\n  reporting { report "r" every 6 months due day 10 to btg-tw }`);

    it("silences that rule on the next line only", () => {
      assert.deepEqual(lint(twice("// plancode-disable-next-line unresolved-reference")), ["10 measurable warning", "11 unresolved-reference error"]);
      assert.deepEqual(lint(twice("// plancode-disable-next-line measurable")), ["10 unresolved-reference error", "11 unresolved-reference error"]);
    });

    it("a comment naming another rule, or a plain comment, silences nothing", () => {
      const all = ["10 measurable warning", "10 unresolved-reference error", "11 unresolved-reference error"];
      assert.deepEqual(lint(twice("// plancode-disable-next-line coverage")), all);
      assert.deepEqual(lint(twice("// plancode: unresolved-reference")), all);
    });

    it("extensions: several rules separated by commas; no rule silences every rule of the next line", () => {
      assert.deepEqual(lint(twice("// plancode-disable-next-line measurable, unresolved-reference")), ["11 unresolved-reference error"]);
      assert.deepEqual(lint(twice("// plancode-disable-next-line")), ["11 unresolved-reference error"]);
    });

    it("words after ` -- ` are a reason, not rule ids (as in ESLint)", () => {
      assert.deepEqual(lint(twice("// plancode-disable-next-line measurable -- unresolved-reference is intended")), [
        "10 unresolved-reference error",
        "11 unresolved-reference error",
      ]);
      assert.deepEqual(lint(twice("// plancode-disable-next-line -- drafted before the guidance")), ["11 unresolved-reference error"]);
    });

    it("a rule id that names no rule is an unresolved-reference on the id, with the closest rule id", () => {
      const code = twice("// plancode-disable-next-line coverag, measurable -- lead to be chosen");
      const findings = checkFile(workspaceOf(code), URI).filter((f) => f.messageId === "ruleSuggest");
      assert.equal(findings.length, 1);
      const [f] = findings;
      assert.equal(f.ruleId, "unresolved-reference");
      assert.equal(code.slice(f.span.start, f.span.end), "coverag");
      assert.equal(f.message.en, "Unknown rule 'coverag' in a plancode-disable-next-line comment. Did you mean 'coverage'?");
      assert.equal(f.message.vi, "Không có quy tắc 'coverag' (chú thích plancode-disable-next-line). Có phải là 'coverage'?");
      assert.deepEqual(f.fixes?.map((x) => x.edits), [[{ span: f.span, newText: "coverage" }]]);
      // measurable, named rightly, is still silenced on the next line; the reason names no rule.
      assert.deepEqual(lint(code), ["9 unresolved-reference error", "10 unresolved-reference error", "11 unresolved-reference error"]);
      assert.deepEqual(lint(twice("// plancode-disable-next-line khong-co-quy-tac-nay")), [
        "9 unresolved-reference error",
        "10 measurable warning",
        "10 unresolved-reference error",
        "11 unresolved-reference error",
      ]);
    });

    it("works for a syntax error too", () => {
      const code = `unit a "A"\n// plancode-disable-next-line syntax\nunit b "B" }\n`;
      assert.deepEqual(lint(code), []);
      assert.deepEqual(lint(code.replace("syntax", "measurable")), ["3 syntax error"]);
    });
  });
});
