import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { loadContent } from './content-loader';
import { CourseEntity, LessonEntity, QuizEntity, WeekEntity } from './content.entities';
import type { CourseDefinition, LessonDefinition, QuizDefinition, WeekDefinition } from './content.types';

export interface LessonPlace {
  course: CourseDefinition;
  week: WeekDefinition;
  lesson: LessonDefinition;
}

export interface QuizPlace {
  course: CourseDefinition;
  week: WeekDefinition;
  quiz: QuizDefinition;
}

/**
 * The course catalogue: loaded from the content files at start, synced into the
 * database (for progress and reports), and served from memory since it does not
 * change while the server runs.
 */
@Injectable()
export class ContentService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContentService.name);
  private courses: CourseDefinition[] = [];
  private lessons = new Map<string, LessonPlace>();
  private quizzes = new Map<string, QuizPlace>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap() {
    const { courses } = loadContent(this.config.contentDir);
    await this.sync(courses);
    this.use(courses);
    const lessonCount = this.lessons.size;
    this.logger.log(`Loaded ${courses.length} course(s), ${lessonCount} lessons, ${this.quizzes.size} quizzes`);
  }

  allCourses(): CourseDefinition[] {
    return this.courses;
  }

  course(slug: string): CourseDefinition | undefined {
    return this.courses.find((course) => course.slug === slug);
  }

  lesson(id: string): LessonPlace | undefined {
    return this.lessons.get(id);
  }

  /** The lesson before or after this one in the course's reading order, across weeks. */
  neighbour(id: string, step: -1 | 1): LessonPlace | undefined {
    const place = this.lessons.get(id);
    if (!place) return undefined;
    const order = place.course.weeks.flatMap((week) => week.lessons.map((lesson) => lesson.id));
    const next = order[order.indexOf(id) + step];
    return next ? this.lessons.get(next) : undefined;
  }

  quiz(id: string): QuizPlace | undefined {
    return this.quizzes.get(id);
  }

  private use(courses: CourseDefinition[]) {
    this.courses = courses;
    this.lessons.clear();
    this.quizzes.clear();
    for (const course of courses) {
      for (const week of course.weeks) {
        for (const lesson of week.lessons) this.lessons.set(lesson.id, { course, week, lesson });
        for (const quiz of week.quizzes) this.quizzes.set(quiz.id, { course, week, quiz });
      }
    }
  }

  /** Idempotent: rows are keyed by the files' ids; what left the files is retired, never deleted. */
  private async sync(courses: CourseDefinition[]) {
    await this.dataSource.transaction(async (manager) => {
      for (const course of courses) {
        const { slug } = course;
        await manager.save(CourseEntity, { slug, title: course.title, summary: course.summary, issuer: course.issuer, hours: course.hours });
        await manager.save(
          WeekEntity,
          course.weeks.map((week) => ({ courseSlug: slug, number: week.number, isWebinarWeek: week.isWebinarWeek, title: week.title, summary: week.summary })),
        );
        const lessons = course.weeks.flatMap((week) =>
          week.lessons.map((lesson) => ({ id: lesson.id, courseSlug: slug, weekNumber: week.number, position: lesson.position, slug: lesson.slug, title: lesson.title, html: lesson.html, minutes: lesson.minutes, retired: false })),
        );
        const quizzes = course.weeks.flatMap((week) =>
          week.quizzes.map((quiz) => ({ id: quiz.id, courseSlug: slug, weekNumber: week.number, position: quiz.position, title: quiz.title, passPercent: quiz.passPercent, maxAttempts: quiz.maxAttempts, questions: quiz.questions, retired: false })),
        );
        await manager.save(LessonEntity, lessons, { chunk: 50 });
        await manager.save(QuizEntity, quizzes, { chunk: 20 });
        await manager.update(LessonEntity, { courseSlug: slug, id: Not(In(lessons.map((l) => l.id))) }, { retired: true });
        await manager.update(QuizEntity, { courseSlug: slug, id: Not(In(quizzes.map((q) => q.id))) }, { retired: true });
      }
    });
  }
}
