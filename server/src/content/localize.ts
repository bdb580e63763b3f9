import { Locale, pick } from '../common/locale';
import { Course, Lesson, Week } from '../courses/models/course.model';
import { Quiz, QuestionKind } from '../quizzes/models/quiz.model';
import type { CourseDefinition, LessonDefinition, QuizDefinition, WeekDefinition } from './content.types';

/** Turns the catalogue's definitions into the API's models in one language. */
export function localizeLesson(course: CourseDefinition, week: WeekDefinition, lesson: LessonDefinition, locale: Locale): Lesson {
  return {
    id: lesson.id,
    slug: lesson.slug,
    title: pick(lesson.title, locale),
    html: pick(lesson.html, locale),
    minutes: lesson.minutes,
    weekNumber: week.number,
    courseSlug: course.slug,
  };
}

export function localizeQuiz(course: CourseDefinition, week: WeekDefinition, quiz: QuizDefinition, locale: Locale): Quiz {
  return {
    id: quiz.id,
    title: pick(quiz.title, locale),
    passPercent: quiz.passPercent,
    maxAttempts: quiz.maxAttempts,
    weekNumber: week.number,
    courseSlug: course.slug,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      kind: question.kind as QuestionKind,
      prompt: pick(question.prompt, locale),
      choices: question.choices.map((choice) => ({ id: choice.id, text: pick(choice.text, locale), correct: choice.correct })),
    })),
  };
}

export function localizeWeek(course: CourseDefinition, week: WeekDefinition, locale: Locale): Week {
  return {
    number: week.number,
    title: pick(week.title, locale),
    summary: pick(week.summary, locale),
    isWebinarWeek: week.isWebinarWeek,
    courseSlug: course.slug,
    lessons: week.lessons.map((lesson) => localizeLesson(course, week, lesson, locale)),
    quizzes: week.quizzes.map((quiz) => localizeQuiz(course, week, quiz, locale)),
  };
}

/** Course content does not change while the server runs: each course is localized once per language. */
const localizedCourses = new WeakMap<CourseDefinition, Map<Locale, Course>>();

/** The course in one language, shared by every request and frozen so that none can change it for the others. */
export function localizeCourse(course: CourseDefinition, locale: Locale): Course {
  let byLocale = localizedCourses.get(course);
  if (!byLocale) localizedCourses.set(course, (byLocale = new Map()));
  let localized = byLocale.get(locale);
  if (!localized) byLocale.set(locale, (localized = deepFreeze(buildCourse(course, locale))));
  return localized;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function buildCourse(course: CourseDefinition, locale: Locale): Course {
  return {
    slug: course.slug,
    title: pick(course.title, locale),
    summary: pick(course.summary, locale),
    hours: course.hours,
    weeks: course.weeks.map((week) => localizeWeek(course, week, locale)),
  };
}
