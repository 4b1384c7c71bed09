// A small line chart as a self-contained SVG (no library: the README shows it as an image), for
// series sampled over a benchmark's run, e.g. the soak's RSS against the edits made.
export interface Series {
  label: string;
  color: string;
  points: [x: number, y: number][];
}

export function lineChart(series: Series[], options: { title: string; xLabel: string; yLabel: string; marks?: { x: number; label: string }[] }): string {
  const W = 720;
  const H = 320;
  const L = 64;
  const R = 16;
  const T = 36;
  const B = 48;
  const all = series.flatMap((s) => s.points);
  const xMax = Math.max(1, ...all.map((p) => p[0]));
  const yMax = niceCeil(Math.max(1, ...all.map((p) => p[1])));
  const x = (v: number) => L + (v / xMax) * (W - L - R);
  const y = (v: number) => H - B - (v / yMax) * (H - T - B);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${escape(options.title)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (yMax / 4) * i;
    out.push(`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`, `<text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${Math.round(v)}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const v = (xMax / 5) * i;
    out.push(`<text x="${x(v)}" y="${H - B + 16}" text-anchor="middle">${Math.round(v).toLocaleString("en-US")}</text>`);
  }
  for (const m of options.marks ?? []) {
    out.push(`<line x1="${x(m.x)}" x2="${x(m.x)}" y1="${T}" y2="${H - B}" stroke="#999" stroke-dasharray="4 3"/>`, `<text x="${x(m.x) + 4}" y="${T + 12}" fill="#666">${escape(m.label)}</text>`);
  }
  out.push(
    `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">${escape(options.xLabel)}</text>`,
    `<text x="16" y="${(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(T + H - B) / 2})">${escape(options.yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? "L" : "M"}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join("");
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`);
    out.push(`<rect x="${L + 10 + i * 200}" y="${T + 22}" width="12" height="3" fill="${s.color}"/>`, `<text x="${L + 28 + i * 200}" y="${T + 27}">${escape(s.label)}</text>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

function niceCeil(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
