import type { Locator, Page } from '@playwright/test';

/** Clicks what saves a file and returns the file's bytes and the name the browser suggests. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<{ filename: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { filename: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}
