// The Langium peer: services for the plan grammar and a `parse(text)` that lexes and parses
// one file into Langium's AST (with its CST), as `LangiumParser.parse` does for a document.
import { EmptyFileSystem, inject, type LangiumCoreServices, type Module, type PartialLangiumCoreServices } from "langium";
import { createDefaultCoreModule, createDefaultSharedCoreModule, type DefaultSharedCoreModuleContext } from "langium";
import { PlanGeneratedModule, PlanGeneratedSharedModule } from "./generated/module.js";

const PlanModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {};

export function createPlanServices(context: DefaultSharedCoreModuleContext = EmptyFileSystem): LangiumCoreServices {
  const shared = inject(createDefaultSharedCoreModule(context), PlanGeneratedSharedModule);
  const plan = inject(createDefaultCoreModule({ shared }), PlanGeneratedModule, PlanModule);
  shared.ServiceRegistry.register(plan);
  return plan;
}

const services = createPlanServices();
const parser = services.parser.LangiumParser;

export interface PeerParseResult {
  decls: number;
  lexerErrors: number;
  parserErrors: number;
}

/** Lexes and parses one file's text to Langium's AST. */
export function parse(text: string): PeerParseResult {
  const result = parser.parse<{ decls: unknown[] }>(text);
  return { decls: result.value.decls.length, lexerErrors: result.lexerErrors.length, parserErrors: result.parserErrors.length };
}

/** The whole parse result (AST root with `$cstNode`), for inspection. */
export function parseFull(text: string) {
  return parser.parse(text);
}
