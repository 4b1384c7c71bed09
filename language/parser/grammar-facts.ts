// What the grammar says about where a cursor is, read from the parser's own grammar (Chevrotain's
// GAST of `PlanParser`, built once) instead of being written down a second time: which keyword
// opens which block, which keywords start a statement in a block, and what comes after each
// keyword there (a declared name, a reference, a list of references, a date, a duration, one of
// some words). Completion (language/ide/completion-context.ts) works on tokens with these facts,
// because the text being typed rarely parses; a new keyword or statement in the grammar reaches
// completion without another edit.
//
// Blocks are the rules with a `{ … }` body (`hierarchy`, `unit`, `document`, `task`, `approval`,
// `reporting`, `history`) plus `top`, the file. The statements of a block are what its body
// repeats; a statement's header belongs to the block it is written in (a task's `covers` to the
// document), its own body to its own block.
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Terminal,
  tokenMatcher,
  type IProduction,
  type IToken,
  type Rule,
  type TokenType,
} from "chevrotain";
import * as T from "../lexer/tokens.js";
import { PlanParser } from "./parser.js";

/** What follows a keyword in the grammar. */
export type Follow =
  /** A name: the one a declaration declares, a reference, or a history line's event word; `list`: comma-separated names. */
  | { kind: "name"; role: NameRole; list: boolean }
  /** A value parsed by one of the grammar's value rules (`temporal`, `duration`, `quantity`). */
  | { kind: "value"; rule: string }
  /** One of these keywords. */
  | { kind: "words"; words: string[] }
  | { kind: "other" };

/** What a name is, by the grammar's labels (parser.ts `DECLARED`, `EVENT_WORD`); unlabelled names are references. */
export type NameRole = "declaration" | "event" | "reference";

export interface GrammarFacts {
  /** The block a keyword's `{` opens: `Kw_task` → "task"; undefined for a keyword that opens none. */
  blockOpenedBy(keyword: TokenType): string | undefined;
  /** The keywords a statement of `block` may start with (their images, in the grammar's order). */
  statementKeywords(block: string): string[];
  /** For a block whose statements start with a value (a history line's date): that value rule and what follows it. */
  statementValue(block: string): { rule: string; then: Follow } | undefined;
  /**
   * For a block whose statements may start with a reference (`recipients { btg-tw … }`, no keyword
   * before the name): the statement's rule name (`recipient`), which is also its reference site.
   */
  statementReference(block: string): string | undefined;
  /** What follows `keyword` in a statement of `block`; where `block` has no such keyword, what follows it elsewhere. */
  follow(block: string, keyword: TokenType): Follow | undefined;
  /** Whether a token can start a value of `rule` (`temporal`: dates, periods, numbers, `ongoing`). */
  startsValue(rule: string, token: IToken): boolean;
  /** Whether a name must follow this token (a keyword before a name, a name list's separator): a keyword after it is a name. */
  takesName(token: IToken): boolean;
}

const VALUE_RULES = new Set(["temporal", "duration", "quantity"]);

let facts: GrammarFacts | undefined;

/** The facts of the grammar (derived on first use, once per process). */
export function grammarFacts(): GrammarFacts {
  return (facts ??= derive(new PlanParser().getGAstProductions()));
}

