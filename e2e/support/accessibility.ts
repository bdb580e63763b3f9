import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's best practices (landmarks, heading order). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violations: Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * listing each with where it is; minor and moderate ones are printed, not failed on.
 */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const lesser = violations.filter((violation) => !serious.includes(violation));
  if (lesser.length > 0) console.log(`Minor accessibility findings on ${what}:\n${describe(lesser)}`);
  const report = describe(serious);
  if (report) console.log(`Accessibility violations on ${what}:\n${report}`);
  expect(serious.map((violation) => violation.id), `serious or critical axe-core violations on ${what}:\n${report}`).toEqual([]);
}
