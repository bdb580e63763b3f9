import type { Locator, Page } from '@playwright/test';

export class CourseOutlinePage {
  readonly enrollButton: Locator;
  readonly overallProgress: Locator;

  constructor(private readonly page: Page) {
    this.enrollButton = page.getByRole('button', { name: 'Enroll' });
    this.overallProgress = page.getByRole('progressbar', { name: 'Course progress' });
  }

  async goto(slug: string) {
    await this.page.goto(`/courses/${slug}`);
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  weekProgress(week: number): Locator {
    return this.page.getByRole('progressbar', { name: `Week ${week} progress` });
  }

  /** The list of one week's lessons and quiz. */
  week(week: number): Locator {
    return this.page.getByRole('list', { name: `Week ${week} lessons and quiz` });
  }

  async openLesson(week: number, title: string) {
    await this.week(week).getByRole('link', { name: title }).click();
  }

  async openQuiz(week: number) {
    await this.week(week).getByRole('link', { name: new RegExp(`^Week ${week} quiz`) }).click();
  }

  quizItem(week: number): Locator {
    return this.week(week).getByRole('listitem').filter({ has: this.page.getByRole('link', { name: new RegExp(`^Week ${week} quiz`) }) });
  }
}
