// The CI examples `jamkrav init` writes: GitHub Actions (annotations + SARIF for code scanning)
// and GitLab CI (a JUnit report in the merge request). One text per file; only the comments are
// translated.
import type { Lang } from '../types.js';

const COMMENTS = {
  sv: {
    ghHead: `# jamkrav i GitHub Actions: granskar förfrågningsunderlagen vid varje push och pull request.
# Fynden visas som anteckningar vid raderna (--format github) och under Security (SARIF).`,
    sarifPermission: 'för att ladda upp SARIF',
    pinned: 'jamkrav är en devDependency i det här repot',
    annotations: 'Anteckningar i pull requesten; steget misslyckas vid fel (se --fail-on).',
    sarif: 'Samma granskning som SARIF för code scanning, även när steget ovan hittade fel.',
    upload: 'Ladda upp SARIF',
    glHead: `# jamkrav i GitLab CI. Ta med filen från .gitlab-ci.yml:
#   include:
#     - local: jamkrav.gitlab-ci.yml
# Fynden visas i merge requestens testrapport (JUnit); jobbet misslyckas vid fel (se --fail-on).`,
  },
  en: {
    ghHead: `# jamkrav in GitHub Actions: checks the tender documents on every push and pull request.
# Findings show as annotations on the lines (--format github) and under Security (SARIF).`,
    sarifPermission: 'to upload SARIF',
    pinned: 'jamkrav is a devDependency of this repository',
    annotations: 'Annotations in the pull request; the step fails on errors (see --fail-on).',
    sarif: 'The same check as SARIF for code scanning, even when the step above found errors.',
    upload: 'Upload SARIF',
    glHead: `# jamkrav in GitLab CI. Include this file from .gitlab-ci.yml:
#   include:
#     - local: jamkrav.gitlab-ci.yml
# Findings show in the merge request's test report (JUnit); the job fails on errors (see --fail-on).`,
  },
} as const;

function github(lang: Lang): string {
  const c = COMMENTS[lang];
  return `${c.ghHead}
name: jamkrav
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write # ${c.sarifPermission}
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci # ${c.pinned}
      # ${c.annotations}
      - name: jamkrav lint
        run: npx --no-install jamkrav lint --format github
      # ${c.sarif}
      - name: jamkrav lint (SARIF)
        if: \${{ !cancelled() }}
        run: npx --no-install jamkrav lint --format sarif --output jamkrav.sarif --fail-on never
      - name: ${c.upload}
        if: \${{ !cancelled() }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: jamkrav.sarif
          category: jamkrav
`;
}

/**
 * A file of its own, included from .gitlab-ci.yml, so init never has to touch a pipeline the
 * project already has.
 */
function gitlab(lang: Lang): string {
  return `${COMMENTS[lang].glHead}
jamkrav:
  image: node:20
  stage: test
  script:
    - npm ci
    - npx --no-install jamkrav lint --format junit --output jamkrav-junit.xml
  artifacts:
    when: always
    reports:
      junit: jamkrav-junit.xml
`;
}

/** .github/workflows/jamkrav.yml in each language. */
export const GITHUB_TEMPLATE: Record<Lang, string> = { sv: github('sv'), en: github('en') };

/** jamkrav.gitlab-ci.yml in each language. */
export const GITLAB_TEMPLATE: Record<Lang, string> = { sv: gitlab('sv'), en: gitlab('en') };
