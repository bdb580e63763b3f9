// Installs what the browser tests need and the npm registry cannot provide: Debian's Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`The browser tests need Chromium at ${CHROMIUM}. On Debian or Ubuntu: sudo apt-get install chromium`);
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests ...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
