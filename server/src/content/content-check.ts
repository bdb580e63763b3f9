import { resolve } from 'node:path';
import { ContentError, loadContent } from './content-loader';
import type { CourseDefinition } from './content.types';

/** The platform's editorial standard for a course, beyond what the loader requires of any file. */
export function editorialProblems(course: CourseDefinition): string[] {
  const problems: string[] = [];
  const where = (week: number, what: string) => `${course.slug}, week ${week}${what ? `, ${what}` : ''}`;
  for (const week of course.weeks) {
    if (week.isWebinarWeek) {
      if (week.lessons.length < 1) problems.push(`${where(week.number, '')}: a webinar week needs a preparation lesson`);
      continue;
    }
    if (week.lessons.length < 4) problems.push(`${where(week.number, '')}: has ${week.lessons.length} lessons, needs at least 4`);
    for (const lesson of week.lessons) {
      for (const locale of ['en', 'es'] as const) {
        const words = lesson.words[locale];
        if (words < 500 || words > 1200) problems.push(`${where(week.number, `lesson ${lesson.id} (${locale})`)}: ${words} words, expected 500 to 1,200`);
        if (lesson.callouts[locale].at(-1) !== 'key-points') problems.push(`${where(week.number, `lesson ${lesson.id} (${locale})`)}: does not end with a key-points block`);
      }
    }
    if (week.quizzes.length !== 1) problems.push(`${where(week.number, '')}: needs one quiz`);
    for (const quiz of week.quizzes) {
      const count = quiz.questions.length;
      if (count < 10 || count > 15) problems.push(`${where(week.number, `quiz ${quiz.id}`)}: ${count} questions, expected 10 to 15`);
      for (const kind of ['SINGLE', 'MULTIPLE', 'TRUE_FALSE'] as const) {
        if (!quiz.questions.some((q) => q.kind === kind)) problems.push(`${where(week.number, `quiz ${quiz.id}`)}: has no ${kind} question`);
      }
      if (quiz.passPercent !== 70 || quiz.maxAttempts !== 3) problems.push(`${where(week.number, `quiz ${quiz.id}`)}: pass mark 70% and three attempts expected`);
    }
  }
  return problems;
}

function main(dir: string) {
  const { courses, frenchFallbacks } = loadContent(dir);
  const problems = courses.flatMap(editorialProblems);
  for (const course of courses) {
    const lessons = course.weeks.flatMap((week) => week.lessons);
    const quizzes = course.weeks.flatMap((week) => week.quizzes);
    const words = (locale: 'en' | 'es') => lessons.reduce((sum, lesson) => sum + lesson.words[locale], 0);
    console.log(`${course.slug}: ${course.weeks.length} weeks, ${lessons.length} lessons, ${quizzes.length} quizzes, ${quizzes.reduce((n, q) => n + q.questions.length, 0)} questions`);
    console.log(`  words: en ${words('en')}, es ${words('es')}`);
  }
  console.log(`French: ${frenchFallbacks} field(s) fall back to English`);
  if (problems.length > 0) {
    console.error(`Editorial problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('content check: ok');
  }
}

if (require.main === module) {
  try {
    main(resolve(process.argv[2] ?? 'content'));
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : error);
    process.exitCode = 1;
  }
}
