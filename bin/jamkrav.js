#!/usr/bin/env node
// Launcher only: the CLI is dist/bundle/cli.js (built by `npm run build` from dist/cli/main.js).
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);
