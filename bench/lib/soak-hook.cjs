// Preloaded into the language server by bench/soak.ts (`node --expose-gc --require soak-hook.cjs
// bin/plancode.cjs lsp`): a bench-only window on the server's heap, so server/ carries no
// benchmark code. On SIGUSR2 it reads the command file named by PLANCODE_SOAK_CONTROL
// (`{id, snapshot?}`), collects garbage (twice: weak maps and their values go in the second
// pass), writes a heap snapshot when asked, and answers in `<control>.reply` with
// `{id, memory, snapshot?}`. The server's event loop runs it between two messages, as a message.
"use strict";
const { readFileSync, writeFileSync, renameSync } = require("node:fs");
const v8 = require("node:v8");
const control = process.env.PLANCODE_SOAK_CONTROL;
if (control) {
  process.on("SIGUSR2", () => {
    let command;
    try {
      command = JSON.parse(readFileSync(control, "utf8"));
    } catch {
      return;
    }
    if (typeof global.gc === "function") {
      global.gc();
      global.gc();
    }
    const memory = process.memoryUsage();
    const reply = { id: command.id, memory, heap: v8.getHeapStatistics() };
    if (command.snapshot) reply.snapshot = v8.writeHeapSnapshot(command.snapshot);
    // Written whole, then renamed: the bench never reads half a reply.
    writeFileSync(`${control}.reply.tmp`, JSON.stringify(reply));
    renameSync(`${control}.reply.tmp`, `${control}.reply`);
  });
}
