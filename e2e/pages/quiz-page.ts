import type { Locator, Page } from '@playwright/test';
import type { AnswerKey } from '../support/admin-api';
import { uiText, type UiText } from '../support/ui-text';

export class QuizPage {
  readonly startButton: Locator;
  readonly submitButton: Locator;
  readonly passedHeading: Locator;
  readonly history: Locator;

  constructor(
    private readonly page: Page,
    t: UiText = uiText('en'),
  ) {
    this.startButton = page.getByRole('button', { name: t('quiz.start') });
    this.submitButton = page.getByRole('button', { name: t('quiz.submit') });
    this.passedHeading = page.getByRole('heading', { name: t('quiz.result.passedTitle') });
    this.history = page.getByRole('region', { name: t('quiz.history.title') });
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  question(prompt: string): Locator {
    return this.page.getByRole('group', { name: prompt });
  }

  /** Ticks every correct choice of every question: radios for one answer, checkboxes for several. */
  async answer(key: AnswerKey[]) {
    for (const { prompt, correctChoices } of key) {
      const question = this.question(prompt);
      for (const choice of correctChoices) await question.getByLabel(choice, { exact: true }).check();
    }
  }
}
