// Where the reader is, in the URL's fragment, so a view can be bookmarked, sent by mail and
// reached with the browser's Back button, from the file system as from a web server:
// `#/` overview, `#/cascade`, `#/doc/<name>`, `#/simulation`.

export type Route = { view: "overview" } | { view: "cascade"; doc?: string } | { view: "simulation" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, "");
  if (path.startsWith("doc/")) {
    let name = path.slice(4);
    try {
      name = decodeURIComponent(name);
    } catch {
      // a malformed escape: look the name up as written
    }
    return { view: "cascade", doc: name };
  }
  if (path === "cascade") return { view: "cascade" };
  if (path === "simulation") return { view: "simulation" };
  return { view: "overview" };
}

export function docHref(name: string): string {
  return `#/doc/${encodeURIComponent(name)}`;
}

export const HREF = { overview: "#/", cascade: "#/cascade", simulation: "#/simulation" } as const;
