// Emacs (Debian's emacs-nox 28 + elpa-eglot 1.9) as a third-party client of `plancode lsp`:
// runs test/editors/emacs/lsp-check.el in batch mode on a copy of samples/ and reports each of
// its checks as a test.
import { join } from "node:path";
import { describeScriptedClient, REPO } from "./harness.js";

describeScriptedClient({
  title: "editors: Emacs (eglot) as an LSP client of `plancode lsp`",
  editor: "Emacs",
  binary: "emacs",
  script: join(REPO, "test", "editors", "emacs", "lsp-check.el"),
  command: (script) => ["emacs", "--batch", "-Q", "-l", script],
  checks: [
    "initialize and index the workspace",
    "diagnostics: unresolved reference after an edit",
    "completion: covers lists the parent plan's tasks",
    "hover: a unit's full name",
    "definition: the parent plan in another file",
    "rename: a body (eglot-rename)",
  ],
});
