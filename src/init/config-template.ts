// The commented jamkrav.config.yaml that `jamkrav init` writes: every default spelt out, valid
// against rules/schema/config.schema.json (a test loads it with the real config loader).
import type { Lang } from '../types.js';

/** The `limits:` block, the same in both languages: the defaults of src/limits.ts, commented out. */
const LIMITS = `# limits:
#   maxFileSize: 50MB
#   maxInflatedSize: 100MB
#   maxTotalInflated: 256MB
#   maxRatio: 200
#   maxZipEntries: 2000
#   maxXmlDepth: 256
#   maxParagraph: 1000000
#   maxPdfMemory: 512MB
#   maxPdfTime: 60
#   maxFiles: 10000
#   maxDataFileSize: 2MB
`;

/** jamkrav.config.yaml in each language (only the comments differ). */
export const CONFIG_TEMPLATE: Record<Lang, string> = {
  sv: `# jamkrav.config.yaml: inställningar för \`jamkrav lint\`, som hittar filen här eller i en mapp ovanför.
# Schema: rules/schema/config.schema.json i jamkrav. Flaggor på kommandoraden går före.
# Sökvägar och mönster räknas från den här filens mapp.

# Regelpaket: inbyggda id:n eller sökvägar till egna paket (standard: alla inbyggda, dvs.
# kravpaketen och språkpaketen för könsneutralt språk).
# packs:
#   - cemr-art12
#   - diskrl-3kap
#   - language-sv
#   - language-en
#   - regler/vara-egna-krav.yaml

# Nivå på kravtexten som föreslås när ett krav saknas: base, advanced eller leading.
level: base

# Allvarlighetsgrad per regel i alla filer: off, info, warning eller error.
# Reglernas id:n visar \`jamkrav rules list\`.
# rules:
#   diskrl3.parenthood: warning

# Inställningar för vissa filer; senare poster går före tidigare.
# overrides:
#   - files: ["varor/**"]
#     suppress:
#       diskrl3.parenthood: Varuupphandling utan personal hos oss; skälet syns i varje rapport.

# Filer och mappar som aldrig granskas (utöver .gitignore, .jamkravignore, node_modules och .git):
# förrådets egna texter är inga förfrågningsunderlag.
ignore:
  - "**/~$*"
  - arkiv/**
  - README.md
  - CHANGELOG.md
  - CONTRIBUTING.md
  - LICENSE.md
  - .github/**
  - .gitlab/**

# Resursgränser vid läsning av dokument (standardvärdena visas); en flagga som --max-file-size
# går före dessa. Se README, "Limits and safety".
${LIMITS}`,
  en: `# jamkrav.config.yaml: settings for \`jamkrav lint\`, which finds this file here or in a folder above.
# Schema: rules/schema/config.schema.json in jamkrav. Command-line flags win over these settings.
# Paths and globs are relative to this file's folder.

# Rule packs: built-in ids or paths to your own packs (default: every built-in pack, i.e. the
# requirement packs and the gender-neutral language packs).
# packs:
#   - cemr-art12
#   - diskrl-3kap
#   - language-sv
#   - language-en
#   - rules/our-own-requirements.yaml

# Level of the clause suggested when a requirement is missing: base, advanced or leading.
level: base

# Severity per rule in every file: off, info, warning or error.
# \`jamkrav rules list\` shows the rule ids.
# rules:
#   diskrl3.parenthood: warning

# Settings for some files; later entries win over earlier ones.
# overrides:
#   - files: ["goods/**"]
#     suppress:
#       diskrl3.parenthood: A goods contract with no staff on our premises; the reason shows in every report.

# Files and folders never to check (besides .gitignore, .jamkravignore, node_modules and .git):
# the repository's own texts are no tender documents.
ignore:
  - "**/~$*"
  - archive/**
  - README.md
  - CHANGELOG.md
  - CONTRIBUTING.md
  - LICENSE.md
  - .github/**
  - .gitlab/**

# Resource limits when reading documents (the defaults shown); a flag such as --max-file-size
# wins over these. See the README, "Limits and safety".
${LIMITS}`,
};