function derive(rules: Record<string, Rule>): GrammarFacts {
  const openers = new Map<TokenType, string>();
  const statements = new Map<string, IProduction[]>();
  for (const rule of Object.values(rules)) {
    const body = blockBody(rule.definition);
    if (!body) continue;
    statements.set(rule.name, body);
    for (const t of firstTerminals(rule.definition)) openers.set(t, rule.name);
  }
  const top = rules.file.definition.find((p): p is Repetition => p instanceof Repetition);
  if (top) statements.set("top", top.definition);

  const follows = new Map<string, Map<TokenType, Follow>>();
  const anywhere = new Map<TokenType, Follow>();
  const names = new Set<TokenType>();
  const separators = new Set<TokenType>();
  for (const [block, body] of statements) {
    const map = new Map<TokenType, Follow>();
    follows.set(block, map);
    walkFollows(body, [], map, new Set());
    for (const [keyword, follow] of map) {
      if (!anywhere.has(keyword)) anywhere.set(keyword, follow);
      if (follow.kind === "name") names.add(keyword);
    }
  }
  for (const rule of Object.values(rules)) collectSeparators(rule.definition, separators);

  // Asked at every completion request: computed here, once.
  const keywords = new Map<string, string[]>();
  const values = new Map<string, { rule: string; then: Follow } | undefined>();
  const references = new Map<string, string | undefined>();
  for (const [block, body] of statements) {
    keywords.set(block, [...new Set(firstTerminals(body, true).filter(isKeyword).map((t) => keywordImage(t)))]);
    values.set(block, statementValueOf(body));
    references.set(block, statementReferenceOf(body));
  }
  const starts = new Map<string, TokenType[]>();
  for (const rule of VALUE_RULES) starts.set(rule, firstTerminals(rules[rule]?.definition ?? []));

  return {
    blockOpenedBy: (keyword) => openers.get(keyword),
    statementKeywords: (block) => [...(keywords.get(block) ?? [])],
    statementValue: (block) => values.get(block),
    statementReference: (block) => references.get(block),
    follow: (block, keyword) => follows.get(block)?.get(keyword) ?? anywhere.get(keyword),
    startsValue: (rule, token) => (starts.get(rule) ?? []).some((t) => tokenMatcher(token, t)),
    takesName: (token) => names.has(token.tokenType) || separators.has(token.tokenType),
  };
}

/** For a block whose statements start with a value (`history { event* }`: the event's date), that value and what follows it. */
function statementValueOf(body: IProduction[]): { rule: string; then: Follow } | undefined {
  // A block of one kind of statement: look into that statement's rule.
  const sequence = body.length === 1 && body[0] instanceof NonTerminal ? body[0].referencedRule.definition : body;
  const [first, ...rest] = sequence;
  if (!(first instanceof NonTerminal) || !VALUE_RULES.has(first.nonTerminalName)) return undefined;
  return { rule: first.nonTerminalName, then: classify(rest) };
}

/** For a block of one kind of statement that may start with a name (not a keyword): that statement's rule. */
function statementReferenceOf(body: IProduction[]): string | undefined {
  if (body.length !== 1 || !(body[0] instanceof NonTerminal)) return undefined;
  const statement = body[0];
  return firstTerminals(statement.referencedRule.definition).includes(T.Name) ? statement.nonTerminalName : undefined;
}

