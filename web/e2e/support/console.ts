import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_URL } from './server';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export interface Person {
  page: Page;
  /** Console errors seen so far (a missing translation is one). */
  errors: string[];
}

/** A person at their own browser: a context of their own (storage, token, language). */
export async function openBrowser(browser: Browser, width = 1280): Promise<Person> {
  const context = await browser.newContext({
    baseURL: CONSOLE_URL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** A link of the main menu. */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Эл. почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('who')).toBeVisible();
}

export async function setLanguage(page: Page, language: 'RU' | 'EN') {
  await page.getByText(language, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.toLowerCase());
}

// The shell's header and navbar are fixed: in a full-page shot they would repeat mid-page.
const SHOT_STYLE = '.mantine-AppShell-header, .mantine-AppShell-navbar { position: absolute; }';

/** The page as it is now, in Russian and in English (screenshots/, git-ignored). */
export async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}-ru.png`),
    fullPage: true,
    style: SHOT_STYLE,
  });
  await setLanguage(page, 'EN');
  await page.waitForLoadState('networkidle');
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}-en.png`),
    fullPage: true,
    style: SHOT_STYLE,
  });
  await setLanguage(page, 'RU');
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
  expect(bad, `accessibility of ${name}`).toEqual([]);
}

/** A page done: accessible, shot in both languages, and no console error on the way. */
export async function checkPage(person: Person, name: string) {
  await expectAccessible(person.page, name);
  await shoot(person.page, name);
  expect(person.errors, `console errors on ${name}`).toEqual([]);
}

/** A 10-digit legal-entity INN with a valid check digit. */
export function validInn(seed: number): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const digits = String(7700000000 + ((seed * 7919) % 99_999_999))
    .slice(0, 9)
    .split('')
    .map(Number);
  const check = (weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0) % 11) % 10;
  return digits.join('') + String(check);
}
