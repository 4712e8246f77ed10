import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { nav } from './console';
import { ADMIN } from './server';

/** A token for API set-up steps that are not what a test is about. */
export async function apiToken(request: APIRequestContext, email: string, password: string) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The admin creates a staff account through the API. */
export async function createStaff(
  request: APIRequestContext,
  user: { email: string; password: string; fullName: string; role: 'officer' | 'auditor' },
) {
  const token = await apiToken(request, ADMIN.email, ADMIN.password);
  const response = await request.post('/api/v1/users', {
    data: user,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(201);
}

/** An investor registers through the API. */
export async function registerInvestor(
  request: APIRequestContext,
  investor: { email: string; password: string; name: string; inn: string },
) {
  const response = await request.post('/api/v1/auth/register', {
    data: {
      email: investor.email,
      password: investor.password,
      fullName: investor.name,
      organization: { name: investor.name, inn: investor.inn },
    },
  });
  expect(response.status()).toBe(201);
}

/**
 * The officer (signed in) drafts the Moscow battery tender and publishes it: its path.
 * `beforeSave` runs on the filled form (a test's own checks of it).
 */
export async function publishBatteryTender(
  page: Page,
  title: string,
  beforeSave?: () => Promise<void>,
): Promise<string> {
  await nav(page, 'Новый тендер').click();
  await page.getByLabel('Наименование').fill(title);
  await page
    .getByLabel('Описание')
    .fill('Построить завод тяговых батарей в Москве и поставлять батареи.');
  await page.getByLabel('Заказчик').fill('Департамент транспорта Москвы');
  await page.getByLabel('Товар').fill('Тяговая батарея');
  await page.getByLabel('Единица измерения').fill('шт.');
  await page.getByLabel('Количество').fill('12000');
  await page.getByLabel('Начальная цена за единицу').fill('1450000');
  await page.getByLabel('Минимальные инвестиции').fill('3000000000');
  await page.getByLabel('Регион').fill('Москва');
  await beforeSave?.();
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await expect(page.getByTestId('status')).toHaveText('Черновик');
  await expect(page).toHaveURL(/\/tenders\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.getByTestId('status')).toHaveText('Приём заявок');
  return path;
}

/** An investor (signed in) fills the bid form of the tender at `tenderUrl`, without sending it. */
export async function fillBid(
  page: Page,
  tenderUrl: string,
  bid: { price: string; investment: string; months: number },
) {
  await page.goto(tenderUrl);
  const form = page.getByTestId('bid-form');
  await form.getByLabel(/Цена за единицу/).fill(bid.price);
  await form.getByLabel('Инвестиции в завод, ₽').fill(bid.investment);
  await form.getByLabel('Срок создания завода, мес.').fill(String(bid.months));
  await form.getByLabel('Локализация, %').fill('65');
  await form.getByLabel('Адрес завода').fill('Москва, Зеленоград');
  await form.getByLabel(/Мощность завода/).fill('5000');
  const rows = form.getByTestId('milestone-row');
  await rows.nth(0).getByLabel('Описание').fill('Договор аренды земли');
  await rows.nth(0).getByLabel('Инвестиции на этапе, ₽').fill('150000000');
  await rows.nth(1).getByLabel('Описание').fill('Первые батареи отгружены');
  await rows.nth(1).getByLabel('Месяц').fill(String(bid.months));
  const rest = (BigInt(bid.investment) - 150_000_000n).toString();
  await rows.nth(1).getByLabel('Инвестиции на этапе, ₽').fill(rest);
  await form.getByLabel('Техническое предложение').fill('Ячейки LFP, 2000 циклов');
}
