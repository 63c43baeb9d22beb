// Per-file config resolution: which severity each rule has for a file, and what is suppressed.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { JamkravConfig } from '../config/types.js';
import type { FileSettings } from './types.js';

/**
 * A resolver from a file's absolute path to its settings. Top-level `rules` apply everywhere;
 * each matching `overrides` entry then applies in order, so later entries win. Globs are
 * relative to `base` (the config file's folder).
 */
export function settingsResolver(config: JamkravConfig, base: string): (abs: string) => FileSettings {
  const overrides = (config.overrides ?? []).map((o) => ({
    ...o,
    matches: picomatch(
      o.files.map((f) => (f.startsWith('./') ? f.slice(2) : f)),
      { dot: true },
    ),
  }));
  return (abs) => {
    const rel = relative(base, abs).split(sep).join('/');
    const settings: FileSettings = { severity: { ...config.rules }, suppress: {} };
    for (const o of overrides) {
      if (!o.matches(rel)) continue;
      Object.assign(settings.severity, o.rules);
      Object.assign(settings.suppress, o.suppress);
    }
    return settings;
  };
}
