// Neovim (Debian's 0.7) as a third-party client of `plancode lsp`: runs
// test/editors/nvim/lsp-check.lua headless on a copy of samples/ and reports each of its checks
// as a test. The Lua script does the LSP work (vim.lsp.start_client, buf_request_sync, ...).
import { join } from "node:path";
import { describeScriptedClient, REPO } from "./harness.js";

describeScriptedClient({
  title: "editors: Neovim as an LSP client of `plancode lsp`",
  editor: "Neovim (nvim)",
  binary: "nvim",
  script: join(REPO, "test", "editors", "nvim", "lsp-check.lua"),
  // `-c 'cquit 2'` runs only when the script did not exit itself (a Lua error): exit 2.
  command: (script) => ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${script}`, "-c", "cquit 2"],
  checks: [
    "initialize and index the workspace",
    "diagnostics: unresolved reference after an edit",
    "completion: covers lists the parent plan's tasks",
    "hover: a unit's full name",
    "hover: a covered task's title and document",
    "definition: the parent plan in another file",
    "rename: a body (prepareRename, rename, applied edit)",
  ],
  // The server's stderr goes to Neovim's LSP log.
  logs: (box) => [join(box.env.XDG_CACHE_HOME!, "nvim", "lsp.log"), join(box.env.XDG_STATE_HOME!, "nvim", "lsp.log")],
});
