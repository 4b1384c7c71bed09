// The cascade as a navigable tree: directive → provinces → districts → communes, with a search
// field and filters. 10,800 documents stay fast because only the rows in view exist in the DOM
// (a fixed row height, a spacer as tall as every row, the visible window re-drawn on scroll).
//
// Keyboard (the ARIA tree pattern, focus stays on the tree and `aria-activedescendant` names the
// active row): ↑ ↓ Home End PageUp PageDown move, → expands or goes to the first child, ← collapses
// or goes to the parent, Enter opens the document, Space expands or collapses. From the search
// field, ↓ or Enter goes to the first match.
//
// While a search or filter is on, the tree shows the matching documents with their ancestors
// (dimmed) for context, everything expanded.
import { levelLabel } from "../../words.js";
import { stateColour } from "../charts.js";
import { h } from "../dom.js";
import type { Format } from "../format.js";
import { filtering, NO_FILTERS, type Filters, type Site } from "../site.js";

const ROW = 52;
const OVERSCAN = 6;

export class CascadeTree {
  readonly element: HTMLElement;
  private readonly viewport: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly status: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly level: HTMLSelectElement;
  private readonly state: HTMLSelectElement;
  private readonly overdueOnly: HTMLInputElement;
  private filters: Filters = NO_FILTERS;
  private expanded = new Set<number>();
  /** The visible rows: a document index each, with its position among its siblings. */
  private rows: number[] = [];
  private pos: number[] = [];
  private size: number[] = [];
  private matched: Uint8Array | undefined;
  private active = 0;
  private selected = -1;

  constructor(
    private site: Site,
    private readonly f: Format,
    private readonly open: (doc: number) => void,
  ) {
    const w = site.words;
    this.search = h("input", { type: "search", id: "tree-search", placeholder: w.searchPlaceholder, autocomplete: "off", spellcheck: "false" });
    this.level = h("select", { id: "tree-level" });
    this.state = h("select", { id: "tree-state" });
    this.overdueOnly = h("input", { type: "checkbox", id: "tree-overdue" });
    this.status = h("p", { class: "tree-count", id: "tree-count", role: "status", "aria-live": "polite" });
    this.spacer = h("div", { class: "tree-spacer" });
    this.viewport = h("div", { class: "tree", id: "tree", role: "tree", tabindex: 0, "aria-label": w.treeLabel }, this.spacer);
    const collapse = h("button", { type: "button", class: "link-button", onclick: () => this.collapseAll() }, w.collapseAll);
    this.element = h(
      "section",
      { class: "tree-pane", "aria-label": w.nav.cascade },
      h(
        "div",
        { class: "toolbar", role: "search" },
        h("label", { for: "tree-search", class: "search-label" }, w.search),
        this.search,
        h("div", { class: "filters" }, h("label", {}, w.level, " ", this.level), h("label", {}, w.state, " ", this.state), h("label", { class: "check" }, this.overdueOnly, " ", w.onlyOverdue)),
        h("div", { class: "tree-status" }, this.status, collapse),
      ),
      this.viewport,
    );
    this.search.addEventListener("input", () => this.setFilters({ ...this.filters, query: this.search.value }));
    this.search.addEventListener("keydown", (e) => {
      if ((e.key === "ArrowDown" || e.key === "Enter") && this.rows.length) {
        e.preventDefault();
        this.moveTo(this.firstMatchRow());
        this.viewport.focus();
      }
    });
    this.level.addEventListener("change", () => this.setFilters({ ...this.filters, level: Number(this.level.value) }));
    this.state.addEventListener("change", () => this.setFilters({ ...this.filters, state: this.state.value }));
    this.overdueOnly.addEventListener("change", () => this.setFilters({ ...this.filters, overdueOnly: this.overdueOnly.checked }));
    this.viewport.addEventListener("scroll", () => this.draw());
    this.viewport.addEventListener("keydown", (e) => this.key(e));
    this.viewport.addEventListener("click", (e) => this.click(e));
    this.setSite(site);
  }

  /** New data (the editor refreshes it as plans change): keeps the filters, expansion by name and selection by name. */
  setSite(site: Site): void {
    const expandedNames = [...this.expanded].map((i) => this.site.docs[i]?.name);
    const selectedName = this.selected >= 0 ? this.site.docs[this.selected]?.name : undefined;
    const first = this.expanded.size === 0;
    this.site = site;
    this.expanded = new Set(first ? site.roots : expandedNames.map((n) => site.indexOf(n ?? "")).filter((i) => i >= 0));
    this.selected = selectedName ? site.indexOf(selectedName) : -1;
    this.fillSelects();
    this.recompute();
  }

