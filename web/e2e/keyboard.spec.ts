import { expect, test } from '@playwright/test';
import { expectAccessible, openBrowser, signIn } from './support/console';
import { tabTo } from './support/keyboard';
import { ADMIN } from './support/server';

/**
 * One real flow with the keyboard only (Tab, typing, Enter, Space): the admin signs in
 * and creates an officer. Every Tab stop on the way must show where the focus is.
 */
test('keyboard only: the admin signs in and creates an officer', async ({ browser }) => {
  const person = await openBrowser(browser);
  const { page } = person;
  const email = `keyboard-${Date.now().toString(36)}@example.org`;
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Эл. почта'));
  await page.keyboard.type(ADMIN.email);
  await tabTo(page, page.getByLabel('Пароль'));
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('who')).toBeVisible();

  const menu = page.getByRole('navigation', { name: 'Основное меню' });
  await tabTo(page, menu.getByRole('link', { name: 'Администрирование' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Пользователи' })).toBeVisible();

  await tabTo(page, page.getByLabel('ФИО'));
  await page.keyboard.type('Клавиатурная Ксения');
  await tabTo(page, page.getByLabel('Эл. почта'));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Пароль'));
  await page.keyboard.type('correct horse battery staple');
  await tabTo(page, page.getByRole('button', { name: 'Создать' }));
  await page.keyboard.press('Space');
  await expect(page.getByTestId('users')).toContainText(email);
  await expectAccessible(page, 'admin-users after the keyboard flow');
  expect(person.errors).toEqual([]);
});

/**
 * The admin's reference data with the keyboard only: a key rate (its date typed into the
 * date field's segments; day and month alike, as their order is the browser's locale's) and
 * a year's non-working days.
 */
test('keyboard only: the admin records a key rate and a year of non-working days', async ({
  browser,
}) => {
  const person = await openBrowser(browser);
  const { page } = person;
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin');
  const rates = page.getByTestId('key-rate-form');
  await tabTo(page, rates.getByLabel('Действует с'), 80);
  await page.keyboard.type('03032033');
  await expect(rates.getByLabel('Действует с')).toHaveValue('2033-03-03');
  // Tab first walks the date field's own segments (Chromium's stops inside the one input).
  const rate = rates.getByLabel('Ставка, % годовых');
  for (let i = 0; i < 4 && !(await rate.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(rate).toBeFocused();
  await page.keyboard.type('15,5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('key-rates')).toContainText('15,50 %');

  const calendar = page.getByTestId('calendar-form');
  await tabTo(page, calendar.getByLabel('Год'), 80);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2036');
  await expect(calendar.getByTestId('calendar-summary')).toContainText('выходные и праздники');
  await tabTo(page, calendar.getByLabel('Нерабочие дни'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2036-01-01\n2036-01-02\n2036-01-03');
  await tabTo(page, calendar.getByRole('button', { name: 'Сохранить календарь' }));
  await page.keyboard.press('Space');
  await expect(calendar.getByTestId('calendar-summary')).toContainText('Нерабочих дней: 3');
  await expect(calendar.getByTestId('calendar-summary')).toContainText('по постановлению');
  await expectAccessible(page, 'admin-reference after the keyboard flow');
  expect(person.errors).toEqual([]);
});
