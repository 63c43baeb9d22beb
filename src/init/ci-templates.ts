// The CI examples `jamkrav init` writes: GitHub Actions (annotations + SARIF for code scanning)
// and GitLab CI (a JUnit report in the merge request).
import type { Lang } from '../types.js';

/** .github/workflows/jamkrav.yml in each language (only the comments differ). */
export const GITHUB_TEMPLATE: Record<Lang, string> = {
  sv: `# jamkrav i GitHub Actions: granskar förfrågningsunderlagen vid varje push och pull request.
# Fynden visas som anteckningar vid raderna (--format github) och under Security (SARIF).
name: jamkrav
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write # för att ladda upp SARIF
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci # jamkrav är en devDependency i det här repot
      # Anteckningar i pull requesten; steget misslyckas vid fel (se --fail-on).
      - name: jamkrav lint
        run: npx --no-install jamkrav lint --format github
      # Samma granskning som SARIF för code scanning, även när steget ovan hittade fel.
      - name: jamkrav lint (SARIF)
        if: \${{ !cancelled() }}
        run: npx --no-install jamkrav lint --format sarif --output jamkrav.sarif --fail-on never
      - name: Ladda upp SARIF
        if: \${{ !cancelled() }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: jamkrav.sarif
          category: jamkrav
`,
  en: `# jamkrav in GitHub Actions: checks the tender documents on every push and pull request.
# Findings show as annotations on the lines (--format github) and under Security (SARIF).
name: jamkrav
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write # to upload SARIF
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci # jamkrav is a devDependency of this repository
      # Annotations in the pull request; the step fails on errors (see --fail-on).
      - name: jamkrav lint
        run: npx --no-install jamkrav lint --format github
      # The same check as SARIF for code scanning, even when the step above found errors.
      - name: jamkrav lint (SARIF)
        if: \${{ !cancelled() }}
        run: npx --no-install jamkrav lint --format sarif --output jamkrav.sarif --fail-on never
      - name: Upload SARIF
        if: \${{ !cancelled() }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: jamkrav.sarif
          category: jamkrav
`,
};

/**
 * jamkrav.gitlab-ci.yml in each language: a file of its own, included from .gitlab-ci.yml, so
 * init never has to touch a pipeline the project already has.
 */
export const GITLAB_TEMPLATE: Record<Lang, string> = {
  sv: `# jamkrav i GitLab CI. Ta med filen från .gitlab-ci.yml:
#   include:
#     - local: jamkrav.gitlab-ci.yml
# Fynden visas i merge requestens testrapport (JUnit); jobbet misslyckas vid fel (se --fail-on).
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
`,
  en: `# jamkrav in GitLab CI. Include this file from .gitlab-ci.yml:
#   include:
#     - local: jamkrav.gitlab-ci.yml
# Findings show in the merge request's test report (JUnit); the job fails on errors (see --fail-on).
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
`,
};
