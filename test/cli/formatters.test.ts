// The lint formatters in-process: exact output for hand-made results, escaping, odd text.
import assert from "node:assert/strict";
import { RULES } from "../../language/index.js";
import { FORMATTERS } from "../../cli/formatters/index.js";
import { escapeData, escapeProperty } from "../../cli/formatters/github.js";
import { xmlEscape } from "../../cli/formatters/junit.js";
import { summaryText, width } from "../../cli/formatters/stylish.js";
import type { FormatterContext, LintMessage, LintResult } from "../../cli/formatters/types.js";
import { toLintResult } from "../../cli/lint-results.js";

const context = (over: Partial<FormatterContext> = {}): FormatterContext => ({
  locale: "en",
  cwd: "/ws",
  color: false,
  rules: RULES,
  tool: { name: "plancode", version: "9.9.9", informationUri: "https://example.org/plancode" },
  ...over,
});

const msg = (over: Partial<LintMessage>): LintMessage => ({
  ruleId: "unresolved-reference",
  severity: "error",
  message: "Unknown unit 'x'",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});

function result(displayPath: string, messages: LintMessage[]): LintResult {
  return {
    uri: `file:///ws/${displayPath}`,
    filePath: `/ws/${displayPath}`,
    displayPath,
    messages,
    errorCount: messages.filter((m) => m.severity === "error").length,
    warningCount: messages.filter((m) => m.severity === "warning").length,
    infoCount: messages.filter((m) => m.severity === "info").length,
  };
}

const sample = [
  result("a.plan", [
    msg({ line: 3, column: 5, endColumn: 9 }),
    msg({ ruleId: "syntax", severity: "warning", message: "Expected '}'", line: 12, column: 10, endColumn: 11 }),
  ]),
  result("clean.plan", []),
  result("b.plan", [msg({ severity: "info", message: "Tên \"lạ\" 100% <b>" })]),
];

