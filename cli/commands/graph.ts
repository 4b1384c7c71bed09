// `plancode graph [paths...] [--format mermaid|dot] [--as-of DATE] [--locale vi|en]`
// The cascade of the workspace: directive → plans → plans, each node labelled with its number,
// issuer and state on `--as-of` (default: today). Mermaid (the default) renders on GitHub inside a
// ```mermaid block; DOT is for Graphviz.
import { cascadeGraph } from "../../workflows/index.js";
import type { CliIO } from "../io.js";
import { loadWorkspace } from "../workspace.js";
import { reportFailures, verbArgs } from "../verb.js";
import { asOfDay } from "./workflow-shared.js";

export const FLAGS = {
  format: { type: "string", short: "f", choices: ["mermaid", "dot"] },
  "as-of": { type: "string", valueName: "DATE" },
  locale: { type: "string", choices: ["vi", "en"] },
  help: { type: "boolean", short: "h" },
} as const;

const DETAILS = {
  en: `--format  mermaid (default; renders on GitHub) or dot (Graphviz)
--as-of   the date of the states shown: YYYY-MM-DD or D/M/YYYY (default: today)
--locale  language of the labels: vi or en (default: plancode.json, then LANG)`,
  vi: `--format  mermaid (mặc định; hiển thị được trên GitHub) hoặc dot (Graphviz)
--as-of   ngày của trạng thái hiển thị: YYYY-MM-DD hoặc D/M/YYYY (mặc định: hôm nay)
--locale  ngôn ngữ của nhãn: vi hoặc en (mặc định: plancode.json, rồi LANG)`,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = verbArgs("graph", argv, FLAGS, io, DETAILS);
  if (!args) return 0;
  const { flags, positionals } = args;
  const asOf = asOfDay(flags["as-of"], io);
  const loaded = await loadWorkspace(positionals, io, { locale: flags.locale });
  io.stdout(cascadeGraph(loaded.workspace, flags.format ?? "mermaid", asOf, { locale: loaded.locale }));
  return reportFailures(loaded, io);
}
