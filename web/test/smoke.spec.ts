import { expect, test } from '@playwright/test';

test('the federation behind the pages answers', async ({ page }) => {
  await page.goto(`${process.env['PAGES_GATEWAY_ORIGIN']!}/health`);
  await expect(page.locator('body')).toContainText('gateway');
});
