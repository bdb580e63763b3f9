import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { MAIN_PAGES, makeShowcase, openMainPage, type Showcase } from '../support/main-pages';
import { uiText } from '../support/ui-text';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const PHONE = { width: 360, height: 740 };

// In Spanish, whose longer words are the harder fit, as most of the course's readers see it.
test.use({ viewport: PHONE, hasTouch: true, locale: 'es-MX' });

/**
 * Elements that stick out past the right edge of the screen and are not inside a box that
 * scrolls sideways on purpose (a wide table): the page frame clips them, so they are cut off.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrollsSideways = (element: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX);
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > edge;
    };
    const offenders: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (!sticksOut(element) || (element.parentElement && sticksOut(element.parentElement) && !scrollsSideways(element.parentElement))) continue;
      let container = element.parentElement;
      while (container && container !== document.body && !scrollsSideways(container)) container = container.parentElement;
      if (container && container !== document.body) continue;
      const name = element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      offenders.push(`${element.tagName.toLowerCase()}${name} (right edge at ${Math.round(element.getBoundingClientRect().right)} px)`);
    }
    return offenders;
  });
}

let showcase: Showcase;

test.describe('the main pages on a 360 px wide phone, in Spanish', () => {
  test.beforeAll(async () => {
    showcase = await makeShowcase('ES');
  });

  // The trainee's pages; the staff pages are used at a desk.
  for (const main of MAIN_PAGES.filter((candidate) => candidate.viewer !== 'admin')) {
    test(`${main.name} fits the screen without scrolling sideways`, async ({ page }) => {
      await openMainPage(page, showcase, main, uiText('es'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await page.screenshot({ path: join(ARTIFACTS, `mobile-${main.name}.png`), fullPage: !(await page.getByRole('dialog').isVisible()) });
      // .app's overflow-x: clip hides in-flow overflow from scrollWidth, which sees only boxes escaping it (absolute to the page, or outside .app), as cutOff() does too: cutOff() is the real check.
      const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(PHONE.width);
      expect(await cutOff(page), 'cut off at the right edge').toEqual([]);
    });
  }
});

for (const [language, locale] of [['es', 'es-MX'], ['en', 'en-US'], ['fr', 'fr-CA']] as const) {
  test.describe(`the signed-out header on a 360 px wide phone, in ${language}`, () => {
    test.use({ locale });

    test('puts the language beside the brand, and sign-in beside sign-up', async ({ page }) => {
      await page.goto('/signin');
      const header = page.getByRole('banner');
      const text = uiText(language);
      const middle = async (control: Locator) => {
        const box = (await control.boundingBox())!;
        return box.y + box.height / 2;
      };
      const [brand, languages, signIn, signUp] = await Promise.all(
        [header.getByRole('link', { name: text('app.name') }), header.getByRole('combobox'), header.getByRole('link', { name: text('nav.signIn') }), header.getByRole('link', { name: text('nav.signUp') })].map(middle),
      );
      expect(Math.abs(brand - languages), 'language beside the brand').toBeLessThan(6);
      expect(Math.abs(signIn - signUp), 'sign-in beside sign-up').toBeLessThan(6);
      await page.screenshot({ path: join(ARTIFACTS, `mobile-header-${language}.png`) });
    });
  });
}
