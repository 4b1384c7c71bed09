// PartialWorkspace (language/workspace/partial.ts) answers as the whole workspace would only if
// every question a check can ask is one it records, one it answers from the caller's index, or one
// derived from those. Every public method of Workspace is held to one of these kinds here, so a
// method added to Workspace later fails this test until it is classified (and, if it reads the
// workspace in a new way, recorded).
import assert from "node:assert/strict";
import { PartialWorkspace, Workspace } from "../../language/index.js";

/** Recorded: a name, a subtree or a file asked for (the caller loads what answers it). */
const RECORDED = ["declarationsOf", "lookup", "lookupUnit", "lookupDocument", "getFile", "fileSymbols", "subtree", "organsOf"];
/** Whole-workspace questions: recorded as `enumerated` (the caller checks the whole workspace instead). */
const ENUMERATING = ["units", "documents", "childrenOf", "issuedDocuments", "globalNames", "uris", "allFiles", "eachFile"];
/** Answered from the caller's index of the whole workspace. */
const INDEXED = ["namesOfKind"];
/** Derived from recorded lookups, loaded declarations, or the hierarchies (every hierarchy file is loaded). */
const DERIVED = [
  "uriOf",
  "hierarchyDecls",
  "levels",
  "level",
  "containerOf",
  "containerChain",
  "levelledUnit",
  "levelOf",
  "issuerCode",
  "inSubtree",
  "taskIndex",
  "parentDocument",
  "resolveTask",
  "resolveTaskUnder",
  "parentChain",
  "inParentCycle",
  "mayBeParentIssuer",
];
/** Changing the workspace, and its internals. */
const OTHER = ["constructor", "setFile", "setParsed", "removeFile", "addGlobal", "removeGlobals", "update", "allOfKind", "subtreeIndex", "structure"];

describe("PartialWorkspace", () => {
  it("every method of Workspace is recorded, enumerating, indexed, derived, or a mutator", () => {
    const methods = Object.getOwnPropertyNames(Workspace.prototype).sort();
    assert.deepEqual(methods, [...RECORDED, ...ENUMERATING, ...INDEXED, ...DERIVED, ...OTHER].sort());
    for (const name of [...RECORDED, ...ENUMERATING, ...INDEXED]) assert.ok(Object.hasOwn(PartialWorkspace.prototype, name), `${name} is overridden`);
  });

  it("records names looked up, subtree roots, missing files and enumerations", () => {
    const ws = new PartialWorkspace({ namesOfKind: () => ["a", "b"] });
    ws.setFile("file:///a.plan", 'unit a "A" level province\nunit b "B" in a\n');
    ws.containerChain(ws.lookupUnit("b")!);
    assert.deepEqual([...ws.lookedUp].sort(), ["a", "b"]);
    ws.subtree(ws.lookupUnit("a")!);
    assert.deepEqual([...ws.subtreeRoots], ["a"]);
    assert.equal(ws.enumerated, false, "a subtree is not an enumeration");
    assert.equal(ws.getFile("file:///elsewhere.plan"), undefined);
    assert.deepEqual([...ws.missingFiles], ["file:///elsewhere.plan"]);
    assert.deepEqual(ws.namesOfKind("unit"), ["a", "b"]);
    ws.documents();
    assert.equal(ws.enumerated, true);
    ws.resetAccess();
    assert.equal(ws.enumerated, false);
    assert.equal(ws.lookedUp.size + ws.subtreeRoots.size + ws.missingFiles.size, 0);
  });
});
