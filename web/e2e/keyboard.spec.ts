import { expect, test } from '@playwright/test';
import { expectAccessible, openBrowser } from './support/console';
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
