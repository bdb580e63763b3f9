import type { Plugin } from 'vite';

/**
 * Keeps the staff pages' interface strings out of a trainee's download.
 *
 * A language's file (src/i18n/locales/xx.json) stays whole for translators and for the test
 * that every language has every key. When the app imports it, this plugin leaves out the
 * staff sections; imported with `?staff`, it gives those sections only, which the i18n
 * setup loads as a namespace of their own when a staff page opens (src/i18n/i18n.ts).
 */
export function staffStrings(options: { sections: string[] }): Plugin {
  const LOCALE = /[\\/]src[\\/]i18n[\\/]locales[\\/][^\\/]+\.json(\?staff)?$/;
  return {
    name: 'consular-campus:staff-strings',
    enforce: 'pre',
    transform(code, id) {
      const match = LOCALE.exec(id);
      if (!match) return null;
      const strings = JSON.parse(code) as Record<string, unknown>;
      const staff = Boolean(match[1]);
      const kept = Object.fromEntries(Object.entries(strings).filter(([section]) => options.sections.includes(section) === staff));
      // The plain file stays JSON for Vite's JSON handling; the ?staff import is not seen as JSON, so it is given as a module.
      return staff ? { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(kept))});\n`, map: null, moduleType: 'js' } : { code: JSON.stringify(kept), map: null };
    },
  };
}
