import type { LocalizedText } from '../common/locale';

export type QuestionKind = 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE';

export interface ChoiceDefinition {
  id: string;
  text: LocalizedText;
  correct: boolean;
}

export interface QuestionDefinition {
  id: string;
  kind: QuestionKind;
  lessonId: string;
  prompt: LocalizedText;
  explanation: LocalizedText;
  choices: ChoiceDefinition[];
}

export interface LessonDefinition {
  id: string;
  slug: string;
  position: number;
  title: LocalizedText;
  html: LocalizedText;
  minutes: number;
  words: { en: number; es: number };
  /** Callout blocks in reading order, per language (for the editorial check). */
  callouts: { en: string[]; es: string[] };
}

export interface QuizDefinition {
  id: string;
  position: number;
  title: LocalizedText;
  passPercent: number;
  maxAttempts: number | null;
  questions: QuestionDefinition[];
}

export interface WeekDefinition {
  number: number;
  isWebinarWeek: boolean;
  title: LocalizedText;
  summary: LocalizedText;
  lessons: LessonDefinition[];
  quizzes: QuizDefinition[];
}

export interface CourseDefinition {
  slug: string;
  hours: number;
  title: LocalizedText;
  summary: LocalizedText;
  issuer: LocalizedText;
  weeks: WeekDefinition[];
}

export interface ContentReport {
  courses: CourseDefinition[];
  /** Fields where French is missing and English is served instead. */
  frenchFallbacks: number;
}
