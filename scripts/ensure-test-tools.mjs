// Installs what the tests need and the npm registry cannot provide: Debian's Chromium for the
// browser tests, the sqlite3 command line that the report benchmark (run by `pnpm test` as
// bench:smoke) times against, poppler-utils' pdftotext with which the Spanish trainee's
// journey reads the certificate PDF, and PostgreSQL for the second run of the integration suite.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { package: 'chromium', present: existsSync('/usr/bin/chromium'), required: true },
  { package: 'sqlite3', present: existsSync('/usr/bin/sqlite3'), required: true },
  { package: 'poppler-utils', present: existsSync('/usr/bin/pdftotext'), required: true },
  { package: 'postgresql', present: existsSync('/usr/lib/postgresql'), required: false },
];
const missing = needs.filter((need) => !need.present);
if (missing.length === 0) process.exit(0);

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  for (const need of missing) {
    console.error(`${need.required ? 'Needed' : 'Optional'}: Debian package ${need.package} (sudo apt-get install ${need.package})`);
  }
  process.exit(missing.some((need) => need.required) ? 1 : 0);
}
const names = missing.map((need) => need.package).join(' ');
console.log(`Installing ${names} for the tests ...`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, { stdio: 'inherit' });
