// `jamkrav rules list|show|validate|test`: browse and check rule packs.
import type { Command } from 'commander';
import { collect } from './collect.js';
import type { Lang } from '../types.js';

const T = {
  sv: {
    rules: 'bläddra i och kontrollera regelpaket',
    list: 'lista regler',
    show: 'visa en regel med kravtext på varje nivå',
    validate: 'validera regelpaket (YAML) mot schemat',
    test: 'kör exemplen i regelpaket genom beviskontrollen',
    pack: 'bara regler från paketet ID (kan upprepas)',
    kind: 'bara krav av typen K: qualification, technical-specification, award-criterion, special-contract-condition',
    stage: 'bara regler i skedet S',
    level: 'nivå: base, advanced eller leading',
    format: 'utdata: table eller json',
    showFormat: 'utdata: text eller json',
  },
  en: {
    rules: 'browse and check rule packs',
    list: 'list rules',
    show: 'print one rule with its clause at each level',
    validate: 'validate rule packs (YAML) against the schema',
    test: "run the packs' examples through the evidence matcher",
    pack: 'only rules of pack ID (repeatable)',
    kind:
      'only requirements of kind K: qualification, technical-specification, award-criterion, ' +
      'special-contract-condition',
    stage: 'only rules of stage S',
    level: 'level: base, advanced or leading',
    format: 'output: table or json',
    showFormat: 'output: text or json',
  },
} as const;

export function registerRules(program: Command, lang: Lang): void {
  const t = T[lang];
  const rules = program.command('rules').description(t.rules);
  rules
    .command('list')
    .description(t.list)
    .option('--pack <id>', t.pack, collect)
    .option('--kind <kind>', t.kind)
    .option('--stage <stage>', t.stage)
    .option('--level <level>', t.level)
    .option('--format <format>', t.format, 'table')
    .action(async (opts, cmd: Command) => {
      const { rulesList } = await import('./rules-actions.js');
      process.exitCode = await rulesList({ ...cmd.optsWithGlobals(), ...opts });
    });
  rules
    .command('show')
    .description(t.show)
    .argument('<rule-id>')
    .option('--pack <id>', t.pack, collect)
    .option('--level <level>', t.level)
    .option('--format <format>', t.showFormat, 'text')
    .action(async (id: string, opts, cmd: Command) => {
      const { rulesShow } = await import('./rules-actions.js');
      process.exitCode = await rulesShow(id, { ...cmd.optsWithGlobals(), ...opts });
    });
  rules
    .command('validate')
    .description(t.validate)
    .argument('<pack...>')
    .action(async (files: string[], _opts, cmd: Command) => {
      const { rulesValidate } = await import('./rules-actions.js');
      process.exitCode = await rulesValidate(files, cmd.optsWithGlobals());
    });
  rules
    .command('test')
    .description(t.test)
    .argument('<pack...>')
    .action(async (files: string[], _opts, cmd: Command) => {
      const { rulesTest } = await import('./rules-actions.js');
      process.exitCode = await rulesTest(files, cmd.optsWithGlobals());
    });
}
