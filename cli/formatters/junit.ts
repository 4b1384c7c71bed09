// `junit` — JUnit XML for CI test-report viewers: one <testsuite> per file, one <testcase> per
// finding; an error or warning carries a <failure type="error|warning">, an info finding passes
// and carries its message in <system-out>; a clean file has one passing testcase. Valid against
// the schema Jenkins reads reports with (test/fixtures/junit/jenkins-junit.xsd, checked with
// xmllint in the tests): the file's path goes on its <testsuite> (`file`), since Jenkins allows no
// `file` on a <testcase>; GitLab and Jenkins show each case as `classname` + `name`. Text is
// XML-escaped, and characters XML 1.0 cannot hold at all (control characters, lone surrogates)
// become U+FFFD.
import { totals, type Formatter, type LintMessage, type LintResult } from "./types.js";

/** XML-escapes text for element content and double-quoted attributes. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

function testcase(r: LintResult, m: LintMessage): string {
  const where = `${r.displayPath}:${m.line}:${m.column}`;
  const name = xmlEscape(`${where} ${m.ruleId}`);
  const classname = xmlEscape(`plancode.${m.ruleId}`);
  const body = xmlEscape(`${where}: ${m.message} (${m.ruleId})`);
  if (m.severity === "info") {
    return `    <testcase name="${name}" classname="${classname}" time="0">\n      <system-out>${body}</system-out>\n    </testcase>\n`;
  }
  return (
    `    <testcase name="${name}" classname="${classname}" time="0">\n` +
    `      <failure type="${m.severity}" message="${xmlEscape(m.message)}">${body}</failure>\n` +
    `    </testcase>\n`
  );
}

export const junit: Formatter = (results) => {
  const t = totals(results);
  const tests = results.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  out += `<testsuites name="plancode" tests="${tests}" failures="${t.errors + t.warnings}" errors="0">\n`;
  for (const r of results) {
    const failures = r.errorCount + r.warningCount;
    const file = xmlEscape(r.displayPath);
    out += `  <testsuite name="${file}" tests="${Math.max(1, r.messages.length)}" failures="${failures}" errors="0" skipped="0" time="0" file="${file}">\n`;
    if (!r.messages.length) out += `    <testcase name="${file}" classname="plancode" time="0"/>\n`;
    for (const m of r.messages) out += testcase(r, m);
    out += `  </testsuite>\n`;
  }
  out += `</testsuites>\n`;
  return out;
};
