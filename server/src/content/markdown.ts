import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import sanitizeHtml from 'sanitize-html';
import type { LocaleKey } from '../common/locale';

export const CALLOUTS = ['key-points', 'scenario', 'note'] as const;
type Callout = (typeof CALLOUTS)[number];

const calloutLabels: Record<Callout, Record<LocaleKey, string>> = {
  'key-points': { en: 'Key points', es: 'Puntos clave', fr: 'Points clés' },
  scenario: { en: 'At the consulate', es: 'En el consulado', fr: 'Au consulat' },
  note: { en: 'Note', es: 'Nota', fr: 'Remarque' },
};

const LESSON_LINK = /^lesson:([a-z0-9-]+)$/;

export interface RenderedMarkdown {
  html: string;
  words: number;
  /** Lesson ids named by lesson: links, for the loader to resolve. */
  lessonLinks: string[];
  /** Links that are neither https: nor lesson: links. */
  badLinks: string[];
  callouts: string[];
}

function makeRenderer(locale: LocaleKey, found: { lessonLinks: string[]; badLinks: string[]; callouts: string[] }) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  for (const name of CALLOUTS) {
    // markdown-it-container's typings name an older markdown-it than the one installed
    md.use(container as unknown as (md: InstanceType<typeof MarkdownIt>, name: string, options: object) => void, name, {
      render(tokens: { nesting: number }[], index: number) {
        if (tokens[index].nesting !== 1) return '</aside>\n';
        found.callouts.push(name);
        return `<aside class="callout callout-${name}"><p class="callout-title">${calloutLabels[name][locale]}</p>\n`;
      },
    });
  }
  md.core.ruler.push('campus_links', (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue;
        const href = String(token.attrGet('href') ?? '');
        const lesson = LESSON_LINK.exec(href);
        if (lesson) {
          found.lessonLinks.push(lesson[1]);
          token.attrSet('href', `/lessons/${lesson[1]}`);
        } else if (!href.startsWith('https://')) {
          found.badLinks.push(href);
        }
      }
    }
  });
  return md;
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'aside', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href'], aside: ['class'], p: ['class'] },
  allowedClasses: { aside: CALLOUTS.map((name) => `callout callout-${name}`).flatMap((c) => c.split(' ')), p: ['callout-title'] },
  allowedSchemes: ['https'],
  allowProtocolRelative: false,
};

export function countWords(markdown: string): number {
  return markdown
    .replace(/^:::.*$/gm, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function renderMarkdown(markdown: string, locale: LocaleKey): RenderedMarkdown {
  const found = { lessonLinks: [] as string[], badLinks: [] as string[], callouts: [] as string[] };
  const raw = makeRenderer(locale, found).render(markdown);
  return { html: sanitizeHtml(raw, sanitizeOptions), words: countWords(markdown), ...found };
}