describe("cli formatters", () => {
  describe("stylish", () => {
    it("groups by file, aligns columns and ends with the summary", () => {
      assert.equal(
        FORMATTERS.stylish(sample, context()),
        [
          "",
          "a.plan",
          "  3:5    error    Unknown unit 'x'  unresolved-reference",
          "  12:10  warning  Expected '}'      syntax",
          "",
          "b.plan",
          '  1:1  info  Tên "lạ" 100% <b>  unresolved-reference',
          "",
          "✖ 3 problems (1 error, 1 warning, 1 info)",
          "",
        ].join("\n"),
      );
    });

    it("prints nothing for a clean run", () => {
      assert.equal(FORMATTERS.stylish([result("clean.plan", [])], context()), "");
    });

    it("localises severities and the summary", () => {
      const out = FORMATTERS.stylish(sample, context({ locale: "vi" }));
      assert.match(out, /^ {2}3:5 {4}lỗi {7}Unknown/m);
      assert.match(out, /^ {2}12:10 {2}cảnh báo {2}Expected/m);
      assert.match(out, /✖ 3 vấn đề \(1 lỗi, 1 cảnh báo, 1 thông tin\)\n$/);
      assert.equal(summaryText({ errors: 1, warnings: 0, infos: 0, problems: 1 }, "en"), "1 problem (1 error, 0 warnings)");
    });

    it("colours severities, dims positions and rule ids, and underlines the path on request", () => {
      const out = FORMATTERS.stylish(sample, context({ color: true }));
      assert.ok(out.includes("\u001b[4ma.plan\u001b[24m"));
      assert.ok(out.includes("\u001b[31merror  \u001b[39m"));
      assert.ok(out.includes("\u001b[33mwarning\u001b[39m"));
      assert.ok(out.includes("\u001b[2munresolved-reference\u001b[22m"));
      assert.ok(out.includes("\u001b[31m\u001b[1m✖ 3 problems"));
    });

    it("measures Vietnamese text by what a terminal shows (combining marks take no room)", () => {
      assert.equal(width("Tỉnh"), 4);
      assert.equal(width("Tỉnh".normalize("NFD")), 4);
      assert.equal(width("中文"), 4);
    });

    it("keeps a message on one line", () => {
      const out = FORMATTERS.stylish([result("a.plan", [msg({ message: "two\nlines\r\nhere" })])], context());
      assert.ok(out.includes("two lines here"));
    });
  });

  describe("json", () => {
    it("is ESLint's shape: severity 2/1, info as 1 but not counted", () => {
      const out = JSON.parse(FORMATTERS.json(sample, context()));
      assert.deepEqual(out, [
        {
          filePath: "/ws/a.plan",
          messages: [
            { ruleId: "unresolved-reference", severity: 2, message: "Unknown unit 'x'", line: 3, column: 5, endLine: 1, endColumn: 9 },
            { ruleId: "syntax", severity: 1, message: "Expected '}'", line: 12, column: 10, endLine: 1, endColumn: 11 },
          ],
          errorCount: 1,
          warningCount: 1,
        },
        { filePath: "/ws/clean.plan", messages: [], errorCount: 0, warningCount: 0 },
        {
          filePath: "/ws/b.plan",
          messages: [{ ruleId: "unresolved-reference", severity: 1, message: 'Tên "lạ" 100% <b>', line: 1, column: 1, endLine: 1, endColumn: 2 }],
          errorCount: 0,
          warningCount: 0,
        },
      ]);
    });

    it("prints [] for no files", () => {
      assert.equal(FORMATTERS.json([], context()), "[]\n");
    });
  });

  describe("github", () => {
    it("escapes data and properties as the Actions runner expects", () => {
      assert.equal(escapeData("100%\r\nnext"), "100%25%0D%0Anext");
      assert.equal(escapeProperty("a,b:c%d\n"), "a%2Cb%3Ac%25d%0A");
    });

    it("maps error, warning and info to ::error, ::warning and ::notice", () => {
      const out = FORMATTERS.github([result("dir/a,b.plan", [msg({}), msg({ severity: "warning" }), msg({ severity: "info", message: "50%\nok" })])], context());
      assert.equal(
        out,
        [
          "::error file=dir/a%2Cb.plan,line=1,col=1,endLine=1,endColumn=2,title=unresolved-reference::Unknown unit 'x'",
          "::warning file=dir/a%2Cb.plan,line=1,col=1,endLine=1,endColumn=2,title=unresolved-reference::Unknown unit 'x'",
          "::notice file=dir/a%2Cb.plan,line=1,col=1,endLine=1,endColumn=2,title=unresolved-reference::50%25%0Aok",
          "",
        ].join("\n"),
      );
    });
  });

  describe("junit", () => {
    it("escapes markup and drops characters XML cannot hold", () => {
      assert.equal(xmlEscape(`<a href="x">&'\u0001\uD800x\tz`), "&lt;a href=&quot;x&quot;&gt;&amp;'\uFFFD\uFFFDx&#9;z");
      assert.equal(xmlEscape("😀 Tỉnh"), "😀 Tỉnh");
    });

    it("writes failures for errors and warnings, system-out for info, one passing case for a clean file", () => {
      const out = FORMATTERS.junit(sample, context());
      assert.match(out, /<testsuites name="plancode" tests="4" failures="2" errors="0">/);
      assert.match(out, /<testsuite name="a\.plan" tests="2" failures="2" errors="0" skipped="0" time="0" file="a\.plan">/);
      assert.match(out, /<failure type="warning" message="Expected '}'">a\.plan:12:10: Expected '}' \(syntax\)<\/failure>/);
      assert.match(out, /<testsuite name="clean\.plan" tests="1" failures="0"[^>]*>\n {4}<testcase name="clean\.plan" classname="plancode" time="0"\/>/);
      assert.doesNotMatch(out, /<testcase [^>]*file=/, "Jenkins allows no file on a testcase");
      assert.match(out, /<testsuite name="b\.plan" tests="1" failures="0"/);
      assert.match(out, /<system-out>b\.plan:1:1: Tên &quot;lạ&quot; 100% &lt;b&gt; \(unresolved-reference\)<\/system-out>/);
    });
  });

  describe("compact", () => {
    it("is ESLint's compact format with an English frame whatever the locale, absolute paths", () => {
      const out = FORMATTERS.compact(sample, context({ locale: "vi" }));
      assert.equal(
        out,
        [
          "/ws/a.plan: line 3, col 5, Error - Unknown unit 'x' (unresolved-reference)",
          "/ws/a.plan: line 12, col 10, Warning - Expected '}' (syntax)",
          '/ws/b.plan: line 1, col 1, Info - Tên "lạ" 100% <b> (unresolved-reference)',
          "",
          "3 problems",
          "",
        ].join("\n"),
      );
      assert.equal(FORMATTERS.compact([result("clean.plan", [])], context()), "");
    });
  });

  describe("json-with-metadata", () => {
    it("is ESLint's: the json results, and each rule's description, page and fixability", () => {
      const out = JSON.parse(FORMATTERS["json-with-metadata"](sample, context()));
      assert.deepEqual(out.results, JSON.parse(FORMATTERS.json(sample, context())));
      assert.equal(out.metadata.cwd, "/ws");
      assert.deepEqual(Object.keys(out.metadata.rulesMeta), RULES.map((r) => r.id));
      assert.deepEqual(out.metadata.rulesMeta["lead-also-support"], {
        type: "suggestion",
        docs: { description: RULES.find((r) => r.id === "lead-also-support")!.description.en, url: "https://github.com/plancode/plancode/blob/main/docs/rules/lead-also-support.md" },
        fixable: "code",
      });
      assert.equal(out.metadata.rulesMeta.syntax.type, "problem");
      assert.equal(out.metadata.rulesMeta.syntax.fixable, undefined);
    });
  });

  describe("sarif", () => {
    it("lists every rule, maps levels, and locates results relative to the cwd", () => {
      const outside: LintResult = { ...result("x.plan", [msg({})]), filePath: "/elsewhere/x y.plan", displayPath: "/elsewhere/x y.plan" };
      const log = JSON.parse(FORMATTERS.sarif([...sample, outside], context()));
      const run = log.runs[0];
      assert.deepEqual(
        run.tool.driver.rules.map((r: { id: string }) => r.id),
        RULES.map((r) => r.id),
      );
      assert.equal(run.tool.driver.version, "9.9.9");
      assert.equal(run.tool.driver.informationUri, "https://example.org/plancode");
      assert.deepEqual(run.originalUriBaseIds, { "%SRCROOT%": { uri: "file:///ws/" } });
      assert.equal(run.columnKind, "utf16CodeUnits");
      assert.deepEqual(
        run.results.map((r: { level: string }) => r.level),
        ["error", "warning", "note", "error"],
      );
      assert.equal(run.results[0].message.text, "Unknown unit 'x'.");
      assert.deepEqual(run.results[0].locations[0].physicalLocation, {
        artifactLocation: { uri: "a.plan", uriBaseId: "%SRCROOT%" },
        region: { startLine: 3, startColumn: 5, endLine: 1, endColumn: 9 },
      });
      assert.deepEqual(run.results[3].locations[0].physicalLocation.artifactLocation, { uri: "file:///elsewhere/x%20y.plan" });
      const syntax = run.tool.driver.rules.find((r: { id: string }) => r.id === "syntax");
      assert.equal(syntax.name, undefined, "a name equal to the id is left out");
      assert.equal(syntax.helpUri, "https://github.com/plancode/plancode/blob/main/docs/rules/syntax.md");
      assert.equal(run.results[1].ruleIndex, RULES.findIndex((r) => r.id === "syntax"));
    });

    it("writes rule texts in the locale", () => {
      const vi = JSON.parse(FORMATTERS.sarif([], context({ locale: "vi" })));
      const syntax = vi.runs[0].tool.driver.rules[0];
      assert.equal(syntax.fullDescription.text, RULES[0].description.vi.replace(/\.?$/, "."));
      assert.match(syntax.help.text, /Cấu hình trong plancode\.json/);
      assert.equal(vi.runs[0].tool.driver.language, "vi-VN");
    });
  });

  describe("positions", () => {
    it("are 1-based, in UTF-16 units, with endColumn past the last character", () => {
      const text = "// 😀 Tỉnh\r\nunit a \"A\" in xyz\n";
      const start = text.indexOf("xyz");
      const r = toLintResult(
        "file:///ws/a.plan",
        text,
        [{ ruleId: "unresolved-reference", severity: "error", uri: "file:///ws/a.plan", span: { start, end: start + 3 }, messageId: "m", data: {}, message: { vi: "vi", en: "en" } }],
        "vi",
        "/ws",
      );
      assert.deepEqual(r.messages[0], { ruleId: "unresolved-reference", severity: "error", message: "vi", line: 2, column: 15, endLine: 2, endColumn: 18 });
      assert.equal(r.displayPath, "a.plan");
      const emoji = toLintResult(
        "file:///ws/a.plan",
        text,
        [{ ruleId: "syntax", severity: "error", uri: "file:///ws/a.plan", span: { start: 6, end: 6 }, messageId: "m", data: {}, message: { vi: "vi", en: "en" } }],
        "en",
        "/ws",
      );
      // "// 😀 " is 6 UTF-16 units (the emoji is two): column 7; an empty range ends where it starts.
      assert.deepEqual([emoji.messages[0].column, emoji.messages[0].endColumn], [7, 7]);
    });
  });
});
