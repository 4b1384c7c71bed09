// `sarif` — SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers. One run:
// tool.driver (name, version, informationUri, every rule with its descriptions and help in the
// locale, its page (helpUri: docs/rules/<id>.md) and its default level), results (rule id and index, level, message, one location with
// a 1-based region). Paths below the cwd are relative URIs against the `%SRCROOT%` base (the
// cwd, given in originalUriBaseIds); others are absolute file URIs. Columns are UTF-16 code
// units (columnKind). Levels: error → error, warning → warning, info → note.
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleDocsUrl, type Locale, type Rule, type Severity } from "../../language/index.js";
import type { Formatter, LintResult } from "./types.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

const HELP: Record<Locale, (id: string) => string> = {
  en: (id) =>
    `Configure it in plancode.json: "rules": {"${id}": "off" | "info" | "warning" | "error"}. ` +
    `Silence one line with a comment on the line before: // plancode-disable-next-line ${id}`,
  vi: (id) =>
    `Cấu hình trong plancode.json: "rules": {"${id}": "off" | "info" | "warning" | "error"}. ` +
    `Bỏ qua một dòng bằng chú thích ở dòng trước: // plancode-disable-next-line ${id}`,
};

/** `unresolved-reference` → `UnresolvedReference` (SARIF's rule `name`). */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** A sentence ends with a period (SARIF viewers show messages as sentences). */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** The first clause of a description, for shortDescription. */
function short(s: string): string {
  const cut = s.search(/\s\(|;|: /);
  return sentence(cut > 0 ? s.slice(0, cut) : s);
}

function ruleDescriptor(rule: Rule, locale: Locale) {
  const description = rule.description[locale];
  const name = pascal(rule.id);
  return {
    id: rule.id,
    // A `name` that equals the id (ignoring case, e.g. `syntax`) must be left out (SARIF1001).
    ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: short(description) },
    fullDescription: { text: sentence(description) },
    help: { text: sentence(`${sentence(description)} ${HELP[locale](rule.id)}`) },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

/** Relative to %SRCROOT% (the cwd) when the file is below it, else an absolute file URI. */
function artifactLocation(r: LintResult): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(r.displayPath)) {
    return { uri: r.displayPath.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(r.filePath).href };
}

export const sarif: Formatter = (results, context) => {
  const rules = [...context.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
      level: LEVEL[m.severity],
      message: { text: sentence(m.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r),
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
    })),
  );
  const cwdUri = pathToFileURL(context.cwd.endsWith("/") ? context.cwd : `${context.cwd}/`).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri,
            language: context.locale === "vi" ? "vi-VN" : "en-US",
            rules: rules.map((rule) => ruleDescriptor(rule, context.locale)),
          },
        },
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { "%SRCROOT%": { uri: cwdUri } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
