import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * WCAG 2.2 AA (and the A rules under it) on the page as it is now (or the part `only` selects): zero violations, with the
 * full report attached to the test so a failure names the rule, the element and the fix.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, name: string, options: { only?: string } = {}): Promise<void> {
  // Every checked page is also kept as a screenshot per profile (the test artifacts).
  await page.screenshot({ path: testInfo.outputPath(`${testInfo.project.name}-${name}.png`) });
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  // `only`: just the elements under this selector, for the part that is new on a page another test checks whole.
  if (options.only) axe = axe.include(options.only);
  const results = await axe.analyze();
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const summary = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe on ${name}`).toEqual([]);
}
