// Preloaded into a measured process (`node --require rss-probe.cjs ...`): on exit, writes its
// peak RSS and CPU time as JSON to the file named by PLANCODE_BENCH_PROBE. Works however the
// process ends (return from main, process.exit), without /usr/bin/time.
"use strict";
const { writeFileSync } = require("node:fs");
const out = process.env.PLANCODE_BENCH_PROBE;
if (out) {
  process.on("exit", (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ code, maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, uptimeMs: process.uptime() * 1000 }),
    );
  });
}