  /** Expands the ancestors of a document, selects it and scrolls it into view. */
  reveal(doc: number): void {
    this.selected = doc;
    for (const a of this.site.ancestors(doc)) this.expanded.add(a);
    this.recompute();
    let row = this.rows.indexOf(doc);
    if (row < 0) {
      // Hidden by the filters: show everything again rather than a tree without the document.
      this.resetFilters();
      row = this.rows.indexOf(doc);
    }
    if (row >= 0) this.moveTo(row);
  }

  /** Sets the search text (as if typed) — for links "show in the cascade". */
  setQuery(query: string): void {
    this.search.value = query;
    this.setFilters({ ...this.filters, query });
  }

  private fillSelects(): void {
    const { site } = this;
    const w = site.words;
    const levels = [...new Set(site.docs.map((d) => d.level))].filter((l) => l >= 0).sort((a, b) => a - b);
    this.level.replaceChildren(
      h("option", { value: -1 }, w.allLevels),
      ...levels.map((l) => h("option", { value: l }, levelLabel(site.data.levels[l], site.data.locale))),
    );
    this.level.value = String(this.filters.level);
    const states = [...new Set(site.docs.map((d) => d.state))].sort();
    this.state.replaceChildren(h("option", { value: "" }, w.allStates), ...states.map((s) => h("option", { value: s }, this.f.state(s))));
    this.state.value = this.filters.state;
  }

  private setFilters(filters: Filters): void {
    this.filters = filters;
    this.active = 0;
    this.recompute();
    this.viewport.scrollTop = 0;
    this.draw();
    performance.mark("plancode:search");
  }

  private resetFilters(): void {
    this.search.value = "";
    this.overdueOnly.checked = false;
    this.filters = NO_FILTERS;
    this.fillSelects();
    this.recompute();
  }

  private collapseAll(): void {
    this.expanded = new Set(this.site.roots);
    this.active = 0;
    this.recompute();
  }

  /** The visible rows, depth first: every expanded branch, or what matches the filters and its ancestors. */
  private recompute(): void {
    const { site } = this;
    const on = filtering(this.filters);
    let keep: Uint8Array | undefined;
    if (on) {
      this.matched = site.match(this.filters);
      keep = new Uint8Array(this.matched);
      // Children come after their parents: marking from the end reaches every ancestor.
      for (let i = keep.length - 1; i >= 0; i--) if (keep[i] && site.docs[i].parent >= 0) keep[site.docs[i].parent] = 1;
    } else this.matched = undefined;
    const rows: number[] = [];
    const pos: number[] = [];
    const size: number[] = [];
    const visit = (list: number[]): void => {
      const shown = keep ? list.filter((i) => keep![i]) : list;
      shown.forEach((i, k) => {
        rows.push(i);
        pos.push(k + 1);
        size.push(shown.length);
        if (keep || this.expanded.has(i)) visit(site.children[i]);
      });
    };
    visit(site.roots);
    this.rows = rows;
    this.pos = pos;
    this.size = size;
    this.active = Math.min(this.active, Math.max(0, rows.length - 1));
    this.spacer.style.height = `${rows.length * ROW}px`;
    const w = site.words;
    const count = on ? this.matched!.reduce((a, b) => a + b, 0) : site.docs.length;
    this.status.textContent = on ? w.matches(this.f.count(count)) : w.shown(this.f.count(count));
    this.draw();
  }

  private firstMatchRow(): number {
    if (!this.matched) return 0;
    const row = this.rows.findIndex((i) => this.matched![i]);
    return row < 0 ? 0 : row;
  }

  /** Draws the rows in view (plus a few either side); the active row is always among them. */
  private draw(): void {
    const top = this.viewport.scrollTop;
    const height = this.viewport.clientHeight || 600;
    const from = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
    const to = Math.min(this.rows.length, Math.ceil((top + height) / ROW) + OVERSCAN);
    const rows: HTMLElement[] = [];
    for (let r = from; r < to; r++) rows.push(this.row(r));
    // `aria-activedescendant` must name an element that exists, even when scrolled out of view.
    if (this.active < from || this.active >= to) if (this.rows[this.active] !== undefined) rows.push(this.row(this.active));
    this.spacer.replaceChildren(...rows);
    const active = this.rows[this.active];
    if (active === undefined) this.viewport.removeAttribute("aria-activedescendant");
    else this.viewport.setAttribute("aria-activedescendant", `tree-row-${active}`);
  }

