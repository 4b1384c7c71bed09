// The grammar of `.plan` files as one Chevrotain parser with embedded actions: rules build the
// typed AST directly (no CST pass), which keeps parsing fast on 11,000-file workspaces.
//
// Recovery is on. Chevrotain inserts or deletes single tokens, re-syncs inside repetitions (a
// stray token inside a block is skipped up to the next statement or `}`), and a failed
// statement rule returns `undefined`, which the enclosing rule drops. Node-building code runs
// in ACTION blocks and tolerates tokens inserted by recovery (empty image, NaN offset).
import {
  EmbeddedActionsParser,
  EOF,
  tokenMatcher,
  type IOrAlt,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from "chevrotain";
import type {
  ApprovalBlock,
  ApprovalStep,
  DocItem,
  DocumentDecl,
  Duration,
  FieldItem,
  FieldKey,
  HierarchyDecl,
  HistoryBlock,
  HistoryEvent,
  Ident,
  IndicatorItem,
  Recipient,
  RecipientsBlock,
  SectionDecl,
  SignatureBlock,
  TextField,
  TextKey,
  Labelled,
  LevelDecl,
  Quantity,
  ReportDecl,
  ReportingBlock,
  ReviewDecl,
  RoleItem,
  StringLit,
  TaskDecl,
  TaskItem,
  Temporal,
  TopDecl,
  UnitDecl,
  DueItem,
  Span,
  SyntaxProblem,
} from "../ast/nodes.js";
import * as T from "../lexer/tokens.js";
import { durationOf, quantityOf, stringOf, temporalOf } from "./literals.js";
import { buildDocument, buildTask, compact, none } from "./build.js";
import { canonicalName } from "../text/names.js";

/** Encodes a syntax message as JSON so the parser's English-only messages become localisable ids. */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) => encode("expectedToken", [expected], actual),
  buildNotAllInputParsedMessage: ({ firstRedundant }) => encode("unexpectedToken", [], firstRedundant),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual }) =>
    encode("unexpectedToken", expectedPathsPerAlt.flat().map((path) => path[0]), actual[0]),
  buildEarlyExitMessage: ({ expectedIterationPaths, actual }) =>
    encode("unexpectedToken", expectedIterationPaths.map((path) => path[0]), actual[0]),
};

function encode(id: string, expected: (TokenType | undefined)[], actual: IToken): string {
  const names = [...new Set(expected.filter((t): t is TokenType => t !== undefined).map((t) => t.name))];
  return JSON.stringify({ id, expected: names.join("|"), found: actual.tokenType === EOF ? "" : actual.image });
}

export function decodeParserMessage(message: string): { messageId: string; data: Record<string, string> } {
  try {
    const { id, expected, found } = JSON.parse(message) as { id: string; expected: string; found: string };
    return { messageId: found === "" ? "unexpectedEnd" : id, data: { expected, found } };
  } catch {
    return { messageId: "unexpectedToken", data: { expected: "", found: "" } };
  }
}

function okToken(t: IToken | undefined): t is IToken {
  return t !== undefined && t.isInsertedInRecovery !== true && Number.isFinite(t.startOffset) && t.image !== undefined;
}

export function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

function ident(t: IToken | undefined): Ident | undefined {
  return okToken(t) ? { text: canonicalName(t.image), span: tokenSpan(t) } : undefined;
}

// Labels on the names a rule consumes, for what reads the grammar rather than the AST
// (grammar-facts.ts, behind completion): a declared name is not a reference, and the word after a
// history line's date is an event. Constants, so a CONSUME allocates nothing.
const DECLARED = { LABEL: "declaration" } as const;
const EVENT_WORD = { LABEL: "event" } as const;

/** In-repetition recoveries one parse may nest (each costs stack; see the constructor). */
export const MAX_REPETITION_RECOVERIES = 100;
/** Tokens the error recovery looks ahead for a place to re-sync (see `findReSyncTokenType`). */
export const MAX_RESYNC_SCAN = 500;

