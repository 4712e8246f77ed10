import { expect, test } from '@playwright/test';
import { checkPage, nav, openBrowser, signIn } from './support/console';
import { createStaff } from './support/story';

/** A datetime-local value (`YYYY-MM-DDTHH:mm`) plus n days. */
function plusDays(local: string, days: number): string {
  return new Date(new Date(`${local}:00Z`).getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 16);
}

/**
 * The refusals that list problems (INVALID_SUPPLY_PLAN, INVALID_TIMELINE) read in the
 * officer's language beside the action refused, not in the API's English (issue 18).
 */
test('a refused draft and a refused publication name their problems in Russian', async ({
  browser,
  request,
}) => {
  const run = Date.now().toString(36);
  const password = 'correct horse battery staple';
  const email = `refusals-officer-${run}@example.org`;
  await createStaff(request, { email, password, fullName: 'Пётр Черновиков', role: 'officer' });
  const officer = await openBrowser(browser);
  const { page } = officer;
  await signIn(page, email, password);

  await nav(page, 'Новый тендер').click();
  await page.getByLabel('Наименование').fill('Батареи: контракт короче стройки');
  await page.getByLabel('Описание').fill('Построить завод и поставлять батареи.');
  await page.getByLabel('Заказчик').fill('Департамент транспорта Москвы');
  await page.getByLabel('Товар').fill('Тяговая батарея');
  await page.getByLabel('Единица измерения').fill('шт.');
  await page.getByLabel('Количество').fill('1200');
  await page.getByLabel('Начальная цена за единицу').fill('1450000');
  await page.getByLabel('Минимальные инвестиции').fill('3000000000');
  await page.getByLabel('Регион').fill('Москва');
  // Three contract years, all inside the 36-month build: no year left to deliver in.
  await page.getByLabel('Срок контракта, лет').fill('3');
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  const error = page.getByTestId('error');
  await expect(error).toContainText('План поставок задан неверно');
  await expect(error).toContainText(
    'позиция «main»: ни на один год контракта не запланировано количество',
  );
  await expect(error).not.toContainText('no year has a quantity');
  officer.errors.length = 0; // the browser logs the expected 400 (INVALID_SUPPLY_PLAN)
  await checkPage(officer, 'tender-draft-refused');

  // A timeline out of order is saved as a draft and refused at publication.
  await page.getByLabel('Срок контракта, лет').fill('10');
  const deadline = await page.getByLabel('Окончание подачи заявок').inputValue();
  await page.getByLabel('Запросы разъяснений до').fill(plusDays(deadline, 1));
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await expect(page.getByTestId('status')).toHaveText('Черновик');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(error).toContainText('Сроки процедуры заданы неверно');
  await expect(error).toContainText(
    'приём запросов разъяснений должен заканчиваться не позже окончания подачи заявок',
  );
  await expect(page.getByTestId('status')).toHaveText('Черновик');
  officer.errors.length = 0; // the browser logs the expected 400 (INVALID_TIMELINE)
  await checkPage(officer, 'tender-publish-refused');
});
