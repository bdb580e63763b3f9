import type { Locator, Page } from '@playwright/test';
import { uiText, type UiText } from '../support/ui-text';

export class LessonPage {
  readonly markCompleteButton: Locator;
  readonly completedStatus: Locator;
  readonly backToOutline: Locator;

  constructor(
    private readonly page: Page,
    t: UiText = uiText('en'),
  ) {
    this.markCompleteButton = page.getByRole('button', { name: t('lesson.markComplete') });
    this.completedStatus = page.getByRole('status').filter({ hasText: t('lesson.completed') });
    this.backToOutline = page.getByRole('link', { name: t('lesson.backToOutline') });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async markComplete() {
    await this.markCompleteButton.click();
  }
}
