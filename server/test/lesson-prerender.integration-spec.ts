import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { TestApp } from './test-app';

// A stand-in for web/dist: the tests need the server's side of it only.
const INDEX = `<!doctype html>
<html lang="en">
  <head><title>Consular Campus</title><script type="module" src="/assets/index-abc.js"></script></head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
const SCRIPT = `console.log(${JSON.stringify('a script long enough to be worth compressing '.repeat(40))});\n`;

describe('lessons readable before the JavaScript arrives', () => {
  let t: TestApp;
  let webDist: string;
  let lesson: { id: string; titleEn: string; titleEs: string; htmlEs: string };

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'campus-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), INDEX);
    writeFileSync(join(webDist, 'assets', 'index-abc.js'), SCRIPT);
    writeFileSync(join(webDist, 'assets', 'index-abc.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(webDist, 'assets', 'index-abc.js.gz'), gzipSync(SCRIPT));
    t = await TestApp.start({ WEB_DIST: webDist });
    const first = async (locale: string) =>
      (await t.ok(`query($l: Locale) { courses(locale: $l) { weeks { lessons { id title html } } } }`, { l: locale })).courses[0].weeks[0].lessons[0];
    const [en, es] = [await first('EN'), await first('ES')];
    lesson = { id: en.id, titleEn: en.title, titleEs: es.title, htmlEs: es.html };
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => {
    const req = request(t.app.getHttpServer()).get(path);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req;
  };
  const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

  it("puts the lesson's title and text in the page, in the browser's language", async () => {
    const res = await get(`/lessons/${lesson.id}`, { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(res.text).toContain('<html lang="es"');
    expect(res.text).toContain(`<h1 id="lesson-title">${escaped(lesson.titleEs)}</h1>`);
    expect(res.text).toContain(`<div class="prose">${lesson.htmlEs}</div>`);
    expect(res.text).toContain(`data-lesson-id="${lesson.id}"`);
    // The app's script is still there to take over.
    expect(res.text).toContain('<script type="module" src="/assets/index-abc.js">');
  });

  it("takes the language from ?lang= first, then from the reader's choice in the app, and falls back to English", async () => {
    const asked = await get(`/lessons/${lesson.id}?lang=en`, { 'Accept-Language': 'es', Cookie: 'campus_lang=es' }).expect(200);
    expect(asked.text).toContain(`<h1 id="lesson-title">${escaped(lesson.titleEn)}</h1>`);
    const chosen = await get(`/lessons/${lesson.id}`, { 'Accept-Language': 'en', Cookie: 'campus_lang=es' }).expect(200);
    expect(chosen.text).toContain(`<h1 id="lesson-title">${escaped(lesson.titleEs)}</h1>`);
    const unknown = await get(`/lessons/${lesson.id}`, { 'Accept-Language': 'de' }).expect(200);
    expect(unknown.text).toContain('<html lang="en"');
    expect(unknown.text).toContain(escaped(lesson.titleEn));
  });

  it('serves the plain app for an unknown lesson and for other pages', async () => {
    for (const path of ['/lessons/no-such-lesson', '/courses/migrant-women', '/lessons/<script>']) {
      const res = await get(path).expect(200);
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.text).not.toContain('prerendered-lesson');
    }
  });

  it('sends the page gzipped to a browser that takes gzip', async () => {
    const res = await get(`/lessons/${lesson.id}`, { 'Accept-Encoding': 'gzip, deflate, br' }).expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text).toContain(escaped(lesson.titleEn));
  });

  it("sends the build's brotli or gzip copy of a script, as a script, cached for good", async () => {
    const br = await get('/assets/index-abc.js', { 'Accept-Encoding': 'gzip, deflate, br' }).buffer(true).parse(rawBody).expect(200);
    const length = (res: { headers: Record<string, string> }) => Number(res.headers['content-length']);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(length(br)).toBe(brotliCompressSync(SCRIPT).length);
    const gz = await get('/assets/index-abc.js', { 'Accept-Encoding': 'gzip' }).expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(length(gz)).toBe(gzipSync(SCRIPT).length);
    expect(gz.text).toBe(SCRIPT);
    const plain = await get('/assets/index-abc.js', { 'Accept-Encoding': 'identity' }).expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);
  });
});

/** Keeps the body as sent (the client here does not decode brotli). */
function rawBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  // superagent hands a parser the incoming message itself, though it types it as the response
  const res = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
