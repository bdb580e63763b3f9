// What a reader downloads for each page of the built app, worked out from Vite's manifest.
// Pure functions over the manifest; bundle-budget.mjs reads the files and prints the figures.

/** Pages nested in a lazy layout also need the layout's chunk. */
export const LAYOUTS = [{ pages: /^src\/routes\/admin-/, layout: 'src/features/admin/admin-layout.tsx' }];

/** Staff pages also load the staff pages' strings (`xx.json?staff`, split by web/build/staff-strings.ts). */
export const STAFF_PAGES = /^src\/routes\/(admin|teach)-/;

/** Every lazily loaded page of the app: the dynamic entries under src/routes/. */
export function pagesOf(manifest) {
  return Object.keys(manifest)
    .filter((key) => manifest[key].isDynamicEntry && /^src\/routes\/[^/]+\.tsx$/.test(key))
    .sort();
}

/** The interface strings of each language, one chunk per language. */
export function localesOf(manifest) {
  return Object.keys(manifest)
    .filter((key) => /^src\/i18n\/locales\/[^/]+\.json$/.test(key))
    .sort();
}

/**
 * The manifest keys of the chunks loaded before a chunk can run: itself and its static
 * imports, transitively. Dynamic imports are left out: they load later, if at all.
 */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen];
}

/**
 * The files a first visit to a page downloads: the app's entry, the page's chunk (and its
 * layout's), everything they import statically, one language's strings, and their CSS.
 */
export function pageFiles(manifest, page, locale) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The Vite manifest has no entry');
  const layouts = LAYOUTS.filter((rule) => rule.pages.test(page)).map((rule) => rule.layout);
  const strings = locale ? [locale, ...(STAFF_PAGES.test(page) && manifest[`${locale}?staff`] ? [`${locale}?staff`] : [])] : [];
  const keys = staticClosure(manifest, [entry, ...layouts, page, ...strings]);
  const js = unique(keys.map((key) => manifest[key].file));
  const css = unique(keys.flatMap((key) => manifest[key].css ?? []));
  return { js, css };
}

/** Adds up the compressed sizes of files, each counted once. */
export function totalBytes(files, sizeOf) {
  return unique(files).reduce((sum, file) => sum + sizeOf(file), 0);
}

/**
 * Bytes per page, and the budgeted pages that go over their budget. `sizeOf(file)` gives a
 * file's compressed size; the language counted is the one whose strings weigh most.
 */
export function measurePages(manifest, sizeOf, budgets) {
  const locales = localesOf(manifest);
  const heaviestLocale = locales.reduce(
    (heaviest, key) => (heaviest && sizeOf(manifest[heaviest].file) >= sizeOf(manifest[key].file) ? heaviest : key),
    undefined,
  );
  const pages = pagesOf(manifest).map((page) => {
    const { js, css } = pageFiles(manifest, page, heaviestLocale);
    const name = page.replace(/^src\/routes\//, '').replace(/\.tsx$/, '');
    return { page: name, jsFiles: js.length, js: totalBytes(js, sizeOf), css: totalBytes(css, sizeOf), budget: budgets[name] };
  });
  const overBudget = pages.filter((page) => page.budget !== undefined && page.js > page.budget);
  return { locale: heaviestLocale, pages, overBudget };
}

function unique(items) {
  return [...new Set(items)];
}
