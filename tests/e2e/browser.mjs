// Launches Debian's Chromium through playwright-core (never a downloaded browser), headless and quiet
// on this closed network.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core where a test needs Firefox. */
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Chromium's flags for this machine: no sandbox or GPU, and nothing that dials out. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
