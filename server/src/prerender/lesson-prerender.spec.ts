import { Locale } from '../common/locale';
import type { LessonPlace } from '../content/content.service';
import { renderMarkdown } from '../content/markdown';
import { LESSON_PATH, prerenderLesson, prerenderLocale } from './lesson-prerender';

const INDEX = '<html lang="en"><head><title>Consular Campus</title></head><body><div id="root"></div></body></html>';

function place(title: string, markdown: string): LessonPlace {
  const text = (value: string) => ({ en: value, es: value });
  return {
    course: { slug: 'c', title: text('Course <b>') },
    week: { number: 1, title: text('Week & one') },
    lesson: { id: 'w1-intro', title: text(title), html: text(renderMarkdown(markdown, 'en').html) },
  } as unknown as LessonPlace;
}

describe('prerenderLesson', () => {
  it('escapes the texts it puts in the page', () => {
    const html = prerenderLesson(INDEX, place('"><script>alert(1)</script>', 'Text'), Locale.EN);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h1 id="lesson-title">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Consular Campus</title>');
    expect(html).toContain('Course &lt;b&gt;<span class="eyebrow__detail">Week &amp; one</span>');
  });

  it('carries only what the markdown sanitizer lets through', () => {
    const markdown = 'Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) [good](https://example.org)';
    const html = prerenderLesson(INDEX, place('Title', markdown), Locale.EN);
    expect(html).not.toMatch(/<script|<img|href="javascript:/);
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<a href="https://example.org">good</a>');
  });

  it('keeps dollar signs in the lesson as written', () => {
    const html = prerenderLesson(INDEX, place("Fees of US$ 50 and $' $& $1", "Costs $& and $' stay"), Locale.EN);
    expect(html).toContain('Costs $&amp; and $’ stay');
    expect(html).toContain("Fees of US$ 50 and $&#39; $&amp; $1");
  });
});

describe('prerenderLocale', () => {
  it("prefers ?lang=, then the reader's choice in the app, then Accept-Language, then English", () => {
    expect(prerenderLocale('es', 'campus_lang=fr', 'en')).toBe(Locale.ES);
    expect(prerenderLocale(undefined, 'other=1; campus_lang=es', 'en')).toBe(Locale.ES);
    expect(prerenderLocale(undefined, undefined, 'fr-CA,fr;q=0.9')).toBe(Locale.FR);
    expect(prerenderLocale('xx', 'campus_lang=zz', 'de')).toBe(Locale.EN);
    expect(prerenderLocale(['es'], undefined, undefined)).toBe(Locale.EN);
  });
});

describe('LESSON_PATH', () => {
  it("matches the web app's lesson addresses only", () => {
    expect(LESSON_PATH.exec('/lessons/w1-intro')?.[1]).toBe('w1-intro');
    expect(LESSON_PATH.test('/lessons/w1-intro/extra')).toBe(false);
    expect(LESSON_PATH.test('/courses/c/lessons/x')).toBe(false);
  });
});
