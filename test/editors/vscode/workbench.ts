// What a drafter does in the VS Code window, as the E2E test does it: quick open, the command
// palette, go to line, the completion list, the quick-fix menu, the Problems panel, webviews. Every
// selector and key chord comes from selectors.ts; every wait is a bounded poll (`until`).
import type { Frame, Page } from "playwright-core";
import { LONG, until } from "./code-server.js";
import { KEYS, SEL } from "./selectors.js";

export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens a quick input with `chord`, types `text`, and clicks the row showing `rowText`. */
  async quickInput(chord: string, text: string, rowText: string, closes = true): Promise<void> {
    await this.page.keyboard.press(chord);
    const input = this.page.locator(SEL.quickInputBox);
    await input.waitFor({ state: "visible", timeout: LONG });
    await input.fill(text);
    const row = this.page.locator(SEL.quickInputRows, { hasText: rowText }).first();
    await row.waitFor({ state: "visible", timeout: LONG });
    await row.click();
    if (closes) await input.waitFor({ state: "hidden", timeout: LONG });
  }

  async openFile(name: string): Promise<void> {
    await this.quickInput(KEYS.quickOpen, name, name);
    await until(`the tab of ${name}`, async () => (await this.page.locator(SEL.activeTab).allTextContents()).some((t) => t.includes(name))).catch(async (e) => {
      const tabs = await this.page.locator(".tab").evaluateAll((els) => els.map((el) => `${el.className} | ${el.textContent}`));
      throw new Error(`${e}\ntabs: ${tabs.join("\n")}`);
    });
  }

  /** Runs a command from the palette (which may open a quick pick of its own). */
  async runCommand(title: string): Promise<void> {
    await this.quickInput(KEYS.commandPalette, `>${title}`, title, false);
  }

  async goToLine(line: number, column?: number): Promise<void> {
    await this.page.keyboard.press(KEYS.goToLine);
    const input = this.page.locator(SEL.quickInputBox);
    await input.waitFor({ state: "visible", timeout: LONG });
    await input.fill(`:${column ? `${line}:${column}` : line}`);
    await this.page.keyboard.press(KEYS.enter);
    await input.waitFor({ state: "hidden", timeout: LONG });
  }

  /** The text of the visible editor lines (VS Code renders spaces as no-break spaces). */
  async visibleText(): Promise<string> {
    return (await this.page.locator(SEL.editorLines).first().innerText()).replace(/\u00a0/g, " ");
  }

  /** The completion list's labels, top to bottom, once it shows rows `ready` accepts (asked for again until then). */
  async suggestions(what: string, ready: (labels: string[]) => boolean): Promise<string[]> {
    return until(what, async () => {
      let rows = await this.page.locator(SEL.suggestLabels).allInnerTexts();
      if (!rows.length) {
        await this.page.keyboard.press(KEYS.triggerSuggest);
        await this.page.waitForSelector(SEL.suggestWidget, { timeout: 3000 }).catch(() => {});
        rows = await this.page.locator(SEL.suggestLabels).allInnerTexts();
      }
      return ready(rows) ? rows : undefined;
    });
  }

  /** The rows of the quick-fix menu (Ctrl+. at the cursor), once one of them includes `expected`. */
  async quickFixes(expected: string): Promise<string[]> {
    return until(`a quick fix "${expected}"`, async () => {
      let rows = await this.page.locator(SEL.quickFixRows).allInnerTexts();
      if (!rows.length) {
        await this.page.keyboard.press(KEYS.quickFix);
        await this.page.waitForSelector(SEL.quickFixRows, { timeout: 3000 }).catch(() => {});
        rows = await this.page.locator(SEL.quickFixRows).allInnerTexts();
      }
      return rows.some((r) => r.includes(expected)) ? rows.map((r) => r.replace(/\s+/g, " ").trim()) : undefined;
    });
  }

  /** The Problems panel's rows (opened if needed), their text on one line each. */
  async problems(): Promise<string[]> {
    if (!(await this.page.locator(SEL.problemsPanel).isVisible().catch(() => false))) await this.page.keyboard.press(KEYS.problems);
    return (await this.page.locator(SEL.problemsRows).allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim());
  }

  /** The first frame (webviews are nested iframes) whose body matches `probe`. */
  async frameWith(what: string, probe: string): Promise<Frame> {
    return until(what, async () => {
      for (const frame of this.page.frames()) {
        const hit = await frame.evaluate(`Boolean(document.querySelector(${JSON.stringify(probe)}))`).catch(() => false);
        if (hit) return frame;
      }
      return undefined;
    });
  }

  /** The status bar's text (where VS Code shows a language server's work-done progress). */
  async statusBar(): Promise<string> {
    return (await this.page.locator(SEL.statusBar).innerText()).replace(/\s+/g, " ");
  }
}
