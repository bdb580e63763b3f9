import type { Locator, Page } from '@playwright/test';

export class LessonPage {
  readonly markCompleteButton: Locator;
  readonly completedStatus: Locator;
  readonly backToOutline: Locator;

  constructor(private readonly page: Page) {
    this.markCompleteButton = page.getByRole('button', { name: 'Mark as complete' });
    this.completedStatus = page.getByRole('status').filter({ hasText: 'Completed' });
    this.backToOutline = page.getByRole('link', { name: 'Back to the course outline' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async markComplete() {
    await this.markCompleteButton.click();
  }
}
