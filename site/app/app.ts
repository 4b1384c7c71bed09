// The page: a header (title, the figures' date, navigation) and the view the URL's fragment names
// (routes.ts). The cascade tree is made once and kept, with its search, filters and expansion,
// while the reader moves between documents.
import { siteTitle } from "../words.js";
import type { SiteData } from "../data.js";
import { fill, h } from "./dom.js";
import { formatFor, type Format } from "./format.js";
import type { Host } from "./host.js";
import { docHref, HREF, parseRoute, type Route } from "./routes.js";
import { Site } from "./site.js";
import { documentView } from "./views/document.js";
import { overview } from "./views/overview.js";
import { simulationView } from "./views/simulation.js";
import { CascadeTree } from "./views/tree.js";

export class App {
  private site: Site;
  private f: Format;
  private tree: CascadeTree | undefined;
  private cascade: HTMLElement | undefined;
  private readonly main: HTMLElement;
  private readonly header: HTMLElement;
  /** Set when the tree opened a document: keyboard focus then stays in the tree. */
  private fromTree = false;
  private marked = false;

  constructor(
    root: HTMLElement,
    data: SiteData,
    private readonly host: Host,
  ) {
    this.site = new Site(data);
    this.f = formatFor(data.locale);
    this.header = h("header", { class: "top" });
    this.main = h("main", { id: "main", tabindex: -1 });
    // "#main" is not a route: the click is handled here (focus moves to the content), but axe and
    // screen readers recognise the link as a skip link by its target.
    const skip = h("a", { class: "skip", href: "#main", onclick: (e: Event) => (e.preventDefault(), this.main.focus()) }, this.site.words.skip);
    fill(root, skip, this.header, this.main);
    window.addEventListener("hashchange", () => this.route());
    // A printout shows the figures behind every chart: open the tables for printing, then close them.
    let opened: HTMLDetailsElement[] = [];
    window.addEventListener("beforeprint", () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
      for (const d of opened) d.open = true;
    });
    window.addEventListener("afterprint", () => opened.forEach((d) => (d.open = false)));
    this.route();
  }

  /** Fresh data from the editor: the same view, the tree's state kept. */
  setData(data: SiteData): void {
    this.site = new Site(data);
    this.f = formatFor(data.locale);
    this.tree?.setSite(this.site);
    this.route(false);
  }

  private drawHeader(route: Route): void {
    const w = this.site.words;
    const title = siteTitle(this.site.data);
    document.title = title;
    document.documentElement.lang = this.site.data.locale;
    const link = (view: Route["view"], href: string, text: string) => h("li", {}, h("a", { href, "aria-current": route.view === view ? "page" : undefined }, text));
    fill(
      this.header,
      h("div", { class: "brand" }, h("h1", {}, title), h("p", { class: "as-of" }, w.asOf(this.f.date(this.site.data.asOf)))),
      h(
        "nav",
        { "aria-label": w.dashboard },
        h("ul", {}, link("overview", HREF.overview, w.nav.overview), link("cascade", HREF.cascade, w.nav.cascade), link("simulation", HREF.simulation, w.nav.simulation)),
      ),
    );
  }

  private route(moveFocus = true): void {
    const route = parseRoute(location.hash);
    this.drawHeader(route);
    const { site, f } = this;
    if (route.view === "overview") {
      fill(this.main, overview(site, f));
      this.markOverview();
    } else if (route.view === "simulation") {
      fill(this.main, simulationView(site, f));
    } else {
      const tree = (this.tree ??= new CascadeTree(site, f, (i) => this.openFromTree(i)));
      const doc = route.doc === undefined ? -1 : site.indexOf(route.doc);
      // The tree stays in place (moving it out of the page would drop its focus); only the pane changes.
      const layout = (this.cascade ??= h("div", { class: "cascade" }, tree.element, h("div", { class: "doc-pane" })));
      if (layout.parentElement !== this.main) fill(this.main, layout);
      const pane = layout.lastElementChild as HTMLElement;
      if (doc >= 0) {
        tree.reveal(doc);
        fill(pane, documentView(site, f, doc, this.host));
      } else fill(pane, h("p", { class: "hint" }, route.doc === undefined ? site.words.chooseDocument : site.words.notFound(route.doc)));
      // Followed a link to a document: start reading at its heading. From the tree: stay there.
      const heading = pane.querySelector<HTMLElement>("h2");
      if (moveFocus && !this.fromTree && heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    this.fromTree = false;
  }

  private openFromTree(i: number): void {
    this.fromTree = true;
    const d = this.site.docs[i];
    // In the editor, choosing a document also shows its file beside the dashboard.
    this.host.openDocument?.(this.site.str(d.file), d.offset, false);
    const href = docHref(d.name);
    if (location.hash === href) this.route();
    else location.hash = href;
  }

  /** `plancode:overview` once the first overview has been painted (rAF, then the next task). */
  private markOverview(): void {
    if (this.marked) return;
    this.marked = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark("plancode:overview"), 0));
  }
}
