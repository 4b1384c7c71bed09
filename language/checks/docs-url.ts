// Where each rule's page is read: `docs/rules/<id>.md` of the project's repository (what it
// reports, why, bad and good examples, the fixes, how to configure or silence it). One base for
// SARIF's `helpUri`, the language server's `codeDescription` and the JSON output's rule metadata;
// test/checks/rules-meta.test.ts holds it to package.json's `repository` and to the pages on disk.
export const RULE_DOCS_BASE = "https://github.com/plancode/plancode/blob/main/docs/rules/";

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(id)}.md`;
}
