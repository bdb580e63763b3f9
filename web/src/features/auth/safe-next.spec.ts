import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site', () => {
    expect(safeNext('/quizzes/w1-quiz')).toBe('/quizzes/w1-quiz');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example'])('sends %p home', (value) => {
    expect(safeNext(value)).toBe('/');
  });
});