  private row(r: number): HTMLElement {
    const { site, f } = this;
    const w = site.words;
    const i = this.rows[r];
    const d = site.docs[i];
    const hasChildren = site.children[i].length > 0;
    const open = this.matched ? true : this.expanded.has(i);
    const context = this.matched !== undefined && !this.matched[i];
    const below = site.overdueBelow[i] - (d.overdue.length ? 1 : 0);
    const number = site.str(d.number);
    const classes = ["tree-row", r === this.active ? "active" : "", i === this.selected ? "selected" : "", context ? "context" : ""].filter(Boolean).join(" ");
    return h(
      "div",
      {
        class: classes,
        id: `tree-row-${i}`,
        role: "treeitem",
        "aria-level": site.depth[i] + 1,
        "aria-posinset": this.pos[r],
        "aria-setsize": this.size[r],
        "aria-expanded": hasChildren ? String(open) : undefined,
        "aria-selected": String(i === this.selected),
        "data-row": r,
        style: `top:${r * ROW}px;padding-left:${0.5 + site.depth[i] * 1.25}rem`,
      },
      h("span", { class: "toggle", "aria-hidden": "true", "data-toggle": hasChildren ? r : undefined }, hasChildren ? (open ? "▾" : "▸") : ""),
      h(
        "span",
        { class: "tree-text" },
        h("span", { class: "tree-line1" }, h("span", { class: "issuer" }, site.issuerOf(i))),
        h(
          "span",
          { class: "tree-line2" },
          h("span", { class: "dot", style: `background:${stateColour(d.state)}`, "aria-hidden": "true" }),
          `${f.state(d.state)} · ${number ? `${number} · ` : ""}${d.name}`,
          d.level >= 0 ? ` · ${levelLabel(site.data.levels[d.level], site.data.locale)}` : "",
        ),
      ),
      d.overdue.length || below > 0
        ? h(
            "span",
            { class: "tree-badges" },
            d.overdue.length ? h("span", { class: "badge bad" }, w.overdueBadge(f.count(d.overdue.length))) : null,
            below > 0 ? h("span", { class: "badge warn" }, w.belowBadge(f.count(below))) : null,
          )
        : null,
    );
  }

  private moveTo(row: number): void {
    if (!this.rows.length) return;
    this.active = Math.max(0, Math.min(this.rows.length - 1, row));
    const top = this.active * ROW;
    const view = this.viewport.clientHeight || 600;
    if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
    else if (top + ROW > this.viewport.scrollTop + view) this.viewport.scrollTop = top + ROW - view;
    this.draw();
  }

  private toggle(row: number, open?: boolean): void {
    if (this.matched) return; // everything is open while filtering
    const i = this.rows[row];
    if (!this.site.children[i].length) return;
    const now = this.expanded.has(i);
    const next = open ?? !now;
    if (next === now) return;
    if (next) this.expanded.add(i);
    else this.expanded.delete(i);
    this.active = row;
    this.recompute();
  }

  private key(e: KeyboardEvent): void {
    const page = Math.max(1, Math.floor((this.viewport.clientHeight || 600) / ROW) - 1);
    const i = this.rows[this.active];
    const handled = (): void => e.preventDefault();
    switch (e.key) {
      case "ArrowDown":
        handled();
        return this.moveTo(this.active + 1);
      case "ArrowUp":
        handled();
        return this.moveTo(this.active - 1);
      case "PageDown":
        handled();
        return this.moveTo(this.active + page);
      case "PageUp":
        handled();
        return this.moveTo(this.active - page);
      case "Home":
        handled();
        return this.moveTo(0);
      case "End":
        handled();
        return this.moveTo(this.rows.length - 1);
      case "ArrowRight":
        handled();
        if (i === undefined || !this.site.children[i].length) return;
        if (this.matched || this.expanded.has(i)) return this.moveTo(this.active + 1);
        return this.toggle(this.active, true);
      case "ArrowLeft": {
        handled();
        if (i === undefined) return;
        if (!this.matched && this.expanded.has(i)) return this.toggle(this.active, false);
        const parent = this.site.docs[i].parent;
        const row = parent >= 0 ? this.rows.lastIndexOf(parent, this.active) : -1;
        if (row >= 0) this.moveTo(row);
        return;
      }
      case " ":
        handled();
        return this.toggle(this.active);
      case "Enter":
        handled();
        if (i !== undefined) this.open(i);
        return;
    }
  }

  private click(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const toggle = target.closest<HTMLElement>("[data-toggle]");
    if (toggle) return this.toggle(Number(toggle.dataset.toggle));
    const row = target.closest<HTMLElement>("[data-row]");
    if (!row) return;
    this.active = Number(row.dataset.row);
    this.open(this.rows[this.active]);
  }
}
