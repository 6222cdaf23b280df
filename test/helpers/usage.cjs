// Preloaded into a spawned CLI (`node -r usage.cjs bin/fbcoop.js …`): on exit, the process writes its
// own resource usage (CPU time, peak memory) to FBCOOP_USAGE_FILE, so tests bound what the child
// used, not the wall clock of a loaded machine.
const { writeFileSync } = require('node:fs');

const file = process.env.FBCOOP_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