/** The repeated body of a rule's `{ … }`: the production that follows `LBrace`. */
function blockBody(definition: IProduction[]): IProduction[] | undefined {
  for (let i = 0; i < definition.length; i++) {
    const p = definition[i];
    if (p instanceof Terminal && p.terminalType === T.LBrace) {
      const next = definition[i + 1];
      return next instanceof Repetition ? next.definition : undefined;
    }
    if (p instanceof Option || p instanceof Alternative) {
      const inner = blockBody(p.definition);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Records, for every keyword of a statement, what follows it. `after`: what follows `sequence` in
 * its enclosing production. A block's own body (from its `{`) belongs to that block, not this one.
 */
function walkFollows(sequence: IProduction[], after: IProduction[], out: Map<TokenType, Follow>, entered: Set<string>): void {
  for (let i = 0; i < sequence.length; i++) {
    const p = sequence[i];
    const rest = [...sequence.slice(i + 1), ...after];
    if (p instanceof Terminal) {
      if (p.terminalType === T.LBrace) return;
      if (isKeyword(p.terminalType) && !out.has(p.terminalType)) out.set(p.terminalType, classify(rest));
    } else if (p instanceof NonTerminal) {
      if (VALUE_RULES.has(p.nonTerminalName) || entered.has(p.nonTerminalName)) continue;
      walkFollows(p.referencedRule.definition, rest, out, new Set([...entered, p.nonTerminalName]));
    } else if (p instanceof Alternation) {
      for (const alt of p.definition) walkFollows((alt as Alternative).definition, rest, out, entered);
    } else if (hasDefinition(p)) {
      walkFollows(p.definition, rest, out, entered);
    }
  }
}

/** What a sequence starts with, as a `Follow`. */
function classify(sequence: IProduction[]): Follow {
  const production = sequence[0];
  if (production instanceof Terminal) {
    if (production.terminalType === T.Name) return { kind: "name", role: nameRole(production.label), list: false };
    if (isKeyword(production.terminalType)) return { kind: "words", words: [keywordImage(production.terminalType)] };
    return { kind: "other" };
  }
  if (production instanceof RepetitionMandatoryWithSeparator || production instanceof RepetitionWithSeparator) {
    const inner = classify(production.definition);
    return inner.kind === "name" ? { ...inner, list: true } : inner;
  }
  if (production instanceof NonTerminal && VALUE_RULES.has(production.nonTerminalName)) return { kind: "value", rule: production.nonTerminalName };
  if (production instanceof Alternation) {
    const words = production.definition.map((alt) => (alt as Alternative).definition);
    if (words.every((d) => d.length === 1 && d[0] instanceof Terminal && isKeyword(d[0].terminalType))) {
      return { kind: "words", words: words.map((d) => keywordImage((d[0] as Terminal).terminalType)) };
    }
  }
  return { kind: "other" };
}

function nameRole(label: string | undefined): NameRole {
  return label === "declaration" || label === "event" ? label : "reference";
}

/**
 * The terminals a sequence can start with (through sub-rules, alternatives and optional parts);
 * `keywordsOnly`: not those a value starts with (a history line's date, `ongoing`).
 */
function firstTerminals(sequence: IProduction[], keywordsOnly = false, seen = new Set<string>()): TokenType[] {
  const out: TokenType[] = [];
  for (const p of sequence) {
    if (p instanceof Terminal) {
      out.push(p.terminalType);
      return out;
    }
    if (p instanceof NonTerminal) {
      const skip = seen.has(p.nonTerminalName) || (keywordsOnly && VALUE_RULES.has(p.nonTerminalName));
      if (!skip) out.push(...firstTerminals(p.referencedRule.definition, keywordsOnly, new Set([...seen, p.nonTerminalName])));
      return out;
    }
    if (p instanceof Alternation) {
      for (const alt of p.definition) out.push(...firstTerminals((alt as Alternative).definition, keywordsOnly, seen));
      return out;
    }
    if (hasDefinition(p)) {
      out.push(...firstTerminals(p.definition, keywordsOnly, seen));
      // Only a mandatory repetition must start the sequence; an optional part may be skipped.
      if (p instanceof RepetitionMandatory || p instanceof RepetitionMandatoryWithSeparator) return out;
    }
  }
  return out;
}

/** The separators of the grammar's repetitions (`,` between names). */
function collectSeparators(sequence: IProduction[], out: Set<TokenType>): void {
  for (const p of sequence) {
    if (p instanceof RepetitionMandatoryWithSeparator || p instanceof RepetitionWithSeparator) out.add(p.separator);
    if (p instanceof Alternation) for (const alt of p.definition) collectSeparators((alt as Alternative).definition, out);
    else if (hasDefinition(p) && !(p instanceof NonTerminal)) collectSeparators(p.definition, out);
  }
}

function hasDefinition(p: IProduction): p is IProduction & { definition: IProduction[] } {
  return p instanceof Option || p instanceof Repetition || p instanceof RepetitionMandatory || p instanceof RepetitionMandatoryWithSeparator || p instanceof RepetitionWithSeparator || p instanceof Alternative;
}

function isKeyword(type: TokenType): boolean {
  return type.name.startsWith("Kw_");
}

function keywordImage(type: TokenType): string {
  return type.name.slice(3);
}
