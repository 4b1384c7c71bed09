// `unresolved-reference` filters the workspace's names before asking `closest` for a suggestion
// (a length, character-set and character-count bound on the edit distance): the suggestion must
// be exactly the one `closest` finds among all names. Typos of every kind (inserted, deleted,
// replaced and swapped letters, Vietnamese letters, digits, upper case) of names of a generated workspace.
import assert from "node:assert/strict";
import { generateWorkspace } from "../../bench/generate.js";
import { unresolvedReference } from "../../language/checks/unresolved-reference.js";
import { closest, Workspace } from "../../language/index.js";

describe("unresolved-reference: suggestions", () => {
  it("suggest what `closest` over every unit name suggests", () => {
    const ws = new Workspace();
    for (const [path, text] of generateWorkspace({ seed: 11, scale: 1 / 100, mistakes: 0 })) ws.setFile(`file:///ws/${path}`, text);
    const names = ws.units().map((e) => e.decl.name.text);
    let seed = 5;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const letters = "abcdeghiklmnopqrstuvxyđôơưăâêộệớừ-0123456789ĐAZ";
    let checked = 0;
    let suggested = 0;
    for (let k = 0; k < 1500; k++) {
      let typo = names[random(names.length)];
      for (let e = random(6); e > 0; e--) {
        const i = random(typo.length + 1);
        const c = letters[random(letters.length)];
        const op = random(4);
        typo =
          op === 0 ? typo.slice(0, i) + c + typo.slice(i)
          : op === 1 ? typo.slice(0, i) + typo.slice(i + 1)
          : op === 2 ? typo.slice(0, i) + c + typo.slice(i + 1)
          : typo.slice(0, i) + typo.slice(i + 1, i + 2) + typo.slice(i, i + 1) + typo.slice(i + 2); // neighbours swapped
      }
      const uri = `file:///probe-${k}.plan`;
      ws.setFile(uri, `unit probe-${k} "x" in ${typo}\n`);
      const reports: { messageId: string; data?: Record<string, string | number> }[] = [];
      unresolvedReference.check({ workspace: ws, file: ws.getFile(uri)!, report: (r) => reports.push(r) });
      ws.removeFile(uri);
      const unknown = reports.find((r) => r.messageId === "unit" || r.messageId === "unitSuggest");
      if (!unknown) continue; // the typo parsed otherwise, or is a name after all
      const name = String(unknown.data!.name);
      assert.equal(unknown.data!.suggestion, closest(name, names), name);
      checked++;
      if (unknown.data!.suggestion) suggested++;
    }
    assert.ok(checked > 800 && suggested > 400 && suggested < checked, `${checked} unknown names, ${suggested} with a suggestion`);
  });
});
