import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { LocaleKey, LocalizedText } from '../common/locale';
import type {
  ChoiceDefinition,
  ContentReport,
  CourseDefinition,
  LessonDefinition,
  QuestionDefinition,
  QuestionKind,
  QuizDefinition,
  WeekDefinition,
} from './content.types';
import { renderMarkdown } from './markdown';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Course content is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LESSON_FILE = /^(\d{2})-([a-z0-9-]+)\.(en|es|fr)\.md$/;
const WEEK_DIR = /^week-(\d{2})$/;
const REQUIRED_LOCALES: LocaleKey[] = ['en', 'es'];
const KINDS: QuestionKind[] = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE'];
const TRUE_FALSE_TEXT: Record<'true' | 'false', LocalizedText> = {
  true: { en: 'True', es: 'Verdadero', fr: 'Vrai' },
  false: { en: 'False', es: 'Falso', fr: 'Faux' },
};

type Data = Record<string, unknown>;

/** Collects every problem with the file and field it concerns, so one run reports them all. */
class Problems {
  readonly list: string[] = [];
  frenchFallbacks = 0;
  constructor(private readonly root: string) {}

  add(file: string, field: string, message: string) {
    this.list.push(`${relative(this.root, file) || file}${field ? ` (${field})` : ''}: ${message}`);
  }

  text(file: string, data: Data, field: string): LocalizedText {
    const value = data[field];
    if (typeof value !== 'object' || value === null) {
      this.add(file, field, 'expected a text per language, e.g. { en: ..., es: ... }');
      return { en: '', es: '' };
    }
    const texts = value as Record<string, unknown>;
    for (const locale of REQUIRED_LOCALES) {
      if (typeof texts[locale] !== 'string' || !(texts[locale] as string).trim()) {
        this.add(file, `${field}.${locale}`, 'missing or empty');
      }
    }
    if (typeof texts.fr !== 'string') this.frenchFallbacks++;
    return {
      en: String(texts.en ?? '').trim(),
      es: String(texts.es ?? '').trim(),
      ...(typeof texts.fr === 'string' ? { fr: texts.fr.trim() } : {}),
    };
  }

  id(file: string, data: Data, field: string): string {
    const value = data[field];
    if (typeof value !== 'string' || !ID.test(value)) {
      this.add(file, field, 'expected an id of lower-case letters, digits and hyphens');
      return '';
    }
    return value;
  }

  integer(file: string, data: Data, field: string, min: number, max: number, fallback?: number): number {
    const value = data[field] ?? fallback;
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.add(file, field, `expected a whole number from ${min} to ${max}`);
      return min;
    }
    return value as number;
  }

  boolean(file: string, data: Data, field: string): boolean {
    if (typeof data[field] !== 'boolean') this.add(file, field, 'expected true or false');
    return data[field] === true;
  }
}

