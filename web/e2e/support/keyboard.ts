import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The focused element's look differs from its unfocused look (outline, shadow or border):
 * the focus is visible, not merely present.
 */
async function expectFocusVisible(page: Page, where: string) {
  const seen = await page.evaluate(async () => {
    // Inputs change their border with a short transition: look after it has run.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
    // The element and two ancestors: a PasswordInput draws its border on a wrapper.
    const boxes = [el, el.parentElement, el.parentElement?.parentElement].filter(
      (b): b is HTMLElement => b instanceof HTMLElement,
    );
    const look = () =>
      boxes
        .map((b) => getComputedStyle(b))
        .map((c) => [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.borderColor])
        .join('|');
    await settle();
    const focused = look();
    el.blur();
    await settle();
    const blurred = look();
    el.focus({ focusVisible: true } as FocusOptions);
    await settle();
    const label =
      (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label');
    const what = `${el.tagName.toLowerCase()} "${label ?? el.textContent?.trim() ?? ''}"`;
    return { ok: focused !== blurred && document.activeElement === el, what };
  });
  expect(seen.ok, `focus visible on ${seen.what} (${where})`).toBe(true);
}

/** Tab forward, checking each stop shows its focus, until `target` has it. */
export async function tabTo(page: Page, target: Locator, max = 40) {
  // A control re-rendered by a late answer would drop the focus mid-walk: wait until the
  // target is drawn (the page's code has loaded and rendered) and the network is quiet.
  await expect(target).toBeVisible();
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    // Off the end of the page the focus goes to the browser's own controls; Tab comes back.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    await expectFocusVisible(page, `Tab ${i + 1}`);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} Tabs never reached ${target.toString()}`);
}
