// Config for `jamkrav lint`: discovery upward, loading with schema validation, id checks.
export { CONFIG_NAMES, findConfigFile } from './discover.js';
export { loadConfig, noConfig, type ConfigLookup } from './load.js';
export { checkConfigRuleIds } from './check.js';
export type { ConfigOverride, JamkravConfig, LoadedConfig, RuleSetting } from './types.js';
