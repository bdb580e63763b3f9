import { countWords, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('removes raw HTML and script', () => {
    const { html } = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))', 'en');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it('renders callouts with a title in the lesson language', () => {
    const { html, callouts } = renderMarkdown('::: key-points\n- one\n:::\n', 'es');
    expect(html).toContain('<aside class="callout callout-key-points"><p class="callout-title">Puntos clave</p>');
    expect(callouts).toEqual(['key-points']);
  });

  it('turns lesson: links into app routes and reports other schemes', () => {
    const result = renderMarkdown('[a](lesson:w1-intro) [b](https://example.org) [c](ftp://x)', 'en');
    expect(result.html).toContain('href="/lessons/w1-intro"');
    expect(result.lessonLinks).toEqual(['w1-intro']);
    expect(result.badLinks).toEqual(['ftp://x']);
  });

  it('counts words, not markup', () => {
    expect(countWords('## Title\n\n- one two\n\n::: note\nthree, four\n:::')).toBe(5);
  });
});
