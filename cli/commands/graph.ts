// `plancode graph [paths...] [--format mermaid|dot] [--as-of DATE] [--locale vi|en]`
// The cascade of the workspace: directive → plans → plans, each node labelled with its number,
// issuer and state on `--as-of` (default: today). Mermaid (the default) renders on GitHub inside a
// ```mermaid block; DOT is for Graphviz.
import { cascadeGraph } from "../../workflows/index.js";
import { parseArgs } from "../args.js";
import { errorLine, resolveLocale } from "../errors.js";
import type { CliIO } from "../io.js";
import { loadWorkspace } from "../workspace.js";
import { verbUsage } from "../usage.js";
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
  const { flags, positionals } = parseArgs(argv, FLAGS);
  if (flags.help) {
    io.stdout(verbUsage("graph", resolveLocale(flags.locale, undefined, io.env), DETAILS));
    return 0;
  }
  const asOf = asOfDay(flags["as-of"], io);
  const loaded = await loadWorkspace(positionals, io, { locale: flags.locale });
  io.stdout(cascadeGraph(loaded.workspace, flags.format ?? "mermaid", asOf, { locale: loaded.locale }));
  for (const failure of loaded.failures) io.stderr(errorLine(failure.render(loaded.locale)));
  return loaded.failures.length ? 2 : 0;
}
