// The language server as a real process over stdio, with a small budget (the fuzz runner,
// `npm run fuzz`, runs the same properties with thousands of edits):
// - incremental equals full: random edit scripts through document sync; after every step the
//   published diagnostics of every file settle on those of a fresh full check of the same texts;
// - survival: malformed and random traffic; the server stays up, answers real requests
//   correctly, and its diagnostics still agree with a full check.
import fc from "fast-check";
import { chaosArb, FuzzServer, incrementalAgrees, lspScriptArb, survives } from "../../fuzz/lsp.js";
import { holds } from "../../fuzz/invariants.js";

const seed = Number(process.env.PLANCODE_FUZZ_SEED ?? 20260601);

describe("robustness: language server", function () {
  this.timeout(240_000);
  let server: FuzzServer;
  let edits = 0;

  before(async () => {
    server = new FuzzServer();
    await server.start();
  });
  after(async () => {
    await server?.stop();
  });

  it("published diagnostics equal a full check after every edit (a few hundred edits)", async () => {
    await fc.assert(
      fc.asyncProperty(lspScriptArb(30), async (script) => {
        const r = await incrementalAgrees(server, script);
        edits += r.edits;
        return holds(r.violations);
      }),
      { numRuns: 10, seed, endOnFailure: true },
    );
    if (edits < 100) throw new Error(`only ${edits} edits replayed`);
  });

  it("survives malformed traffic and still answers correctly", async () => {
    await fc.assert(
      fc.asyncProperty(lspScriptArb(8), chaosArb, async (script, chaos) => holds((await survives(server, script, chaos)).violations)),
      { numRuns: 10, seed, endOnFailure: true },
    );
  });
});
