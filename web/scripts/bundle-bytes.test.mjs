import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measurePages, pageFiles, staticClosure } from './bundle-bytes.mjs';

// A small build: the entry shares a vendor chunk with the pages; the lesson page imports a
// helper that imports the vendor chunk again; the admin page sits in a lazy layout.
const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], css: ['assets/index.css'], dynamicImports: ['src/routes/lesson-page.tsx'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_helper.js': { file: 'assets/helper.js', imports: ['_vendor.js', 'index.html'] },
  'src/routes/lesson-page.tsx': { file: 'assets/lesson-page.js', isDynamicEntry: true, imports: ['_helper.js', 'index.html'], dynamicImports: ['src/routes/quiz-page.tsx'], css: ['assets/lesson.css'] },
  'src/routes/quiz-page.tsx': { file: 'assets/quiz-page.js', isDynamicEntry: true, imports: ['index.html'] },
  'src/routes/admin-users-page.tsx': { file: 'assets/admin-users-page.js', isDynamicEntry: true, imports: ['index.html'] },
  'src/features/admin/admin-layout.tsx': { file: 'assets/admin-layout.js', isDynamicEntry: true, imports: ['index.html'] },
  'src/i18n/locales/en.json': { file: 'assets/en.js', isDynamicEntry: true },
  'src/i18n/locales/es.json': { file: 'assets/es.js', isDynamicEntry: true },
  'src/i18n/locales/es.json?staff': { file: 'assets/es-staff.js', isDynamicEntry: true },
};
const sizes = { 'assets/index.js': 100, 'assets/vendor.js': 50, 'assets/helper.js': 5, 'assets/lesson-page.js': 10, 'assets/quiz-page.js': 20, 'assets/admin-users-page.js': 30, 'assets/admin-layout.js': 3, 'assets/en.js': 7, 'assets/es.js': 8, 'assets/es-staff.js': 6, 'assets/index.css': 4, 'assets/lesson.css': 1 };
const sizeOf = (file) => sizes[file];

test('follows static imports once each and leaves dynamic imports out', () => {
  assert.deepEqual(staticClosure(manifest, ['src/routes/lesson-page.tsx']).sort(), ['_helper.js', '_vendor.js', 'index.html', 'src/routes/lesson-page.tsx']);
});

test("counts a page's chunks, the entry's, the language's strings and the CSS of them all", () => {
  assert.deepEqual(pageFiles(manifest, 'src/routes/lesson-page.tsx', 'src/i18n/locales/en.json'), {
    js: ['assets/index.js', 'assets/vendor.js', 'assets/lesson-page.js', 'assets/helper.js', 'assets/en.js'],
    css: ['assets/index.css', 'assets/lesson.css'],
  });
});

test('adds the lazy admin layout to the admin pages', () => {
  assert.ok(pageFiles(manifest, 'src/routes/admin-users-page.tsx').js.includes('assets/admin-layout.js'));
});

test('measures every page with the heaviest language and reports those over budget', () => {
  const result = measurePages(manifest, sizeOf, { 'lesson-page': 180, 'quiz-page': 178 });
  assert.equal(result.locale, 'src/i18n/locales/es.json');
  const lesson = result.pages.find((page) => page.page === 'lesson-page');
  assert.deepEqual(lesson, { page: 'lesson-page', jsFiles: 5, js: 100 + 50 + 5 + 10 + 8, css: 5, budget: 180 });
  // A staff page also loads the staff pages' strings.
  assert.equal(result.pages.find((page) => page.page === 'admin-users-page').js, 100 + 50 + 3 + 30 + 8 + 6);
  assert.deepEqual(result.overBudget.map((page) => page.page), []);
  assert.deepEqual(measurePages(manifest, sizeOf, { 'quiz-page': 150 }).overBudget.map((page) => page.page), ['quiz-page']);
});

test('fails loudly when the manifest names a chunk it does not describe', () => {
  assert.throws(() => staticClosure({ a: { file: 'a.js', imports: ['missing'] } }, ['a']), /missing is not in the Vite manifest/);
});
