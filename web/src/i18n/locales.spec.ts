import en from './locales/en.json';
import es from './locales/es.json';
import { SUPPORTED_LANGUAGES, type Language } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const strings: Record<Language, Tree> = { en, es };
const english = flatten(strings.en);

describe('UI strings', () => {
  it.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the keys of English', (language) => {
    const translated = flatten(strings[language]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty strings', (language) => {
    const empty = [...flatten(strings[language])].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s keeps the same {{placeholders}} as English', (language) => {
    const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    const mismatched = [...flatten(strings[language])]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
