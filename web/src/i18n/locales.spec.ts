import { resources, SUPPORTED_LANGUAGES } from './resources';

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

const english = flatten(resources.en.translation as Tree);

describe('UI strings', () => {
  it.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the keys of English', (language) => {
    const translated = flatten(resources[language].translation as Tree);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty strings', (language) => {
    const empty = [...flatten(resources[language].translation as Tree)].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s keeps the same {{placeholders}} as English', (language) => {
    const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    const mismatched = [...flatten(resources[language].translation as Tree)]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