export class PlanParser extends EmbeddedActionsParser {
  /** Problems found while converting tokens to values (an impossible date, an unknown event). */
  valueProblems: SyntaxProblem[] = [];
  /** The first token the `file` rule did not consume (recovery driver restarts after it). */
  stoppedAt: IToken | undefined;
  /** The declarations `file` has finished so far (kept when recovery gives up at the top level and `file` returns nothing). */
  parsedDecls: TopDecl[] = [];

  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      errorMessageProvider: messages,
      skipValidations: process.env.PLANCODE_VALIDATE_GRAMMAR !== "1",
    });
    this.performSelfAnalysis();
    // Chevrotain recovers inside a repetition (skip stray tokens, go on with the next statement)
    // by calling the repetition again from within itself: one level of stack per recovery in the
    // same block, so a few thousand stray tokens overflowed the stack (and a cap on that depth lost
    // whole blocks: 150 stray tokens in a plan dropped the plan). Here the re-entry is a loop: the
    // recovery's call of the repetition is deferred, the outermost recovery of that repetition
    // runs it, and when that run ends in another recovery of the same repetition (same function,
    // same arguments, same rule depth), it only asks the loop for one more turn. The stack stays
    // flat whatever the number of stray tokens. MAX_REPETITION_RECOVERIES still bounds recoveries
    // nested through *different* repetitions (blocks in blocks, at most MAX_NESTING deep); past it
    // a repetition just ends at the stray token and the enclosing rule's re-sync (or the driver's
    // restart, parser/index.ts) takes over.
    type Frame = { rule: (...a: unknown[]) => void; args: unknown[]; depth: number; again: boolean };
    type Attempt = (prodFunc: unknown, args: unknown[], lookahead: unknown, dslMethodIdx: number, prodOccurrence: number, walker: unknown, notStuck?: boolean) => void;
    const self = this as unknown as {
      attemptInRepetitionRecovery: Attempt;
      RULE_STACK_IDX: number;
      firstAfterRepMap: Record<number, { token?: TokenType; isEndOfRule?: boolean } | undefined>;
      getKeyForAutomaticLookahead(dslMethodIdx: number, occurrence: number): number;
    };
    const attempt = self.attemptInRepetitionRecovery;
    const frames: Frame[] = [];
    const sameRepetition = (f: Frame | undefined, rule: unknown, args: unknown[]): f is Frame =>
      f !== undefined && f.rule === rule && f.depth === self.RULE_STACK_IDX && f.args.length === args.length && f.args.every((a, i) => a === args[i]);
    // The recovery proper, kept out of the happy path below (its closures would make every call
    // allocate a context).
    const recover: Attempt = (prodFunc, args, lookahead, dslMethodIdx, prodOccurrence, walker, notStuck) => {
      const rule = prodFunc as (...a: unknown[]) => void;
      const top = frames[frames.length - 1];
      if (sameRepetition(top, rule, args)) {
        // The end of a turn run by the loop below: recover, and let the loop run the next turn.
        attempt.call(this, () => (top.again = true), args, lookahead, dslMethodIdx, prodOccurrence, walker, notStuck);
        return;
      }
      if (frames.length >= MAX_REPETITION_RECOVERIES) {
        this.repetitionCapHit = true;
        return;
      }
      const frame: Frame = { rule, args, depth: self.RULE_STACK_IDX, again: false };
      frames.push(frame);
      this.repetitionRecoveries++;
      try {
        attempt.call(this, () => (frame.again = true), args, lookahead, dslMethodIdx, prodOccurrence, walker, notStuck);
        while (frame.again) {
          frame.again = false;
          rule.apply(this, args);
        }
      } finally {
        frames.pop();
        this.repetitionRecoveries--;
      }
    };
    self.attemptInRepetitionRecovery = (prodFunc, args, lookahead, dslMethodIdx, prodOccurrence, walker, notStuck) => {
      // Chevrotain asks at the end of every repetition, so this is the happy path of every block:
      // answer "nothing to recover" without allocating in the cases where Chevrotain's own attempt
      // returns at once (its first tests, over the table of followers it fills on first use): the
      // repetition is stuck, or the next token is the one that follows it, or nothing known
      // follows it inside its rule (below the top rule).
      if (notStuck === false) return;
      const after = self.firstAfterRepMap[self.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence)];
      if (after !== undefined) {
        if (after.token === undefined ? !(after.isEndOfRule && self.RULE_STACK_IDX === 0) : tokenMatcher(this.LA(1), after.token)) return;
      }
      recover(prodFunc, args, lookahead, dslMethodIdx, prodOccurrence, walker, notStuck);
    };
    this.resetRepetitionRecovery = () => {
      frames.length = 0;
      this.repetitionRecoveries = 0;
      this.repetitionCapHit = false;
    };
  }

  /** Forgets recoveries left half-way by an exception (called before each parse). */
  resetRepetitionRecovery: () => void;

  /** Nested in-repetition recoveries under way (see the constructor). */
  repetitionRecoveries = 0;
  /** Whether a repetition ended at a stray token because of MAX_REPETITION_RECOVERIES (the driver then does that recovery's skip itself). */
  repetitionCapHit = false;

  /**
   * Chevrotain's re-sync looks ahead for a token that may follow the failed rule, to the end of
   * the input if need be: at top level only EOF follows, so every stray token scanned the rest of
   * the file (quadratic; 2.8 s for 650 kB of `} plan P { }` lines). At top level the answer is
   * EOF without looking; elsewhere, past MAX_RESYNC_SCAN tokens, re-sync to the token reached:
   * recovery then gives up there, as it would have at a distant follower.
   */
  findReSyncTokenType(): TokenType {
    const follows = (this as unknown as { flattenFollowSet(): TokenType[] }).flattenFollowSet();
    // At top level only EOF follows, and EOF is always (virtually) there: no need to look.
    if (follows.every((type) => type === EOF)) return EOF;
    for (let k = 1; ; k++) {
      const next = this.LA(k);
      const found = follows.find((type) => tokenMatcher(next, type));
      if (found) return found;
      if (k >= MAX_RESYNC_SCAN || next.tokenType === EOF) return next.tokenType;
    }
  }

  /** The smallest span covering a first and a last token, ignoring tokens made up by recovery. */
  private spanFrom(first: IToken, fallbackEnd?: Span): Span {
    const last = this.LA(0);
    const start = okToken(first) ? first.startOffset : (fallbackEnd?.start ?? 0);
    const end = okToken(last) ? last.startOffset + last.image.length : (fallbackEnd?.end ?? start);
    return { start, end: Math.max(start, end) };
  }

  private str(t: IToken): StringLit | undefined {
    return okToken(t) ? stringOf(t) : undefined;
  }

  private temporalValue(t: IToken): Temporal | undefined {
    if (!okToken(t)) return undefined;
    return temporalOf(t, this.valueProblems);
  }

  // Alternatives of `OR`s that only return what they parse are built once, not at every call
  // (Chevrotain's advice: the arrays, objects and closures were a large share of the garbage).
  private readonly declAlts: IOrAlt<TopDecl | undefined>[] = [
    { ALT: () => this.SUBRULE(this.hierarchy) },
    { ALT: () => this.SUBRULE(this.unit) },
    { ALT: () => this.SUBRULE(this.document) },
  ];

  public file = this.RULE("file", (): TopDecl[] => {
    const decls: TopDecl[] = [];
    this.ACTION(() => (this.parsedDecls = decls));
    this.MANY(() => {
      const decl = this.OR(this.declAlts);
      this.ACTION(() => decl && decls.push(decl));
    });
    this.ACTION(() => (this.stoppedAt = this.LA(1)));
    return decls;
  });

  private hierarchy = this.RULE("hierarchy", (): HierarchyDecl | undefined => {
    const kw = this.CONSUME(T.Hierarchy);
    const levels: LevelDecl[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const level = this.SUBRULE(this.levelDecl);
      this.ACTION(() => level && levels.push(level));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "hierarchy" as const, keyword: tokenSpan(kw), levels: compact(levels), span: this.spanFrom(kw) }));
  });

  private levelDecl = this.RULE("levelDecl", (): LevelDecl | undefined => {
    const kw = this.CONSUME(T.Level);
    const name = this.CONSUME(T.Name, DECLARED);
    let title: IToken | undefined;
    this.OPTION(() => (title = this.CONSUME(T.StringLiteral)));
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      return { kind: "level" as const, name: id, title: title && this.str(title), span: this.spanFrom(kw) };
    });
  });

  private unit = this.RULE("unit", (): UnitDecl | undefined => {
    const kw = this.CONSUME(T.Unit);
    const name = this.CONSUME(T.Name, DECLARED);
    let title: IToken | undefined;
    let level: IToken | undefined;
    let code: IToken | undefined;
    let placedIn: IToken | undefined;
    const children: UnitDecl[] = [];
    let texts: TextField[] = none();
    this.OPTION(() => (title = this.CONSUME(T.StringLiteral)));
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(T.Level); level = this.CONSUME1(T.Name); } },
        { ALT: () => { this.CONSUME(T.Code); code = this.CONSUME1(T.StringLiteral); } },
        { ALT: () => { this.CONSUME(T.In); placedIn = this.CONSUME2(T.Name); } },
      ]),
    );
    this.OPTION1(() => {
      this.CONSUME(T.LBrace);
      this.MANY1(() => {
        const item = this.OR1(this.unitItemAlts);
        this.ACTION(() => {
          if (item?.kind === "unit") children.push(item);
          else if (item) texts = texts.length === 0 ? [item] : [...texts, item];
        });
      });
      this.CONSUME(T.RBrace);
    });
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      const unit: UnitDecl = {
        kind: "unit",
        name: id,
        title: title && this.str(title),
        level: ident(level),
        code: code && this.str(code),
        placedIn: ident(placedIn),
        children: compact(children),
        texts,
        span: this.spanFrom(kw),
      };
      for (const child of children) child.container = unit;
      return unit;
    });
  });

  private readonly unitItemAlts: IOrAlt<UnitDecl | TextField | undefined>[] = [
    { ALT: () => this.SUBRULE(this.unit) },
    { ALT: () => this.SUBRULE(this.unitText) },
  ];

  // Text statements: a keyword, then strings separated by commas. One rule per block, each taking
  // only the keywords of its block, so the grammar says where each may be written.
  private readonly unitTextAlts = this.keywordAlts([T.Place, T.Superior, T.Heading]);
  private readonly docTextAlts = this.keywordAlts([T.Preamble, T.Purpose, T.Requirement, T.Organization]);
  private readonly taskTextAlts = this.keywordAlts([T.Detail]);
  private readonly sectionTextAlts = this.keywordAlts([T.Paragraph]);
  private readonly signatureTextAlts = this.keywordAlts([T.Authority, T.Position, T.Signer]);

  private unitText = this.RULE("unitText", (): TextField | undefined => this.textField(this.unitTextAlts));
  private docText = this.RULE("docText", (): TextField | undefined => this.textField(this.docTextAlts));
  private taskText = this.RULE("taskText", (): TextField | undefined => this.textField(this.taskTextAlts));
  private sectionText = this.RULE("sectionText", (): TextField | undefined => this.textField(this.sectionTextAlts));
  private signatureText = this.RULE("signatureText", (): TextField | undefined => this.textField(this.signatureTextAlts));

  /** The alternatives of a statement's keyword: one `CONSUME` per keyword, built once. */
  private keywordAlts(keywords: TokenType[]): IOrAlt<IToken>[] {
    return keywords.map((kw) => ({ ALT: () => this.CONSUME(kw) }));
  }

  /** The body of every text rule (Chevrotain records it inside the rule that calls it). */
  private textField(keywordAlts: IOrAlt<IToken>[]): TextField | undefined {
    const kw = this.OR(keywordAlts);
    const values: StringLit[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const value = this.CONSUME(T.StringLiteral);
        this.ACTION(() => {
          const v = this.str(value);
          if (v) values.push(v);
        });
      },
    });
    return this.ACTION(() => ({ kind: "text" as const, key: kw.image as TextKey, keySpan: tokenSpan(kw), values: compact(values), span: this.spanFrom(kw) }));
  }

  private readonly documentKindAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Directive) }, { ALT: () => this.CONSUME(T.Plan) }];

  private document = this.RULE("document", (): DocumentDecl | undefined => {
    const kw = this.OR(this.documentKindAlts);
    const name = this.CONSUME(T.Name, DECLARED);
    const items: DocItem[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const item = this.SUBRULE(this.docItem);
      this.ACTION(() => item && items.push(item));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      return buildDocument(kw.tokenType === T.Directive ? "directive" : "plan", id, items, this.spanFrom(kw));
    });
  });

  private readonly docItemAlts: IOrAlt<DocItem | undefined>[] = [
    { ALT: () => this.SUBRULE(this.stringField) },
    { ALT: () => this.SUBRULE(this.nameField) },
    { ALT: () => this.SUBRULE(this.dateField) },
    { ALT: () => this.SUBRULE(this.labelled) },
    { ALT: () => this.SUBRULE(this.task) },
    { ALT: () => this.SUBRULE(this.approval) },
    { ALT: () => this.SUBRULE(this.reporting) },
    { ALT: () => this.SUBRULE(this.history) },
    { ALT: () => this.SUBRULE(this.docText) },
    { ALT: () => this.SUBRULE(this.section) },
    { ALT: () => this.SUBRULE(this.signature) },
    { ALT: () => this.SUBRULE(this.recipients) },
  ];

  private docItem = this.RULE("docItem", (): DocItem | undefined => this.OR(this.docItemAlts));

  private readonly stringFieldAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Number_) }, { ALT: () => this.CONSUME(T.Title) }];

  private stringField = this.RULE("stringField", (): FieldItem | undefined => {
    const kw = this.OR(this.stringFieldAlts);
    const value = this.CONSUME(T.StringLiteral);
    return this.ACTION(() => this.field(kw, this.str(value)));
  });

  private readonly nameFieldAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Issuer) },
    { ALT: () => this.CONSUME(T.Implements) },
    { ALT: () => this.CONSUME(T.Parent) },
    { ALT: () => this.CONSUME(T.Continues) },
  ];

  private nameField = this.RULE("nameField", (): FieldItem | undefined => {
    const kw = this.OR(this.nameFieldAlts);
    const value = this.CONSUME(T.Name);
    return this.ACTION(() => this.field(kw, ident(value)));
  });

  private readonly dateFieldAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Issued) }, { ALT: () => this.CONSUME(T.Horizon) }];

  private dateField = this.RULE("dateField", (): FieldItem | undefined => {
    const kw = this.OR(this.dateFieldAlts);
    const value = this.SUBRULE(this.temporal);
    return this.ACTION(() => this.field(kw, value));
  });

  private field(kw: IToken, value: FieldItem["value"]): FieldItem {
    return { kind: "field", key: kw.image as FieldKey, keySpan: tokenSpan(kw), value, span: this.spanFrom(kw) };
  }

  private readonly labelledAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Objective) }, { ALT: () => this.CONSUME(T.Viewpoint) }];

  private labelled = this.RULE("labelled", (): Labelled | undefined => {
    const kw = this.OR(this.labelledAlts);
    const name = this.CONSUME(T.Name, DECLARED);
    let text: IToken | undefined;
    this.OPTION(() => (text = this.CONSUME(T.StringLiteral)));
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      const kind = kw.tokenType === T.Objective ? ("objective" as const) : ("viewpoint" as const);
      return { kind, name: id, text: text && this.str(text), span: this.spanFrom(kw) };
    });
  });

  private task = this.RULE("task", (): TaskDecl | undefined => {
    const kw = this.CONSUME(T.Task);
    const name = this.CONSUME(T.Name, DECLARED);
    let title: IToken | undefined;
    let coversKw: IToken | undefined;
    const covers: Ident[] = [];
    const items: TaskItem[] = [];
    let hasBlock = false;
    this.OPTION(() => (title = this.CONSUME(T.StringLiteral)));
    this.OPTION1(() => {
      coversKw = this.CONSUME(T.Covers);
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const ref = this.CONSUME1(T.Name);
          this.ACTION(() => {
            const id = ident(ref);
            if (id) covers.push(id);
          });
        },
      });
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBrace);
      this.MANY(() => {
        const item = this.SUBRULE(this.taskItem);
        this.ACTION(() => item && items.push(item));
      });
      this.CONSUME(T.RBrace);
      hasBlock = true;
    });
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      return buildTask(id, title && this.str(title), covers, coversKw && tokenSpan(coversKw), items, hasBlock, this.spanFrom(kw));
    });
  });

  private readonly taskItemAlts: IOrAlt<TaskItem | undefined>[] = [
    { ALT: () => this.SUBRULE(this.role) },
    { ALT: () => this.SUBRULE(this.due) },
    { ALT: () => this.SUBRULE(this.indicator) },
    { ALT: () => this.SUBRULE(this.taskText) },
    { ALT: () => this.SUBRULE(this.task) },
  ];

  private taskItem = this.RULE("taskItem", (): TaskItem | undefined => this.OR(this.taskItemAlts));

  private readonly roleAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Lead) }, { ALT: () => this.CONSUME(T.Support) }];

  private role = this.RULE("role", (): RoleItem | undefined => {
    const kw = this.OR(this.roleAlts);
    const units: Ident[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const ref = this.CONSUME(T.Name);
        this.ACTION(() => {
          const id = ident(ref);
          if (id) units.push(id);
        });
      },
    });
    return this.ACTION(() => ({
      kind: kw.tokenType === T.Lead ? ("lead" as const) : ("support" as const),
      keySpan: tokenSpan(kw),
      units: compact(units),
      span: this.spanFrom(kw),
    }));
  });

  private due = this.RULE("due", (): DueItem | undefined => {
    const kw = this.CONSUME(T.Due);
    const value = this.SUBRULE(this.temporal);
    return this.ACTION(() => ({ kind: "due" as const, keySpan: tokenSpan(kw), value, span: this.spanFrom(kw) }));
  });

  private indicator = this.RULE("indicator", (): IndicatorItem | undefined => {
    const kw = this.CONSUME(T.Indicator);
    let text: IToken | undefined;
    let target: Quantity | undefined;
    this.OPTION(() => (text = this.CONSUME(T.StringLiteral)));
    this.OPTION1(() => {
      this.CONSUME(T.Target);
      target = this.SUBRULE(this.quantity);
    });
    return this.ACTION(() => ({
      kind: "indicator" as const,
      keySpan: tokenSpan(kw),
      text: text && this.str(text),
      target,
      span: this.spanFrom(kw),
    }));
  });

  private section = this.RULE("section", (): SectionDecl | undefined => {
    const kw = this.CONSUME(T.Section);
    let title: IToken | undefined;
    const paragraphs: TextField[] = [];
    this.OPTION(() => (title = this.CONSUME(T.StringLiteral)));
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const paragraph = this.SUBRULE(this.sectionText);
      this.ACTION(() => paragraph && paragraphs.push(paragraph));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({
      kind: "section" as const,
      keySpan: tokenSpan(kw),
      title: title && this.str(title),
      paragraphs: compact(paragraphs),
      span: this.spanFrom(kw),
    }));
  });

  private signature = this.RULE("signature", (): SignatureBlock | undefined => {
    const kw = this.CONSUME(T.Signature);
    const parts: TextField[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const part = this.SUBRULE(this.signatureText);
      this.ACTION(() => part && parts.push(part));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "signature" as const, keySpan: tokenSpan(kw), parts: compact(parts), span: this.spanFrom(kw) }));
  });

  private recipients = this.RULE("recipients", (): RecipientsBlock | undefined => {
    const kw = this.CONSUME(T.Recipients);
    const items: Recipient[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const item = this.SUBRULE(this.recipient);
      this.ACTION(() => item && items.push(item));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "recipients" as const, keySpan: tokenSpan(kw), items: compact(items), span: this.spanFrom(kw) }));
  });

  private readonly recipientAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.StringLiteral) }];

  /** A unit by its name (printed by its full name) or a line as written. */
  private recipient = this.RULE("recipient", (): Recipient | undefined => {
    const t = this.OR(this.recipientAlts);
    return this.ACTION(() => {
      if (!okToken(t)) return undefined;
      const span = tokenSpan(t);
      return t.tokenType === T.StringLiteral ? { kind: "recipient" as const, text: this.str(t), span } : { kind: "recipient" as const, unit: ident(t), span };
    });
  });

  private approval = this.RULE("approval", (): ApprovalBlock | undefined => {
    const kw = this.CONSUME(T.Approval);
    const steps: ApprovalStep[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const step = this.SUBRULE(this.step);
      this.ACTION(() => step && steps.push(step));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "approval" as const, keySpan: tokenSpan(kw), steps: compact(steps), span: this.spanFrom(kw) }));
  });

  private step = this.RULE("step", (): ApprovalStep | undefined => {
    const kw = this.CONSUME(T.Step);
    const name = this.CONSUME(T.Name, DECLARED);
    let by: IToken | undefined;
    let within: Duration | undefined;
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(T.By); by = this.CONSUME1(T.Name); } },
        { ALT: () => { this.CONSUME(T.Within); within = this.SUBRULE(this.duration); } },
      ]),
    );
    return this.ACTION(() => {
      const id = ident(name);
      if (!id) return undefined;
      return { kind: "step" as const, name: id, by: ident(by), within, span: this.spanFrom(kw) };
    });
  });

  private readonly reportingItemAlts: IOrAlt<ReportDecl | ReviewDecl | undefined>[] = [
    { ALT: () => this.SUBRULE(this.report) },
    { ALT: () => this.SUBRULE(this.review) },
  ];

  private reporting = this.RULE("reporting", (): ReportingBlock | undefined => {
    const kw = this.CONSUME(T.Reporting);
    const items: (ReportDecl | ReviewDecl)[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const item = this.OR(this.reportingItemAlts);
      this.ACTION(() => item && items.push(item));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({
      kind: "reporting" as const,
      keySpan: tokenSpan(kw),
      items: compact(items),
      reports: compact(items.filter((i): i is ReportDecl => i.kind === "report")),
      reviews: compact(items.filter((i): i is ReviewDecl => i.kind === "review")),
      span: this.spanFrom(kw),
    }));
  });

  private report = this.RULE("report", (): ReportDecl | undefined => {
    const kw = this.CONSUME(T.Report);
    let title: IToken | undefined;
    let every: Duration | undefined;
    let dueDay: IToken | undefined;
    let to: IToken | undefined;
    this.OPTION(() => (title = this.CONSUME(T.StringLiteral)));
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(T.Every); every = this.SUBRULE(this.duration); } },
        { ALT: () => { this.CONSUME(T.Due); this.CONSUME(T.Day); dueDay = this.CONSUME(T.NumberLiteral); } },
        { ALT: () => { this.CONSUME(T.To); to = this.CONSUME(T.Name); } },
      ]),
    );
    return this.ACTION(() => ({
      kind: "report" as const,
      title: title && this.str(title),
      every,
      dueDay: okToken(dueDay) ? quantityOf(dueDay) : undefined,
      to: ident(to),
      span: this.spanFrom(kw),
    }));
  });

  private readonly reviewWhichAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Preliminary) }, { ALT: () => this.CONSUME(T.Final) }];

  private review = this.RULE("review", (): ReviewDecl | undefined => {
    const kw = this.CONSUME(T.Review);
    const which = this.OR(this.reviewWhichAlts);
    let by: Temporal | undefined;
    this.OPTION(() => {
      this.CONSUME(T.By);
      by = this.SUBRULE(this.temporal);
    });
    return this.ACTION(() => ({
      kind: "review" as const,
      which: okToken(which) ? (which.image as "preliminary" | "final") : undefined,
      whichSpan: okToken(which) ? tokenSpan(which) : undefined,
      by,
      span: this.spanFrom(kw),
    }));
  });

  private history = this.RULE("history", (): HistoryBlock | undefined => {
    const kw = this.CONSUME(T.History);
    const events: HistoryEvent[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const event = this.SUBRULE(this.event);
      this.ACTION(() => event && events.push(event));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: "history" as const, keySpan: tokenSpan(kw), events: compact(events), span: this.spanFrom(kw) }));
  });

  private readonly eventWhichAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Preliminary) }, { ALT: () => this.CONSUME(T.Final) }];

  private event = this.RULE("event", (): HistoryEvent | undefined => {
    const first = this.LA(1);
    const date = this.SUBRULE(this.temporal);
    const word = this.CONSUME(T.Name, EVENT_WORD);
    let which: IToken | undefined;
    let note: IToken | undefined;
    this.OPTION(() => (which = this.OR(this.eventWhichAlts)));
    this.OPTION1(() => (note = this.CONSUME(T.StringLiteral)));
    return this.ACTION(() => {
      const w = ident(word);
      if (!date || !w) return undefined;
      return {
        kind: "event" as const,
        date,
        word: w,
        which: okToken(which) ? (which.image as "preliminary" | "final") : undefined,
        note: note && this.str(note),
        span: this.spanFrom(first),
      };
    });
  });

  private readonly temporalAlts: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.TemporalLiteral) },
    { ALT: () => this.CONSUME(T.NumberLiteral) },
    { ALT: () => this.CONSUME(T.Ongoing) },
  ];

  private temporal = this.RULE("temporal", (): Temporal | undefined => {
    const t = this.OR(this.temporalAlts);
    return this.ACTION(() => this.temporalValue(t));
  });

  private duration = this.RULE("duration", (): Duration | undefined => {
    const amount = this.CONSUME(T.NumberLiteral);
    const unit = this.CONSUME(T.DurationUnitWord);
    return this.ACTION(() => (okToken(amount) && okToken(unit) ? durationOf(amount, unit) : undefined));
  });

  private readonly quantityAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Percent) }, { ALT: () => this.CONSUME(T.NumberLiteral) }];

  private quantity = this.RULE("quantity", (): Quantity | undefined => {
    const t = this.OR(this.quantityAlts);
    return this.ACTION(() => (okToken(t) ? quantityOf(t) : undefined));
  });
}
