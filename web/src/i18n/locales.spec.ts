import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import { createInstance } from 'i18next';
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

const strings: Record<Language, Tree> = { en, es, fr };
const english = flatten(strings.en);

describe('UI strings', () => {
  it('come in English, Spanish and French', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['en', 'es', 'fr']);
  });

  it.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the keys of English', (language) => {
    const translated = flatten(strings[language]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty strings', (language) => {
    const empty = [...flatten(strings[language])].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s keeps the same {{placeholders}} and formats as English', (language) => {
    const placeholders = (text: string) => (text.match(/\{\{[^}]+\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    const mismatched = [...flatten(strings[language])]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s writes percentages through Intl, not with a literal "%" after a placeholder', (language) => {
    const literal = [...flatten(strings[language])].filter(([, text]) => /\}\}\s?%/.test(text)).map(([key]) => key);
    expect(literal).toEqual([]);
  });

  it('French leaves no English sentence untranslated', () => {
    // Brand names, abbreviations and words French shares with English may stay as they are.
    const same = new Set(['app.name', 'common.minutes_one', 'common.minutes_other', 'quiz.title', 'quiz.questions', 'quiz.result.correct', 'quiz.result.incorrect', 'quiz.history.actions', 'webinar.duration_one', 'webinar.duration_other', 'webinar.questions.votes_one', 'webinar.questions.votes_other', 'notifications.title', 'notifications.bell', 'teach.webinars.questions_one', 'teach.webinars.questions_other', 'teach.form.description', 'teach.form.date', 'admin.title', 'admin.eyebrow', 'admin.nav.label', 'admin.audit.action', 'nav.admin']);
    const french = flatten(strings.fr);
    const untranslated = [...english].filter(([key, text]) => french.get(key) === text && !same.has(key)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('formats the counts marked ", number" in the reader\'s language', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'fr', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
    expect(i18n.t('admin.users.count', { count: 12345 })).toBe('12\u202f345 comptes');
    expect(i18n.t('admin.users.count', { count: 1 })).toBe('1 compte');
    await i18n.changeLanguage('en');
    expect(i18n.t('admin.users.count', { count: 12345 })).toBe('12,345 accounts');
  });
});
