// Debian's headless Chromium through playwright-core, as every browser test starts it. A test
// that needs it never skips: a report nobody opened in a browser is not tested.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A new browser; `what` names what is tested in it, for the message when Chromium is missing. */
export async function launchChromium(what: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: ${what} is tested in a real browser. Install Debian's chromium ` +
        '(sudo apt-get install chromium).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
