// textDocument/completion — needs: indexed. What the cursor position expects (language/ide's
// `cursorContext`) decides the list: keywords and block snippets on a new line; the parent
// document's tasks after `covers`; bodies of the issuer's subtree after `lead`/`support`; units
// and documents ranked by where they may legally go and by proximity (language/ide's
// `rankUnits`, `rankDocuments`), the first `RANKED_LIMIT` of them, the list marked incomplete
// when more matched (a nationwide workspace has 118,000 units); levels; the events the lifecycle
// allows next in `history`; date formats.
import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from "vscode-languageserver/node.js";
import { allTasks, formatIso, formatVi, planCoverage, toYMD, type DocumentDecl, type Locale, type UnitDecl } from "../../language/index.js";
import { offsetOf, rangeOf } from "../convert.js";
import { t, type UIKey } from "../messages.js";
import { cursorContext, eventsAllowedAt, rankDocuments, rankingScene, rankUnits, type BlockKind, type CursorContext, type RankingScene } from "../../language/ide/index.js";
import { documentNamed, type Services } from "../services.js";

/** Ranked units and documents listed at most: the list comes in milliseconds even nationwide, and narrows as the drafter types. */
export const RANKED_LIMIT = 100;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function completion(services: Services, params: CompletionParams): CompletionList {
  const file = services.file(params.textDocument.uri);
  if (!file) return EMPTY;
  const offset = offsetOf(file, params.position);
  const context = cursorContext(file.text, offset);
  // A typed space opens the list after a keyword that takes a value, never on a new line.
  const typedSpace = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
  if (typedSpace && (context.expect === "statement" || !file.text.slice(context.lineStart, context.word.start).trim())) return EMPTY;
  const locale = services.locale(file.uri);
  const range = rangeOf(file, context.word);
  const snippets = services.capabilities().textDocument?.completion?.completionItem?.snippetSupport === true;
  const plan = documentNamed(file, context.document);
  const scene = needsScene(context) ? rankingScene(services.workspace, file.uri, file.text, offset, context.word) : { workspace: services.workspace, uri: file.uri, document: plan };
  const typed = file.text.slice(context.word.start, Math.max(context.word.start, offset));
  const { items, incomplete } = itemsFor(services, context, scene, typed, locale, snippets);
  // Replace the word being typed; the client filters by what is typed so far.
  return {
    isIncomplete: incomplete,
    items: items.map((item, i) => ({
      ...item,
      sortText: item.sortText ?? String(i).padStart(4, "0"),
      textEdit: { range, newText: item.insertText ?? item.label },
      insertText: undefined,
    })),
  };
}

function itemsFor(
  services: Services,
  context: CursorContext,
  scene: RankingScene,
  typed: string,
  locale: Locale,
  snippets: boolean,
): { items: CompletionItem[]; incomplete: boolean } {
  const complete = (items: CompletionItem[]) => ({ items, incomplete: false });
  switch (context.expect) {
    case "role": {
      // The bodies the plan may assign work to (few); without a known issuer, ranked units.
      const issuer = scene.document?.issuer && services.workspace.lookupUnit(scene.document.issuer.text);
      const root = issuer && services.workspace.levelledUnit(issuer);
      if (root) return complete(services.workspace.subtree(root).map((u) => unitItem(services, u, locale)));
      const ranked = rankUnits(scene, context.site, typed, RANKED_LIMIT);
      return { items: ranked.items.map((u) => unitItem(services, u, locale)), incomplete: ranked.incomplete };
    }
    case "unit": {
      const ranked = rankUnits(scene, context.site, typed, RANKED_LIMIT);
      return { items: ranked.items.map((u) => unitItem(services, u, locale)), incomplete: ranked.incomplete };
    }
    case "document":
    case "directive": {
      const ranked = rankDocuments(scene, context.site, typed, RANKED_LIMIT);
      return { items: ranked.items.map(documentItem), incomplete: ranked.incomplete };
    }
    default:
      return complete(otherItems(services, context, scene.document, locale, snippets));
  }
}

