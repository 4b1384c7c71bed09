// A workspace holding only some files of a larger one, for checking a few files without parsing
// all of them (`plancode lint --cache`). It answers every question exactly as the whole
// workspace would, provided the caller loaded the files the answers come from — and it records
// what was asked so the caller can tell whether it did:
// - a name looked up (`lookup*`, `declarationsOf`): every file declaring that name must be loaded;
// - a unit's subtree (`subtree`): every file declaring a unit below it must be loaded;
// - a file asked for that is not loaded (`getFile`, `fileSymbols`);
// - an enumeration of the whole workspace (every unit, every document, the children of a
//   document, every name, every file): only the whole workspace can answer (`enumerated`).
// The declared names of a kind (`namesOfKind`, "did you mean") come from the caller's index of
// the whole workspace instead. The hierarchies in force (`hierarchyDecls`) are read from the
// loaded files: the caller loads every file that declares one.
//
// Checking a file runs only the queries above, so when, after a check, every file the queries
// needed was loaded and nothing was enumerated, the findings are the whole workspace's. Otherwise
// the caller loads what is missing and checks again (cli/lint-cache/partial-check.ts), or loads
// everything. test/language/partial-workspace.test.ts holds every public method of `Workspace`
// to one of these kinds, so a new one cannot slip past.
import type { SourceFile, UnitDecl } from "../ast/nodes.js";
import type { FileSymbols, GlobalDecl } from "./symbols.js";
import { Workspace, type Located } from "./workspace.js";

/** What is known of the whole workspace without its syntax trees. */
export interface WorkspaceNames {
  /** Every declared name of a kind, duplicates included, by (file URI, offset): as `Workspace.namesOfKind`. */
  namesOfKind(kind: GlobalDecl["kind"]): readonly string[];
}

export class PartialWorkspace extends Workspace {
  /** Names looked up since the last `resetAccess`. */
  readonly lookedUp = new Set<string>();
  /** Units whose subtree was asked for, by name. */
  readonly subtreeRoots = new Set<string>();
  /** Files asked for that are not loaded, by URI. */
  readonly missingFiles = new Set<string>();
  /** Whether something asked for the whole workspace (every unit, document, name or file). */
  enumerated = false;
  /** Inside `subtree`, whose index lists the loaded units: allowed, the roots cover it. */
  private inSubtreeQuery = false;

  constructor(private readonly names: WorkspaceNames) {
    super();
  }

  resetAccess(): void {
    this.lookedUp.clear();
    this.subtreeRoots.clear();
    this.missingFiles.clear();
    this.enumerated = false;
  }

  override declarationsOf(name: string): readonly Located<GlobalDecl>[] {
    this.lookedUp.add(name);
    return super.declarationsOf(name);
  }

  override lookup(name: string): Located<GlobalDecl> | undefined {
    this.lookedUp.add(name);
    return super.lookup(name);
  }

  override lookupUnit(name: string): UnitDecl | undefined {
    this.lookedUp.add(name);
    return super.lookupUnit(name);
  }

  override lookupDocument(name: string): ReturnType<Workspace["lookupDocument"]> {
    this.lookedUp.add(name);
    return super.lookupDocument(name);
  }

  override getFile(uri: string): SourceFile | undefined {
    const file = super.getFile(uri);
    if (!file) this.missingFiles.add(uri);
    return file;
  }

  override fileSymbols(uri: string): FileSymbols | undefined {
    const symbols = super.fileSymbols(uri);
    if (!symbols) this.missingFiles.add(uri);
    return symbols;
  }

  override namesOfKind(kind: GlobalDecl["kind"]): readonly string[] {
    return this.names.namesOfKind(kind);
  }

  override subtree(root: UnitDecl): UnitDecl[] {
    this.subtreeRoots.add(root.name.text);
    this.inSubtreeQuery = true;
    try {
      return super.subtree(root);
    } finally {
      this.inSubtreeQuery = false;
    }
  }

  /** The organs are part of the subtree: recorded as one (the caller loads what the subtree holds). */
  override organsOf(root: UnitDecl): UnitDecl[] {
    this.subtreeRoots.add(root.name.text);
    this.inSubtreeQuery = true;
    try {
      return super.organsOf(root);
    } finally {
      this.inSubtreeQuery = false;
    }
  }

  override units(): Located<UnitDecl>[] {
    if (!this.inSubtreeQuery) this.enumerated = true;
    return super.units();
  }

  override documents(): ReturnType<Workspace["documents"]> {
    this.enumerated = true;
    return super.documents();
  }

  override issuedDocuments(): ReturnType<Workspace["issuedDocuments"]> {
    this.enumerated = true;
    return super.issuedDocuments();
  }

  override childrenOf(docName: string): ReturnType<Workspace["childrenOf"]> {
    this.enumerated = true;
    return super.childrenOf(docName);
  }

  override globalNames(): string[] {
    this.enumerated = true;
    return super.globalNames();
  }

  override uris(): string[] {
    this.enumerated = true;
    return super.uris();
  }

  override allFiles(): SourceFile[] {
    this.enumerated = true;
    return super.allFiles();
  }

  override eachFile(): IterableIterator<SourceFile> {
    this.enumerated = true;
    return super.eachFile();
  }
}
