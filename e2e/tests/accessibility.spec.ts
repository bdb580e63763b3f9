import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousViolations } from '../support/accessibility';
import { COURSE_SLUG, MAIN_PAGES, makeShowcase, openAs, openMainPage, type Showcase } from '../support/main-pages';
import { uiText } from '../support/ui-text';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const en = uiText('en');
const es = uiText('es');
const fr = uiText('fr');

let showcase: Showcase;

test.describe('accessibility of the main pages (WCAG 2.2 AA)', () => {
  test.beforeAll(async () => {
    showcase = await makeShowcase();
  });

  for (const main of MAIN_PAGES) {
    test(`${main.name}: no serious or critical axe-core violations`, async ({ page }) => {
      await openMainPage(page, showcase, main);
      await page.screenshot({ path: join(ARTIFACTS, `desktop-${main.name}.png`), fullPage: !(await page.getByRole('dialog').isVisible()) });
      await expectNoSeriousViolations(page, main.name);
    });
  }

  test('the document language follows the interface language, in all three', async ({ page }) => {
    await openAs(page, showcase, 'trainee', '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('combobox', { name: en('nav.language') }).selectOption('es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: /^Hola, / })).toBeVisible();
    await expectNoSeriousViolations(page, 'the dashboard in Spanish');
    await page.getByRole('combobox', { name: es('nav.language') }).selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: /^Bienvenue, / })).toBeVisible();
    await expectNoSeriousViolations(page, 'the dashboard in French');
    await page.getByRole('combobox', { name: fr('nav.language') }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  });

  for (const [viewer, path, presses] of [['trainee', `/courses/${COURSE_SLUG}`, 15], ['visitor', '/signup', 14]] as const) {
    test(`every link, button and field reached with Tab on ${path} shows a visible focus outline`, async ({ page }) => {
      await openAs(page, showcase, viewer, path);
      // The skip link, the header, then the page's own links, buttons and fields.
      for (let pressed = 1; pressed <= presses; pressed++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const name = element.getAttribute('aria-label') || element.id || element.textContent;
          return { what: `${element.tagName} "${name?.trim().slice(0, 40)}"`, visible: element.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        const where = `${focus.what} after ${pressed} Tab presses`;
        expect(focus.visible, where).toBe(true);
        expect(focus.outline, where).not.toBe('none');
        expect(focus.width, where).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
