import type { Locator, Page } from '@playwright/test';
import { uiText, type UiText } from '../support/ui-text';

export class CourseOutlinePage {
  readonly enrollButton: Locator;
  readonly overallProgress: Locator;

  constructor(
    private readonly page: Page,
    private readonly t: UiText = uiText('en'),
  ) {
    this.enrollButton = page.getByRole('button', { name: t('course.enroll') });
    this.overallProgress = page.getByRole('progressbar', { name: t('course.overallProgress') });
  }

  async goto(slug: string) {
    await this.page.goto(`/courses/${slug}`);
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  weekProgress(week: number): Locator {
    return this.page.getByRole('progressbar', { name: this.t('course.weekProgress', { number: week }) });
  }

  /** The list of one week's lessons and quiz. */
  week(week: number): Locator {
    return this.page.getByRole('list', { name: this.t('course.weekContents', { number: week }) });
  }

  async openLesson(week: number, title: string) {
    await this.week(week).getByRole('link', { name: title }).click();
  }

  async openQuiz(week: number, title: string) {
    await this.week(week).getByRole('link', { name: title }).click();
  }

  quizItem(week: number, title: string): Locator {
    return this.week(week).getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  /** The badge a passed quiz wears on the outline. */
  passedBadge(week: number, quizTitle: string): Locator {
    return this.quizItem(week, quizTitle).getByText(this.t('quiz.passed'), { exact: true });
  }
}
