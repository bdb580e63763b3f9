import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type UiLanguage = 'en' | 'es' | 'fr';

type Strings = { [key: string]: string | Strings };

const cache = new Map<UiLanguage, Strings>();

function strings(language: UiLanguage): Strings {
  if (!cache.has(language)) {
    const file = join(__dirname, '..', '..', 'web', 'src', 'i18n', 'locales', `${language}.json`);
    cache.set(language, JSON.parse(readFileSync(file, 'utf8')) as Strings);
  }
  return cache.get(language)!;
}

/**
 * The interface's own words in one language, read from the web's locale files, so a page
 * object finds its buttons and headings in Spanish as in English. Interpolates {{name}} and,
 * given a count, picks the _one or _other form as i18next does (French counts 0 as one).
 */
export function uiText(language: UiLanguage) {
  return (key: string, values: Record<string, string | number> = {}): string => {
    const path = key.split('.');
    const last = path.pop()!;
    let node: Strings | string | undefined = strings(language);
    for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
    const table = typeof node === 'object' ? node : {};
    const plural = typeof values.count === 'number' ? `${last}_${values.count === 1 || (language === 'fr' && values.count === 0) ? 'one' : 'other'}` : undefined;
    const text = (plural && table[plural]) ?? table[last];
    if (typeof text !== 'string') throw new Error(`No "${key}" among the ${language} interface strings`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

export type UiText = ReturnType<typeof uiText>;