function otherItems(services: Services, context: CursorContext, plan: DocumentDecl | undefined, locale: Locale, snippets: boolean): CompletionItem[] {
  const ws = services.workspace;
  switch (context.expect) {
    case "covers": {
      const coverage = plan && planCoverage(ws, plan);
      if (!coverage) return [];
      const parent = coverage.parent;
      return allTasks(parent).map((task, i) => ({
        label: task.name.text,
        kind: CompletionItemKind.Reference,
        detail: task.title?.value,
        labelDetails: { description: parent.name.text },
        documentation: task.title?.value,
        // Tasks not yet covered first (a subtask of a covered task is covered).
        sortText: `${coverage.isCovered(task) ? 1 : 0}${String(i).padStart(4, "0")}`,
      }));
    }
    case "level":
      return ws.levels().map((l) => ({ label: l.name, kind: CompletionItemKind.EnumMember, detail: l.title }));
    case "date":
    case "due":
      return dateItems(services.asOf(), locale, context.expect === "due");
    case "event":
      return eventItems(plan, context, locale);
    case "duration":
      return ["6 months", "12 months", "1 year", "30 days", "7 days"].map((d) => ({ label: d, kind: CompletionItemKind.Value }));
    case "words":
      return (context.words ?? []).map((w) => ({ label: w, kind: CompletionItemKind.Keyword, insertText: `${w} ` }));
    case "statement":
      return statementItems(context.block, context.words ?? [], locale, snippets, services.asOf());
    default:
      return [];
  }
}

/** Ranked lists read the declaration the cursor is in as it will parse once the name is typed. */
function needsScene(context: CursorContext): boolean {
  return context.expect === "unit" || context.expect === "document" || context.expect === "directive" || context.expect === "role";
}

function documentItem(doc: DocumentDecl): CompletionItem {
  return {
    label: doc.name.text,
    kind: CompletionItemKind.Module,
    detail: [doc.number?.value, doc.title?.value].filter(Boolean).join(" — "),
    labelDetails: { description: doc.number?.value },
  };
}

function unitItem(services: Services, unit: UnitDecl, locale: Locale): CompletionItem {
  const level = services.workspace.levelOf(unit);
  const chain = services.workspace.containerChain(unit).map((c) => c.title?.value ?? c.name.text);
  return {
    label: unit.name.text,
    kind: CompletionItemKind.Class,
    detail: unit.title?.value,
    labelDetails: { description: unit.title?.value },
    documentation: [level ? t(locale, "levelOf", { level: level.title }) : "", chain.length ? t(locale, "within", { chain: chain.join(" › ") }) : ""]
      .filter(Boolean)
      .join("\n"),
  };
}

function dateItems(asOf: number, locale: Locale, due: boolean): CompletionItem[] {
  const { year, month } = toYMD(asOf);
  const quarter = Math.ceil(month / 3);
  const item = (label: string, key: UIKey): CompletionItem => ({ label, kind: CompletionItemKind.Value, detail: t(locale, key) });
  const items = [
    item(formatIso(asOf), "isoDate"),
    item(formatVi(asOf), "viDate"),
    item(`${month}/${year}`, "month"),
    item(`Q${quarter}/${year}`, "quarter"),
    item(String(year), "year"),
  ];
  if (due) items.push({ label: "ongoing", kind: CompletionItemKind.Keyword, detail: t(locale, "ongoing") });
  return items;
}

/** The events the lifecycle allows after the history lines above the cursor. */
function eventItems(plan: DocumentDecl | undefined, context: CursorContext, locale: Locale): CompletionItem[] {
  return eventsAllowedAt(plan, context.lineStart).map((e) => ({ label: e, kind: CompletionItemKind.Event, detail: t(locale, "nextEvent") }));
}

// ---------------------------------------------------------------------------------------------
// Snippets for a new statement. Which keywords start a statement in a block is the grammar's
// (`CursorContext.words`); this is only how some of them are offered: a snippet and a detail, by
// `block:keyword` (a task inside a task has no `covers`, a unit inside a unit no level).

