import type { Locator, Page } from '@playwright/test';
import type { AnswerKey } from '../support/admin-api';

export class QuizPage {
  readonly startButton: Locator;
  readonly submitButton: Locator;
  readonly passedHeading: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.startButton = page.getByRole('button', { name: 'Start the quiz' });
    this.submitButton = page.getByRole('button', { name: 'Submit answers' });
    this.passedHeading = page.getByRole('heading', { name: 'You passed' });
    this.history = page.getByRole('region', { name: 'Your attempts' });
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
