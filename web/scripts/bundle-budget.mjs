#!/usr/bin/env node
// The bundle budget: compressed JavaScript and CSS per page of web/dist, checked against the
// budget of the pages a trainee lands on. Runs after `vite build`; exits 1 over budget.
//
//   node scripts/bundle-budget.mjs [--json FILE]
//
// --json writes the figures (bench/results/web-bytes.json for `pnpm bench:web`).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePages } from './bundle-bytes.mjs';

const KIB = 1024;
/**
 * Issue 8: a learner's first page within 150 KiB of gzipped JavaScript. The dashboard is where a
 * signed-in trainee lands; a lesson is what they come for; sign-in is where a new session starts.
 */
const BUDGETS = { 'dashboard-page': 150 * KIB, 'lesson-page': 150 * KIB, 'sign-in-page': 150 * KIB };

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(web, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

// Compressed as the server sends them: the sizes of the .gz (gzip -9) and .br (brotli -q 11)
// copies that the build writes beside each asset (web/build/precompress.ts).
const compressedSize = (file, extension) => {
  try {
    return statSync(join(dist, `${file}.${extension}`)).size;
  } catch {
    console.error(`Bundle budget: no ${file}.${extension} in ${dist}; the build's precompress step writes it (run \`vite build\`).`);
    process.exit(1);
  }
};
const gzipped = (file) => compressedSize(file, 'gz');
const brotli = (file) => compressedSize(file, 'br');

const gz = measurePages(manifest, gzipped, BUDGETS);
const br = measurePages(manifest, brotli, {});
const missing = Object.keys(BUDGETS).filter((page) => !gz.pages.some((measured) => measured.page === page));
if (missing.length) {
  console.error(`Bundle budget: no page named ${missing.join(', ')} in the build; update BUDGETS in ${fileURLToPath(import.meta.url)}`);
  process.exit(1);
}

const kib = (bytes) => (bytes / KIB).toFixed(1);
const rows = gz.pages.map((page, index) => ({
  page: page.page,
  files: page.jsFiles,
  jsGzip: page.js,
  cssGzip: page.css,
  jsBrotli: br.pages[index].js,
  cssBrotli: br.pages[index].css,
  budget: page.budget,
}));
console.log(`Bytes a first visit downloads per page (entry + page + static imports + ${gz.locale.replace(/^.*\//, '')} strings), KiB:`);
console.log(table(['page', 'JS files', 'JS gzip', 'CSS gzip', 'JS brotli', 'CSS brotli', 'budget (JS gzip)'], rows.map((row) => [
  row.page,
  String(row.files),
  kib(row.jsGzip),
  kib(row.cssGzip),
  kib(row.jsBrotli),
  kib(row.cssBrotli),
  row.budget ? `${kib(row.budget)}${row.jsGzip > row.budget ? ' OVER' : ' ok'}` : '',
])));

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) {
  const file = resolve(process.argv[jsonAt + 1]);
  mkdirSync(dirname(file), { recursive: true });
  const result = { measuredAt: new Date().toISOString(), unit: 'bytes', locale: gz.locale, compression: 'gzip -9, brotli -q 11', pages: rows };
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

if (gz.overBudget.length) {
  for (const page of gz.overBudget) {
    console.error(`Bundle budget exceeded: ${page.page} needs ${kib(page.js)} KiB of gzipped JavaScript, the budget is ${kib(page.budget)} KiB.`);
  }
  process.exit(1);
}

function table(head, body) {
  const widths = head.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  return [line(head), `|${widths.map((width, column) => (column === 0 ? '-' : '') + '-'.repeat(width + 1) + (column === 0 ? '' : ':')).join('|')}|`, ...body.map(line)].join('\n');
}