interface Template {
  snippet?: string;
  detail?: UIKey;
}

const SNIPPETS: Record<string, Template> = {
  "top:plan": {
    detail: "newPlan",
    snippet:
      'plan ${1:KH-} {\n  number "${2:số-KH/ký hiệu}"\n  title "${3:Kế hoạch thực hiện}"\n  issuer ${4}\n  issued ${5:$TODAY}\n  implements ${6}\n  parent ${7}\n  horizon ${8:2030}\n\n  $0\n}',
  },
  "top:directive": {
    detail: "newDirective",
    snippet: 'directive ${1:KL} {\n  number "${2}"\n  title "${3}"\n  issuer ${4}\n  issued ${5:$TODAY}\n  horizon ${6:2030}\n\n  $0\n}',
  },
  "top:unit": { detail: "newUnit", snippet: 'unit ${1:name} "${2:Tên đơn vị}" level ${3:province} code "${4}" in ${5}' },
  "top:hierarchy": { detail: "newHierarchy", snippet: 'hierarchy {\n  level ${1:central} "${2:Trung ương}"\n  $0\n}' },
  "hierarchy:level": { snippet: 'level ${1:name} "${2:Tên cấp}"' },
  "unit:unit": { detail: "newUnit", snippet: 'unit ${1:name} "${2:Tên đơn vị}"' },
  "document:number": { snippet: 'number "${1}"' },
  "document:title": { snippet: 'title "${1}"' },
  "document:objective": { snippet: 'objective ${1:O1} "${2}"' },
  "document:viewpoint": { snippet: 'viewpoint ${1:V1} "${2}"' },
  "document:task": {
    detail: "newTask",
    snippet: 'task ${1:A1} "${2:Nội dung nhiệm vụ}" covers ${3} {\n  lead ${4}\n  due ${5}\n  indicator "${6}" target ${7:100%}\n}',
  },
  "document:approval": {
    detail: "newApproval",
    snippet: "approval {\n  step ${1:draft} by ${2} within ${3:30} days\n  step ${4:approve} by ${5} within ${6:7} days\n}",
  },
  "document:reporting": {
    detail: "newReporting",
    snippet:
      'reporting {\n  report "${1:Báo cáo 6 tháng, năm}" every ${2:6} months due day ${3:10} to ${4}\n  review preliminary by ${5}\n  review final by ${6}\n}',
  },
  "document:history": { detail: "newHistory", snippet: "history {\n  ${1:$TODAY} ${2:submitted}\n}" },
  "task:indicator": { snippet: 'indicator "${1}" target ${2:100%}' },
  "task:task": { detail: "newTask", snippet: 'task ${1} "${2}" {\n  lead ${3}\n  due ${4}\n  indicator "${5}" target ${6:100%}\n}' },
  "approval:step": { snippet: "step ${1:name} by ${2} within ${3:10} days" },
  "reporting:report": { snippet: 'report "${1}" every ${2:6} months due day ${3:10} to ${4}' },
  "reporting:review": { snippet: "review ${1|preliminary,final|} by ${2}" },
};

function statementItems(block: BlockKind, keywords: readonly string[], locale: Locale, snippets: boolean, asOf: number): CompletionItem[] {
  return keywords.map((label) => {
    const tpl = SNIPPETS[`${block}:${label}`] ?? {};
    const detail = tpl.detail ? t(locale, tpl.detail) : undefined;
    if (tpl.snippet && snippets) {
      return {
        label,
        kind: CompletionItemKind.Snippet,
        detail,
        insertText: tpl.snippet.replace(/\$TODAY/g, formatIso(asOf)),
        insertTextFormat: InsertTextFormat.Snippet,
        filterText: label,
      };
    }
    return { label, kind: CompletionItemKind.Keyword, detail, insertText: `${label} ` };
  });
}

export const COMPLETION_TRIGGERS = [" ", ","];