function readYaml(problems: Problems, file: string): Data {
  if (!existsSync(file)) {
    problems.add(file, '', 'file is missing');
    return {};
  }
  try {
    const data = parseYaml(readFileSync(file, 'utf8'));
    if (typeof data === 'object' && data !== null) return data as Data;
    problems.add(file, '', 'expected a YAML mapping');
  } catch (error) {
    problems.add(file, '', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return {};
}

interface LessonSource {
  file: string;
  slug: string;
  position: number;
  id: string;
  title: string;
  minutes?: number;
  body: string;
}

function readLessons(problems: Problems, dir: string, weekNumber: number): LessonDefinition[] {
  const lessonsDir = join(dir, 'lessons');
  if (!existsSync(lessonsDir)) {
    problems.add(lessonsDir, '', 'folder is missing');
    return [];
  }
  const byPosition = new Map<number, Partial<Record<LocaleKey, LessonSource>>>();
  for (const name of readdirSync(lessonsDir).sort()) {
    const file = join(lessonsDir, name);
    const match = LESSON_FILE.exec(name);
    if (!match) {
      problems.add(file, '', 'lesson files are named NN-slug.LOCALE.md (LOCALE: en, es or fr)');
      continue;
    }
    const [, position, slug, locale] = match;
    const { data, content } = matter(readFileSync(file, 'utf8'));
    const id = problems.id(file, data, 'id');
    if (typeof data.title !== 'string' || !data.title.trim()) problems.add(file, 'title', 'missing or empty');
    if (data.minutes !== undefined) problems.integer(file, data, 'minutes', 1, 600);
    if (!content.trim()) problems.add(file, 'body', 'the lesson has no text');
    const sources = byPosition.get(Number(position)) ?? {};
    sources[locale as LocaleKey] = { file, slug, position: Number(position), id, title: String(data.title ?? '').trim(), minutes: data.minutes, body: content };
    byPosition.set(Number(position), sources);
  }
  return [...byPosition.entries()]
    .sort(([a], [b]) => a - b)
    .map(([position, sources]) => {
      const en = sources.en;
      for (const locale of REQUIRED_LOCALES) {
        if (!sources[locale]) problems.add(join(lessonsDir, `${String(position).padStart(2, '0')}-*.${locale}.md`), '', `lesson ${position} of week ${weekNumber} has no ${locale} file`);
      }
      for (const source of Object.values(sources)) {
        if (en && source.slug !== en.slug) problems.add(source.file, 'file name', `slug differs from the English file (${en.slug})`);
        if (en && source.id !== en.id) problems.add(source.file, 'id', `differs from the English file (${en.id})`);
      }
      const primary = en ?? Object.values(sources)[0]!;
      const render = (locale: LocaleKey) => {
        const source = sources[locale] ?? primary;
        const rendered = renderMarkdown(source.body, locale);
        for (const href of rendered.badLinks) problems.add(source.file, 'body', `link "${href}" must be https:// or lesson:<id>`);
        return { ...rendered, file: source.file };
      };
      const rendered = { en: render('en'), es: render('es'), fr: sources.fr ? render('fr') : undefined };
      if (!sources.fr) problems.frenchFallbacks++;
      return {
        id: primary.id,
        slug: primary.slug,
        position,
        title: { en: en?.title ?? '', es: sources.es?.title ?? '', ...(sources.fr ? { fr: sources.fr.title } : {}) },
        html: { en: rendered.en.html, es: rendered.es.html, ...(rendered.fr ? { fr: rendered.fr.html } : {}) },
        minutes: primary.minutes ?? Math.max(1, Math.ceil(rendered.en.words / 200)),
        words: { en: rendered.en.words, es: rendered.es.words },
        links: [rendered.en, rendered.es, rendered.fr].flatMap((r) => (r ? r.lessonLinks.map((id) => ({ id, file: r.file })) : [])),
        callouts: { en: rendered.en.callouts, es: rendered.es.callouts },
      } as LessonDefinition & LessonExtras;
    });
}

interface LessonExtras {
  links: { id: string; file: string }[];
}

function readChoices(problems: Problems, file: string, question: Data, kind: QuestionKind, field: string): ChoiceDefinition[] {
  if (kind === 'TRUE_FALSE') {
    if (typeof question.answer !== 'boolean') problems.add(file, `${field}.answer`, 'a TRUE_FALSE question needs answer: true or false');
    return (['true', 'false'] as const).map((value) => ({ id: value, text: TRUE_FALSE_TEXT[value], correct: String(question.answer) === value }));
  }
  if (!Array.isArray(question.choices) || question.choices.length < 2) {
    problems.add(file, `${field}.choices`, 'expected at least two choices');
    return [];
  }
  const choices = (question.choices as Data[]).map((choice, index) => ({
    id: problems.id(file, choice, 'id') || `${index}`,
    text: problems.text(file, choice, 'text'),
    correct: choice.correct === true,
  }));
  question.choices.forEach((choice: Data, index: number) => {
    if (choice.correct !== undefined && typeof choice.correct !== 'boolean') problems.add(file, `${field}.choices[${index}].correct`, 'expected true or false');
  });
  if (new Set(choices.map((c) => c.id)).size !== choices.length) problems.add(file, `${field}.choices`, 'choice ids repeat');
  const correct = choices.filter((c) => c.correct).length;
  if (kind === 'SINGLE' && correct !== 1) problems.add(file, `${field}.choices`, `a SINGLE question needs exactly one correct choice (has ${correct})`);
  if (kind === 'MULTIPLE' && correct < 1) problems.add(file, `${field}.choices`, 'a MULTIPLE question needs at least one correct choice');
  return choices;
}

function readQuiz(problems: Problems, file: string): QuizDefinition {
  const data = readYaml(problems, file);
  const questions = Array.isArray(data.questions) ? (data.questions as Data[]) : [];
  if (questions.length === 0) problems.add(file, 'questions', 'expected at least one question');
  return {
    id: problems.id(file, data, 'id'),
    position: 1,
    title: problems.text(file, data, 'title'),
    passPercent: problems.integer(file, data, 'passPercent', 1, 100),
    maxAttempts: data.maxAttempts === undefined || data.maxAttempts === null ? null : problems.integer(file, data, 'maxAttempts', 1, 100),
    questions: questions.map((question, index): QuestionDefinition => {
      const field = `questions[${index}]`;
      const kind = question.kind as QuestionKind;
      if (!KINDS.includes(kind)) problems.add(file, `${field}.kind`, `expected one of ${KINDS.join(', ')}`);
      const id = problems.id(file, question, 'id');
      return {
        id,
        kind,
        lessonId: problems.id(file, question, 'lesson'),
        prompt: problems.text(file, question, 'prompt'),
        explanation: problems.text(file, question, 'explanation'),
        choices: readChoices(problems, file, question, kind, field).map((choice) => ({ ...choice, id: `${id}-${choice.id}` })),
      };
    }),
  };
}

function readWeek(problems: Problems, dir: string, expectedNumber: number): WeekDefinition {
  const file = join(dir, 'week.yaml');
  const data = readYaml(problems, file);
  const number = problems.integer(file, data, 'number', 1, 99);
  if (number !== expectedNumber) problems.add(file, 'number', `is ${number} but the folder says week ${expectedNumber}`);
  const quizFile = join(dir, 'quiz.yaml');
  return {
    number: expectedNumber,
    isWebinarWeek: problems.boolean(file, data, 'isWebinarWeek'),
    title: problems.text(file, data, 'title'),
    summary: problems.text(file, data, 'summary'),
    lessons: readLessons(problems, dir, expectedNumber),
    quizzes: existsSync(quizFile) ? [readQuiz(problems, quizFile)] : [],
  };
}

function checkCourse(problems: Problems, dir: string, course: CourseDefinition) {
  const seen = new Map<string, string>();
  const unique = (id: string, what: string) => {
    if (!id) return;
    if (seen.has(id)) problems.add(dir, what, `id "${id}" is used twice (also by ${seen.get(id)})`);
    seen.set(id, what);
  };
  const lessons = course.weeks.flatMap((week) => week.lessons) as (LessonDefinition & LessonExtras)[];
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  for (const week of course.weeks) {
    for (const lesson of week.lessons) unique(lesson.id, `lesson ${lesson.slug} of week ${week.number}`);
    const slugs = week.lessons.map((lesson) => lesson.slug);
    if (new Set(slugs).size !== slugs.length) problems.add(dir, `week ${week.number}`, 'two lessons share a slug');
    for (const quiz of week.quizzes) {
      unique(quiz.id, `quiz of week ${week.number}`);
      for (const question of quiz.questions) {
        unique(question.id, `question of quiz ${quiz.id}`);
        if (question.lessonId && !lessonIds.has(question.lessonId)) {
          problems.add(dir, `quiz ${quiz.id}, question ${question.id}`, `names lesson "${question.lessonId}", which does not exist`);
        }
      }
    }
  }
  for (const lesson of lessons) {
    for (const link of lesson.links) {
      if (!lessonIds.has(link.id)) problems.add(link.file, 'body', `links to lesson "${link.id}", which does not exist`);
    }
  }
}

function readCourse(problems: Problems, dir: string): CourseDefinition {
  const file = join(dir, 'course.yaml');
  const data = readYaml(problems, file);
  const slug = problems.id(file, data, 'slug');
  if (slug && slug !== basename(dir)) problems.add(file, 'slug', `must match the folder name "${basename(dir)}"`);
  const weekDirs = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
  for (const name of weekDirs.filter((n) => !WEEK_DIR.test(n))) problems.add(join(dir, name), '', 'unexpected folder: weeks are week-01, week-02, ...');
  const weeks = weekDirs
    .filter((name) => WEEK_DIR.test(name))
    .map((name, index) => {
      const number = Number(WEEK_DIR.exec(name)![1]);
      if (number !== index + 1) problems.add(join(dir, name), '', `weeks must be numbered without gaps (expected week-${String(index + 1).padStart(2, '0')})`);
      return readWeek(problems, join(dir, name), number);
    });
  if (weeks.length === 0) problems.add(dir, '', 'the course has no weeks');
  const course = {
    slug,
    hours: problems.integer(file, data, 'hours', 1, 1000),
    title: problems.text(file, data, 'title'),
    summary: problems.text(file, data, 'summary'),
    issuer: problems.text(file, data, 'issuer'),
    weeks,
  };
  checkCourse(problems, dir, course);
  return course;
}

/** Reads and validates every course under the content folder; throws a ContentError listing every problem. */
export function loadContent(root: string): ContentReport {
  const problems = new Problems(root);
  const courseDirs = readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, 'course.yaml')))
    .sort();
  if (courseDirs.length === 0) problems.add(root, '', 'no course folder (a folder with course.yaml) found');
  const courses = courseDirs.map((name) => readCourse(problems, join(root, name)));
  if (problems.list.length > 0) throw new ContentError(problems.list);
  return { courses, frenchFallbacks: problems.frenchFallbacks };
}
