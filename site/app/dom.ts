// Building the page: every string from a plan goes into the DOM as text (a text node or an
// attribute value), never as markup, so a title holding `<script>` stays those characters. No
// `innerHTML` anywhere in the app.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `h("a", {href: "#x", onclick: f}, "text", child)`: an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A `<section>` with a heading (and an optional note under it) labelled for assistive technology. */
export function section(id: string, title: string, note: string | undefined, ...children: (Child | Child[])[]): HTMLElement {
  return h("section", { class: "card", "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, title), note ? h("p", { class: "note" }, note) : null, ...children);
}

/** A simple data table: header cells, then rows of cells (strings or nodes). */
export function table(caption: string, head: string[], rows: Child[][], options: { numeric?: number[]; className?: string } = {}): HTMLTableElement {
  const numeric = new Set(options.numeric ?? []);
  return h(
    "table",
    { class: options.className ?? "data" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, head.map((c, i) => h("th", { scope: "col", class: numeric.has(i) ? "num" : undefined }, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c, i) => h(i === 0 ? "th" : "td", { scope: i === 0 ? "row" : undefined, class: numeric.has(i) ? "num" : undefined }, c))))),
  );
}
