import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError, loadContent } from './content-loader';

const REAL_CONTENT = resolve(__dirname, '..', '..', '..', 'content');

describe('loadContent', () => {
  let dir: string;
  const course = () => join(dir, 'migrant-women');
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(course(), file), change(readFileSync(join(course(), file), 'utf8')));
  const problemsOf = () => {
    try {
      loadContent(dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    return [];
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'campus-content-'));
    cpSync(REAL_CONTENT, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the real course with stable ids from the files', () => {
    const { courses } = loadContent(dir);
    const week1 = courses[0].weeks[0];
    expect(courses[0].slug).toBe('migrant-women');
    expect(week1.lessons[0].id).toBe('w1-migrant-women-in-the-region');
    expect(week1.quizzes[0].questions[0].choices.map((c) => c.id)[0]).toMatch(/^w1-q01-/);
  });

  it('names the file and field of a missing Spanish title', () => {
    edit('week-01/week.yaml', (text) => text.replace(/^(\s+)es:.*$/m, '$1de: x'));
    expect(problemsOf()).toContainEqual(expect.stringMatching(/week-01\/week\.yaml \(title\.es\): missing or empty/));
  });

  it('refuses a SINGLE question with two correct choices, naming it', () => {
    edit('week-01/quiz.yaml', (text) => text.replace(/correct: true/, 'correct: true').replace(/(kind: SINGLE[\s\S]*?choices:[\s\S]*?)(- id: \w+\n)/, '$1$2        correct: true\n'));
    const problems = problemsOf();
    expect(problems.some((p) => /quiz\.yaml \(questions\[\d+\]\.choices\): a SINGLE question needs exactly one correct choice/.test(p))).toBe(true);
  });

  it('refuses a question naming a lesson that does not exist', () => {
    edit('week-01/quiz.yaml', (text) => text.replace(/lesson: w1-[a-z-]+/, 'lesson: w1-no-such-lesson'));
    expect(problemsOf()).toContainEqual(expect.stringMatching(/names lesson "w1-no-such-lesson", which does not exist/));
  });

  it('refuses a lesson whose Spanish file has a different id', () => {
    edit('week-01/lessons/01-migrant-women-in-the-region.es.md', (text) => text.replace(/^id: .*$/m, 'id: w1-other'));
    expect(problemsOf()).toContainEqual(expect.stringMatching(/01-migrant-women-in-the-region\.es\.md \(id\): differs from the English file/));
  });

  it('refuses a lesson without its Spanish file', () => {
    rmSync(join(course(), 'week-01/lessons/01-migrant-women-in-the-region.es.md'));
    expect(problemsOf()).toContainEqual(expect.stringMatching(/has no es file/));
  });

  it('refuses links that are neither https nor to a known lesson', () => {
    edit('week-01/lessons/01-migrant-women-in-the-region.en.md', (text) => `${text}\n[a](http://example.org) [b](lesson:w9-missing)\n`);
    const problems = problemsOf();
    expect(problems).toContainEqual(expect.stringMatching(/link "http:\/\/example.org" must be https/));
    expect(problems).toContainEqual(expect.stringMatching(/links to lesson "w9-missing", which does not exist/));
  });

  it('refuses the same id used twice', () => {
    edit('week-02/quiz.yaml', (text) => text.replace(/^id: w2-quiz$/m, 'id: w1-quiz'));
    expect(problemsOf()).toContainEqual(expect.stringMatching(/id "w1-quiz" is used twice/));
  });

  it('reports invalid YAML with the file name', () => {
    edit('course.yaml', (text) => `${text}\n  : : :\n`);
    expect(problemsOf()).toContainEqual(expect.stringMatching(/course\.yaml: not valid YAML/));
  });
});
