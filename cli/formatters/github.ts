// `github` — GitHub Actions workflow commands, one per finding, which the runner turns into
// annotations on the pull request:
// ::error file=a.plan,line=3,col=5,endLine=3,endColumn=9,title=coverage::message
// error → ::error, warning → ::warning, info → ::notice. Escaping as the runner expects: in the
// message %, CR, LF; in property values also `:` and `,`.
import type { Formatter } from "./types.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results) => {
  let out = "";
  for (const r of results) {
    const file = escapeProperty(r.displayPath.split("\\").join("/"));
    for (const m of r.messages) {
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};
