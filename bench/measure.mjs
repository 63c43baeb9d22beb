// Runs the jamkrav CLI in this process and reports its wall time and peak memory (all threads)
// on stderr as JSON, so a bench can time a real command, start-up included.
const start = performance.now();
const { main } = await import('../dist/bundle/cli.js');
const code = await main(['node', 'jamkrav', ...process.argv.slice(2)]);
const ms = performance.now() - start;
process.stderr.write(`\n@@measure ${JSON.stringify({ code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exitCode = code;
