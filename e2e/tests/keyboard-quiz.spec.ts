import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { QuizPage } from '../pages/quiz-page';
import { fetchAnswerKey } from '../support/admin-api';
import { expectNoSeriousViolations } from '../support/accessibility';
import { courseOutline, enrolledTrainee } from '../support/course-api';
import { COURSE_SLUG } from '../support/main-pages';
import { useSession } from '../support/session';
import { uiText } from '../support/ui-text';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
/** The interface's words, which QuizPage finds its buttons by. */
const t = uiText('en');

interface Focused {
  tag: string;
  type: string;
  /** the question's id: the inputs of one question share it as their name */
  name: string;
  label: string;
  checked: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    return {
      tag: element.tagName,
      type: element.type ?? '',
      name: element.name ?? '',
      label: element.labels?.[0]?.textContent?.trim() ?? element.textContent?.trim() ?? '',
      checked: Boolean(element.checked),
    };
  });
}

/** Presses Tab until the element is focused; fails after `most` presses. */
async function tabTo(page: Page, label: string, most = 40) {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).label === label) return;
  }
  throw new Error(`"${label}" was not reached with ${most} Tab presses`);
}

test('a trainee takes a quiz with the keyboard alone and sees the result', async ({ page, request }) => {
  const quiz = new QuizPage(page, t);
  const stamp = Date.now();
  const trainee = await enrolledTrainee(request, { name: `Sofía Herrera ${stamp}`, email: `sofia.${stamp}@consulate.example.org`, password: 'a trainee passphrase', country: 'DO' }, COURSE_SLUG);
  const { id: quizId, title } = (await courseOutline(request, COURSE_SLUG)).weeks[2].quizzes[0];
  const key = new Map((await fetchAnswerKey(request, quizId)).map((question) => [question.questionId, question.correctChoices]));
  await useSession(page, trainee.token);
  await page.goto(`/quizzes/${quizId}`);
  await expect(quiz.heading(title)).toBeVisible();

  await test.step('Tab to the start button and press Enter', async () => {
    await tabTo(page, t('quiz.start'));
    await expect(quiz.startButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.submitButton).toBeVisible();
  });

  await test.step('answer every question: arrows within a group of radios, Space on checkboxes, Tab between them', async () => {
    const answered = new Set<string>();
    for (let presses = 0; presses < 200; presses++) {
      await page.keyboard.press('Tab');
      let focus = await focused(page);
      if (focus.label === t('quiz.submit')) break;
      const correct = key.get(focus.name);
      if (!correct) continue;
      if (focus.type === 'radio') {
        // Tab enters a group of radios once; the arrows move through its choices, choosing as they go.
        for (let moves = 0; !correct.includes(focus.label) && moves < 10; moves++) {
          await page.keyboard.press('ArrowDown');
          focus = await focused(page);
        }
        if (!focus.checked) await page.keyboard.press('Space');
        expect((await focused(page)).checked, `the right answer to ${focus.name} is chosen`).toBe(true);
      } else if (focus.type === 'checkbox' && correct.includes(focus.label)) {
        await page.keyboard.press('Space');
        expect((await focused(page)).checked).toBe(true);
      }
      answered.add(focus.name);
    }
    expect([...answered].sort()).toEqual([...key.keys()].sort());
  });

  await test.step('Shift+Tab goes back to the last choice and Tab returns to the submit button', async () => {
    await expect(quiz.submitButton).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(['radio', 'checkbox']).toContain((await focused(page)).type);
    await page.keyboard.press('Tab');
    await expect(quiz.submitButton).toBeFocused();
  });

  await test.step('Enter submits; the result takes the focus', async () => {
    await page.keyboard.press('Enter');
    await expect(quiz.passedHeading).toBeVisible();
    await expect(quiz.passedHeading).toBeFocused();
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-quiz-result.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'the quiz result');
  });
});
