// `json-with-metadata` — ESLint's formatter of that name: `{"results": [the json format's
// entries], "metadata": {"cwd", "rulesMeta": {"<id>": {"type", "docs": {"description", "url"},
// "fixable"?}}}}`, so a code-review bot or dashboard can link every finding to its rule's page
// (docs/rules/<id>.md) without knowing plancode. Every rule is listed, in registry order; `type`
// is ESLint's word for what a rule finds: "problem" for rules that are errors by default, else
// "suggestion"; `fixable: "code"` for a rule that has fixes `--fix` applies.
import { ruleDocsUrl } from "../../language/index.js";
import { eslintResults } from "./json.js";
import type { Formatter } from "./types.js";

export const jsonWithMetadata: Formatter = (results, context) => {
  const rulesMeta = Object.fromEntries(
    context.rules.map((rule) => [
      rule.id,
      {
        type: rule.defaultSeverity === "error" ? "problem" : "suggestion",
        docs: { description: rule.description[context.locale], url: ruleDocsUrl(rule.id) },
        ...(rule.fixable ? { fixable: "code" } : {}),
      },
    ]),
  );
  return `${JSON.stringify({ results: eslintResults(results), metadata: { cwd: context.cwd, rulesMeta } })}\n`;
};
