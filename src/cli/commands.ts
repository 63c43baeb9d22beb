// The list of commands. Each entry adds its command to the program; the command's own module
// (flags → API call → exit code) is imported only when that command runs.
import type { Command } from 'commander';
import type { Lang } from '../types.js';
import { registerRules } from './rules.js';
import { registerLint } from './lint.js';
import { registerGenerate } from './generate.js';
import { registerBatch } from './batch.js';
import { registerInit } from './init.js';
import { registerEvaluate } from './evaluate.js';
import { registerFollowup } from './followup.js';

export function registerAll(program: Command, lang: Lang): void {
  registerRules(program, lang);
  registerLint(program, lang);
  registerGenerate(program, lang);
  registerBatch(program, lang);
  registerEvaluate(program, lang);
  registerInit(program, lang);
  registerFollowup(program, lang);
}
