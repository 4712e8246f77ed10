import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import {
  checkPage,
  nav,
  openBrowser,
  setLanguage,
  shoot,
  signIn,
  validInn,
  type Person,
} from './support/console';
import { tabTo } from './support/keyboard';
import { ADMIN } from './support/server';
import { fillBid, publishBatteryTender } from './support/story';

/** "2029-12-15" plus n days, as a date string. */
function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00.000Z`).getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const PLANT_LAYOUT = Buffer.from('%PDF-1.4 plant layout, Zelenograd site');

/**
 * The Moscow battery tender through the console only (issue 18's acceptance): every step
 * is a person at their own browser, clicking and typing in Russian, the default language.
 */
test.describe.serial('the Moscow story through the console', () => {
  const run = Date.now().toString(36);
  const password = 'correct horse battery staple';
  const officerEmail = `officer-${run}@example.org`;
  const auditorEmail = `auditor-${run}@example.org`;
  const investors = ['Volga Battery Systems', 'Ural Cells', 'Neva Energy'].map((name, i) => ({
    name,
    email: `investor${i}-${run}@example.org`,
    inn: validInn((Date.now() % 1_000_000) + i),
  }));
  let admin: Person;
  let officer: Person;
  let tenderUrl = '';
  const bidders: Person[] = [];

  test('the admin signs in and creates an officer and an auditor', async ({ browser }) => {
    admin = await openBrowser(browser);
    await admin.page.goto('/');
    await checkPage(admin, 'tenders-anonymous');
    await signIn(admin.page, ADMIN.email, ADMIN.password);
    await nav(admin.page, 'Администрирование').click();
    for (const [email, fullName, role] of [
      [officerEmail, 'Анна Смирнова', 'Специалист заказчика'],
      [auditorEmail, 'Олег Аудитов', 'Аудитор'],
    ] as const) {
      await admin.page.getByLabel('ФИО').fill(fullName);
      await admin.page.getByLabel('Эл. почта').fill(email);
      await admin.page.getByLabel('Пароль').fill(password);
      await admin.page.getByRole('combobox', { name: 'Роль' }).click();
      await admin.page.getByRole('option', { name: role }).click();
      await admin.page.getByRole('button', { name: 'Создать' }).click();
      await expect(admin.page.getByTestId('users')).toContainText(email);
    }
    await checkPage(admin, 'admin-users');
  });

  test('the admin records a key rate; the same day twice, and a day that does not exist, are refused under their fields', async () => {
    const { page } = admin;
    const form = page.getByTestId('key-rate-form');
    for (const attempt of [1, 2]) {
      await form.getByLabel('Действует с').fill('2031-03-17');
      await form.getByLabel('Ставка, % годовых').fill('17,25');
      await form.getByRole('button', { name: 'Записать ставку' }).click();
      if (attempt === 1) await expect(page.getByTestId('key-rates')).toContainText('17,25 %');
    }
    await expect(form.getByText('Ставка с этого дня уже записана')).toBeVisible();
    await expect(form.getByLabel('Действует с')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('key-rates').getByText('17,25 %')).toHaveCount(1);
    // The calendar: a day that does not exist is named under the days, and nothing is saved.
    const calendar = page.getByTestId('calendar-form');
    await calendar.getByLabel('Год').fill('2035');
    await expect(calendar.getByTestId('calendar-summary')).toContainText('выходные и праздники');
    await calendar.getByLabel('Нерабочие дни').fill('2035-01-01\n2035-02-30');
    await calendar.getByRole('button', { name: 'Сохранить календарь' }).click();
    await expect(calendar.getByLabel('Нерабочие дни')).toHaveAttribute('aria-invalid', 'true');
    await expect(calendar.getByTestId('calendar-summary')).toContainText('выходные и праздники');
    admin.errors.length = 0; // the browser logs the expected 409 (INVALID_STATE) and 400
    await checkPage(admin, 'admin-reference');
  });

  test('the officer drafts the tender and publishes it', async ({ browser }) => {
    officer = await openBrowser(browser);
    const page = officer.page;
    await signIn(page, officerEmail, password);
    tenderUrl = await publishBatteryTender(page, 'Тяговые батареи с заводом в Москве', async () => {
      // A weight set the API refuses is refused here first, before any request.
      await page.getByLabel('Цена', { exact: true }).fill('50');
      await expect(page.getByTestId('criteria-problem')).toContainText('100 %');
      await page.getByLabel('Цена', { exact: true }).fill('60');
      await expect(page.getByTestId('criteria-problem')).toHaveCount(0);
      await checkPage(officer, 'tender-draft-form');
    });
    await expect(page.getByTestId('schedule')).toContainText('окончание подачи и вскрытие заявок');
  });

  test('three investors register, the INN check digit checked as they type', async ({
    browser,
  }) => {
    for (const [i, investor] of investors.entries()) {
      const person = await openBrowser(browser);
      const page = person.page;
      await page.goto('/register');
      await page.getByLabel('ФИО').fill(`Инвестор ${i + 1}`);
      await page.getByLabel('Эл. почта').fill(investor.email);
      await page.getByLabel('Пароль').fill(password);
      await page.getByLabel('Организация').fill(investor.name);
      const wrong = investor.inn.slice(0, 9) + String((Number(investor.inn[9]) + 1) % 10);
      await page.getByTestId('inn').fill(wrong);
      await expect(page.getByText('ИНН неверен: проверьте цифры')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Зарегистрироваться' })).toBeDisabled();
      await page.getByTestId('inn').fill(investor.inn);
      await expect(page.getByText('Контрольная цифра ИНН верна')).toBeVisible();
      if (i === 0) await checkPage(person, 'register');
      await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
      await expect(page).toHaveURL(/\/login$/);
      await signIn(page, investor.email, password);
      bidders.push(person);
    }
  });

  test('an investor asks a question, the officer answers, everyone reads the answer', async () => {
    const asker = bidders[1] as Person;
    await asker.page.goto(tenderUrl);
    const ask = asker.page.getByTestId('ask-form');
    await ask.getByLabel('Ваш вопрос').fill('Можно ли разместить завод в Новой Москве?');
    await ask.getByRole('button', { name: 'Задать вопрос' }).click();
    const enquiry = asker.page.getByTestId('enquiry');
    await expect(enquiry).toContainText('Ожидает ответа заказчика');
    await checkPage(asker, 'enquiry-asked');

    const { page } = officer;
    await page.goto(tenderUrl);
    const answer = page.getByTestId('answer-form');
    await answer.getByLabel('Ответ на вопрос').fill('Да, в любом округе Москвы.');
    await answer.getByRole('button', { name: 'Ответить' }).click();
    await expect(page.getByTestId('enquiry-answer')).toContainText('в любом округе Москвы');
    await expect(page.getByTestId('answer-form')).toHaveCount(0);
    await checkPage(officer, 'enquiry-answered-officer');

    // Another investor, and a visitor signed out, read the same answer and not who asked.
    const reader = bidders[2] as Person;
    await reader.page.goto(tenderUrl);
    await expect(reader.page.getByTestId('enquiry-answer')).toContainText('в любом округе Москвы');
    await expect(reader.page.getByTestId('enquiries')).not.toContainText(
      (investors[1] as (typeof investors)[number]).name,
    );
  });

  test('the officer amends the description; a deadline in the past is refused with its code', async () => {
    const { page } = officer;
    await page.goto(tenderUrl);
    const form = page.getByTestId('amendment-form');
    const deadline = form.getByLabel('Окончание подачи заявок');
    const kept = await deadline.inputValue();
    await deadline.fill('2020-01-15T10:00');
    await form.getByLabel('Причина изменения').fill('Уточнение сроков');
    await form.getByRole('button', { name: 'Внести изменение' }).click();
    await expect(form.getByTestId('error-code')).toHaveText('INVALID_TIMELINE');
    officer.errors.length = 0; // the browser logs the expected 400 (INVALID_TIMELINE)
    await checkPage(officer, 'amendment-refused');
    await deadline.fill(kept);
    await form
      .getByLabel('Описание')
      .fill(
        'Построить завод тяговых батарей в Москве и поставлять батареи. Площадка — на выбор инвестора.',
      );
    await form.getByLabel('Причина изменения').fill('Уточнено место размещения завода');
    await form.getByRole('button', { name: 'Внести изменение' }).click();
    await expect(page.getByTestId('amendment')).toContainText('Уточнено место размещения завода');
    await expect(page.getByTestId('amendment')).not.toContainText('изменены условия');
    await expect(page.getByText('Площадка — на выбор инвестора.').first()).toBeVisible();
    await expect(page.getByTestId('status')).toHaveText('Приём заявок');
  });

  test('the first investor bids and sees the receipt verified in the browser', async () => {
    const { page } = bidders[0] as Person;
    await fillBid(page, tenderUrl, { price: '1320000', investment: '3400000000', months: 30 });
    await expect(page.getByTestId('bid-warnings')).toHaveCount(0);
    await checkPage(bidders[0] as Person, 'bid-form');
    await page.getByRole('button', { name: 'Подать заявку' }).click();
    await expect(page.getByTestId('receipt-verified')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('own-bid').getByTestId('receipt-verified')).toBeVisible();
    // A document sealed with the bid: listed with its size and hash, its name only here.
    const documents = page.getByTestId('bid-documents');
    await documents.locator('input[type=file]').setInputFiles({
      name: 'plant-layout.pdf',
      mimeType: 'application/pdf',
      buffer: PLANT_LAYOUT,
    });
    await documents.getByRole('button', { name: 'Загрузить документ' }).click();
    const doc = documents.getByTestId('bid-document');
    await expect(doc).toContainText('plant-layout.pdf');
    await expect(doc).toContainText(`${PLANT_LAYOUT.length} байт`);
    await expect(doc).toContainText(createHash('sha256').update(PLANT_LAYOUT).digest('hex'));
    await expect(doc).toContainText('Скачать можно после вскрытия');
    await checkPage(bidders[0] as Person, 'bid-receipt');
  });

  test('a receipt whose content was altered by one character is shown as not verified', async () => {
    const { page } = bidders[0] as Person;
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('offset-tender.bid-content.'));
      if (!key) throw new Error('no stored bid content');
      const text = localStorage.getItem(key) as string;
      localStorage.setItem(key, text.replace('1320000.00', '1320001.00')); // one digit
    });
    await page.reload();
    await expect(page.getByTestId('receipt-not-verified')).toContainText(
      'Хеш содержимого не совпадает с квитанцией.',
    );
  });

  test('the second investor sees the admission warning before submitting', async () => {
    const { page } = bidders[1] as Person;
    await fillBid(page, tenderUrl, { price: '1290000', investment: '2500000000', months: 28 });
    await expect(page.getByTestId('bid-warnings')).toContainText('инвестиции ниже минимума');
    await page.getByRole('button', { name: 'Подать заявку' }).click();
    await expect(page.getByTestId('receipt-verified')).toBeVisible();
  });

  test('the third investor bids, then replaces the bid with a lower price', async () => {
    const third = bidders[2] as Person;
    const { page } = third;
    await fillBid(page, tenderUrl, { price: '1350000', investment: '3600000000', months: 32 });
    await page.getByRole('button', { name: 'Подать заявку' }).click();
    await expect(page.getByTestId('receipt-verified')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Заменить заявку' }).click();
    const form = page.getByTestId('bid-form');
    // Prefilled with what this browser sent: only the price changes.
    await expect(form.getByLabel('Адрес завода')).toHaveValue('Москва, Зеленоград');
    await form.getByLabel(/Цена за единицу/).fill('1340000');
    await checkPage(third, 'bid-replace');
    await form.getByRole('button', { name: 'Подать новую версию' }).click();
    await expect(page.getByTestId('bid-form')).toHaveCount(0);
    const bid = page.getByTestId('own-bid');
    await expect(bid).toHaveCount(1);
    await expect(bid.getByTestId('receipt-verified')).toBeVisible();
    await expect(bid.getByTestId('receipt')).toContainText('версия 2');
  });

  test('sealed means sealed: before opening the officer sees no bid count and no bid', async () => {
    const { page } = officer;
    await page.goto(tenderUrl);
    await expect(page.getByTestId('status')).toHaveText('Приём заявок');
    await expect(page.getByTestId('bids-count')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Рассмотрение заявок' })).toHaveCount(0);
    for (const investor of investors) await expect(page.getByText(investor.name)).toHaveCount(0);
    await checkPage(officer, 'tender-notice-officer');
    // Even typed by hand, the evaluation page has nothing to show before the deadline.
    await page.goto(`${tenderUrl}/evaluation`);
    await expect(page.getByTestId('error')).toContainText('Заявки запечатаны');
    await expect(page.getByTestId('protocol')).toHaveCount(0);
    for (const investor of investors) await expect(page.getByText(investor.name)).toHaveCount(0);
    officer.errors.length = 0; // the browser logs that expected 403 (BIDS_SEALED)
  });

  test('the admin moves the sandbox clock past the deadline: the bids are opened', async () => {
    const { page } = admin;
    await page.getByTestId('sandbox-open').click();
    await page.getByLabel('Дней вперёд').fill('3');
    await page.getByRole('button', { name: 'Перевести часы' }).click();
    await expect(page.getByRole('button', { name: 'Перевести часы' })).toHaveCount(0);
    await officer.page.goto(tenderUrl);
    await expect(officer.page.getByTestId('status')).toHaveText('Рассмотрение');
    await expect(officer.page.getByTestId('bids-count')).toHaveText('3');
  });

  test('once opened, the investor downloads the bid document; no more can be added', async () => {
    const { page } = bidders[0] as Person;
    await page.goto(tenderUrl);
    const documents = page.getByTestId('own-bid').getByTestId('bid-documents');
    await expect(documents.getByTestId('bid-document')).toContainText('plant-layout.pdf');
    await expect(documents.locator('input[type=file]')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await documents.getByRole('button', { name: 'Скачать' }).click();
    expect((await download).suggestedFilename()).toBe('plant-layout.pdf');
  });

  let auditor: Person;
  let contractUrl = '';

  async function advanceClock(days: number) {
    const { page } = admin;
    await page.getByTestId('sandbox-open').click();
    await page.getByLabel('Дней вперёд').fill(String(days));
    await page.getByRole('button', { name: 'Перевести часы' }).click();
    await expect(page.getByRole('button', { name: 'Перевести часы' })).toHaveCount(0);
  }

  test('the commission declares and scores, and the officer awards', async () => {
    const { page } = officer;
    await page.goto(tenderUrl);
    await page.getByRole('link', { name: 'Рассмотрение заявок' }).click();
    const protocol = page.getByTestId('protocol');
    // The bid below the minimum investment is rejected with its reason, in words.
    await expect(protocol.getByRole('row', { name: /Ural Cells/ })).toContainText(
      'инвестиции ниже минимума',
    );
    await page.getByRole('button', { name: 'Подать декларацию' }).click();
    await expect(page.getByTestId('declared')).toContainText('конфликта интересов нет');
    for (const [name, score] of [
      ['Volga Battery Systems', '100'],
      ['Neva Energy', '40'],
    ] as const) {
      const row = protocol.getByRole('row', { name: new RegExp(name) });
      await row.getByLabel(`Оценка заявки ${name}`).fill(score);
      await row.getByRole('button', { name: 'Сохранить' }).click();
      await expect(row.getByText('Оценка сохранена')).toBeVisible();
    }
    await expect(
      protocol
        .getByRole('row', { name: /Volga Battery Systems/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('1');
    await checkPage(officer, 'evaluation');
    await page.getByRole('button', { name: 'Подвести итоги' }).click();
    await expect(page.getByTestId('status').first()).toHaveText('Период ожидания');
  });

  test('the clock moves through the standstill: the tender goes to contracting', async () => {
    for (let day = 0; day < 20; day += 1) {
      await advanceClock(1);
      await officer.page.goto(tenderUrl);
      const status = await officer.page.getByTestId('status').textContent();
      if (status === 'Заключение контракта') return;
    }
    throw new Error('the standstill did not end within 20 days');
  });

  test('the winner signs and the officer countersigns', async () => {
    const winner = bidders[0] as Person;
    await nav(winner.page, 'Контракты').click();
    await winner.page.getByRole('link', { name: 'Volga Battery Systems' }).click();
    await expect(winner.page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
    contractUrl = new URL(winner.page.url()).pathname;
    await checkPage(winner, 'contract-to-sign');
    await winner.page.getByRole('button', { name: 'Подписать контракт' }).click();
    await expect(winner.page.getByTestId('investor-signed')).not.toHaveText('—');

    await nav(officer.page, 'Контракты').click();
    await officer.page.getByRole('link', { name: 'Volga Battery Systems' }).click();
    await officer.page.getByRole('button', { name: 'Подписать со стороны заказчика' }).click();
    await expect(officer.page.getByTestId('status').first()).toHaveText('Исполняется');
  });

  test('the investor reports a milestone with evidence', async () => {
    const { page } = bidders[0] as Person;
    await page.goto(contractUrl);
    const land = page.getByTestId('milestone').filter({ hasText: 'Земельный участок' });
    await land.getByLabel('Отчёт об этапе').fill('Договор аренды земли подписан');
    await land.getByLabel('Инвестировано, ₽').fill('150000000');
    await land.locator('input[type=file]').setInputFiles({
      name: 'lease.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 land lease'),
    });
    await land.getByRole('button', { name: 'Отправить отчёт' }).click();
    await expect(land.getByTestId('status')).toHaveText('Отчёт подан');
    await expect(land.getByRole('button', { name: 'Скачать документ' })).toBeVisible();
  });

  test('the auditor reviews the report from the queue and sees the dashboard chart', async ({
    browser,
  }) => {
    auditor = await openBrowser(browser);
    const { page } = auditor;
    await signIn(page, auditorEmail, password);
    await nav(page, 'Очередь проверки').click();
    const pending = page.getByTestId('pending-review').filter({ hasText: 'Земельный участок' });
    await expect(pending).toContainText('Volga Battery Systems');
    await expect(pending).toContainText('Договор аренды земли подписан');
    // The amount says its currency once: "Инвестировано: 150 000 000,00 ₽".
    await expect(pending).toContainText('Инвестировано: 150\u00a0000\u00a0000,00 ₽');
    await expect(page.getByTestId('pending-total')).toHaveText('Ждут проверки: 1');
    await checkPage(auditor, 'review-queue');
    // The queue holds at a phone's width too.
    await page.setViewportSize({ width: 390, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, 'review-queue-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    const download = page.waitForEvent('download');
    await pending.getByRole('button', { name: 'Скачать документ' }).click();
    expect((await download).suggestedFilename()).toBe('lease.pdf');
    await pending.getByLabel('Комментарий аудитора').fill('Договор проверен');
    await pending.getByRole('button', { name: 'Принять', exact: true }).click();
    await expect(page.getByText('Отчётов на проверке нет.')).toBeVisible();
    await nav(page, 'Контракты').click();
    await page.getByRole('link', { name: 'Volga Battery Systems' }).click();
    const land = page.getByTestId('milestone').filter({ hasText: 'Земельный участок' });
    await expect(land.getByTestId('status')).toHaveText('Выполнен');
    await expect(land.getByTestId('review')).toContainText('Договор проверен');
    await expect(page.getByTestId('verified-rub')).toContainText('150 000 000,00');
    const chart = page.getByTestId('investment-chart');
    await expect(chart.locator('svg')).toBeVisible();
    // The time axis names its months in Russian too (Июл, not Jul).
    await expect(chart.getByText('Июл').first()).toBeAttached();
    await expect(chart.getByText('Jul')).toHaveCount(0);
    await checkPage(auditor, 'contract-dashboard');
  });

  /** A tab of the contract page. */
  async function contractTab(page: Page, name: string) {
    await page.goto(contractUrl);
    await expect(page.getByRole('tab', { name })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name }).click();
  }

  let deliverBy = '';
  let firstYear = '';

  test('the officer orders from the first supply year; a bad quantity is named under its field', async () => {
    const { page } = officer;
    await contractTab(page, 'Поставки');
    const stage = page.getByTestId('stage').first();
    await expect(stage).toBeVisible();
    const startsOn = (await stage.getAttribute('data-starts-on')) as string;
    deliverBy = addDays(startsOn, 30);
    const form = page.getByTestId('order-form');
    await form.getByLabel('Количество').fill('0');
    await form.getByLabel('Поставить до').fill(deliverBy);
    await form.getByRole('button', { name: 'Разместить заявку' }).click();
    // The API's VALIDATION_FAILED names `quantity` and its rule (`min`, 1): said under that
    // input in the user's language, not in the API's English.
    await expect(form.getByLabel('Количество')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('должно быть не меньше 1')).toBeVisible();
    await expect(form.getByText('quantity must not be less than 1')).toHaveCount(0);
    await setLanguage(page, 'EN');
    await expect(form.getByText('must be at least 1')).toBeVisible();
    await setLanguage(page, 'RU');
    await expect(form.getByLabel('Поставить до')).not.toHaveAttribute('aria-invalid', 'true');
    officer.errors.length = 0; // the browser logs the expected 400 (VALIDATION_FAILED)
    await form.getByLabel('Количество').fill('40');
    await form.getByRole('button', { name: 'Разместить заявку' }).click();
    const order = page.getByTestId('order');
    await expect(order.getByTestId('status')).toHaveText('Размещена');
    await expect(stage.getByRole('cell').nth(2)).toContainText('40'); // ordered
  });

  async function deliver(quantity: string, note: string) {
    const { page } = bidders[0] as Person;
    await contractTab(page, 'Поставки');
    const form = page.getByTestId('order').getByTestId('delivery-form');
    // After a clock move the worker is busy with the due checks: give the page its time.
    await expect(form).toBeVisible({ timeout: 30_000 });
    await form.getByLabel('Поставлено, шт.').fill(quantity);
    await form.getByLabel('Накладная, УПД').fill(note);
    await form.getByRole('button', { name: 'Сообщить о поставке' }).click();
    await expect(page.getByTestId('delivery').last()).toContainText(note);
  }

  async function acceptLast(comment: string, expected: string) {
    const { page } = officer;
    await contractTab(page, 'Поставки');
    const form = page.getByTestId('acceptance-form');
    await form.getByLabel('Комментарий приёмки').fill(comment);
    await form.getByRole('button', { name: 'Принять поставку' }).click();
    await expect(page.getByTestId('acceptance').last()).toContainText(expected);
  }

  test('the investor delivers 15 on time and the officer accepts them', async () => {
    await deliver('15', 'ТН 118, УПД 0412');
    await checkPage(bidders[0] as Person, 'contract-supply-investor');
    await acceptLast('Без замечаний', 'Принято 15 из 15');
  });

  test('two weeks past the due day the rest arrives; the order is fulfilled late', async () => {
    const clock = await admin.page.request.get('/api/v1/sandbox/clock');
    const now = ((await clock.json()) as { now: string }).now;
    firstYear = now.slice(0, 4); // the 15 were accepted this year
    const dueEnd = new Date(`${deliverBy}T21:00:00.000Z`).getTime(); // end of the Moscow day
    await advanceClock(Math.ceil((dueEnd - new Date(now).getTime()) / 86_400_000) + 12); // 12-13 days late
    await officer.page.goto(contractUrl);
    await officer.page.getByRole('tab', { name: 'Поставки' }).click();
    await expect(officer.page.getByTestId('order').getByTestId('status')).toHaveText('Просрочен');
    await deliver('25', 'ТН 131, УПД 0519');
    await acceptLast('Принято с опозданием', 'Принято 25 из 25');
    await expect(officer.page.getByTestId('order').getByTestId('status')).toHaveText(
      'Исполнена с опозданием',
    );
    await checkPage(officer, 'contract-supply');
  });

  test('the investor reports last year’s production and the auditor accepts it', async () => {
    const investor = bidders[0] as Person;
    await contractTab(investor.page, 'Поставки');
    const form = investor.page.getByTestId('production-form');
    await form.getByLabel(/произведено/).fill('1700');
    // Last year had no accepted delivery: the API's rule (yearWithoutDeliveries) is said under
    // the year in the user's language, the year written as a year.
    await form.getByRole('button', { name: 'Отправить отчёт о производстве' }).click();
    await expect(form.getByLabel('Год')).toHaveAttribute('aria-invalid', 'true');
    await expect(
      form.getByText(/^в \d{4} году по контракту не было принятых поставок$/),
    ).toBeVisible();
    await expect(form.getByText(/no accepted deliveries/)).toHaveCount(0);
    await setLanguage(investor.page, 'EN');
    await expect(
      form.getByText(/^no deliveries were accepted under the contract in \d{4}$/),
    ).toBeVisible();
    await setLanguage(investor.page, 'RU');
    investor.errors.length = 0; // the browser logs the expected 400 (VALIDATION_FAILED)
    await form.getByLabel('Год').fill(firstYear);
    await form.getByRole('button', { name: 'Отправить отчёт о производстве' }).click();
    const report = investor.page.getByTestId('production-report');
    await expect(report).toContainText('1 700');
    // The officer reads the queue but has no verdict to give.
    await nav(officer.page, 'Очередь проверки').click();
    await expect(officer.page.getByTestId('pending-review')).toContainText('Производство за');
    await expect(officer.page.getByTestId('review-form')).toHaveCount(0);
    // The auditor accepts it in the queue with the keyboard alone.
    const { page } = auditor;
    await nav(page, 'Очередь проверки').click();
    const pending = page.getByTestId('pending-review');
    await expect(pending).toHaveCount(1);
    await tabTo(page, pending.getByLabel('Комментарий аудитора'));
    await page.keyboard.type('Сверено с формой П-1');
    await tabTo(page, pending.getByRole('button', { name: 'Принять', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Отчётов на проверке нет.')).toBeVisible();
    await contractTab(page, 'Поставки');
    await expect(page.getByTestId('production-report').getByTestId('review')).toContainText(
      'Сверено с формой П-1',
    );
    expect(auditor.errors).toEqual([]);
  });

  test('the officer issues a claim for the penalties, and a second finds nothing new', async () => {
    const { page } = officer;
    await contractTab(page, 'Пени и претензии');
    await expect(page.getByTestId('penalty-items')).toContainText('просрочка поставки по заявке');
    await page.getByRole('button', { name: 'Выставить претензию' }).click();
    const claim = page.getByTestId('claim');
    await expect(claim.getByTestId('status')).toHaveText('Выставлена');
    await expect(claim.getByTestId('claim-items')).toContainText('просрочка поставки по заявке');
    await page.getByRole('button', { name: 'Выставить претензию' }).click();
    await expect(page.getByTestId('nothing-to-claim')).toContainText('Предъявлять нечего');
    await expect(page.getByTestId('claim')).toHaveCount(1);
    officer.errors.length = 0; // the browser logs the expected 409 (NOTHING_TO_CLAIM)
  });

  test('the investor reads the claim and cannot issue one', async () => {
    const investor = bidders[0] as Person;
    await contractTab(investor.page, 'Пени и претензии');
    await expect(investor.page.getByTestId('claim').getByTestId('status')).toHaveText('Выставлена');
    await expect(investor.page.getByRole('button', { name: 'Выставить претензию' })).toHaveCount(0);
    await expect(investor.page.getByTestId('payment-form')).toHaveCount(0);
    await checkPage(investor, 'contract-penalties-investor');
  });

  test('a day later the officer records the payment: the whole amount, or a field error', async () => {
    await advanceClock(1);
    const { page } = officer;
    await contractTab(page, 'Пени и претензии');
    const form = page.getByTestId('payment-form');
    const whole = await form.getByLabel('Оплачено, ₽').inputValue();
    await form.getByLabel('Оплачено, ₽').fill('1,00');
    await form.getByRole('button', { name: 'Отметить оплату' }).click();
    await expect(form.getByLabel('Оплачено, ₽')).toHaveAttribute('aria-invalid', 'true');
    // The API's rule (claimPaidWhole) with the claim's amount, in the user's language.
    await expect(
      form.getByText(/^нужно указать всю сумму претензии: [\d\u00a0]+,\d{2} ₽$/),
    ).toBeVisible();
    await expect(form.getByText(/a claim is paid whole/)).toHaveCount(0);
    await setLanguage(page, 'EN');
    await expect(
      form.getByText(/^must be the whole amount of the claim, [\d,]+\.\d{2} ₽$/),
    ).toBeVisible();
    await setLanguage(page, 'RU');
    await form.getByLabel('Оплачено, ₽').fill(whole);
    await form.getByRole('button', { name: 'Отметить оплату' }).click();
    const claim = page.getByTestId('claim');
    await expect(claim.getByTestId('status')).toHaveText('Оплачена');
    await expect(page.getByTestId('paid')).not.toHaveText('0,00 ₽');
    officer.errors.length = 0; // the browser logs the expected 400 (VALIDATION_FAILED)
    await checkPage(officer, 'contract-penalties');
  });

  test('keyboard only: the officer closes a second order unfilled on the supply tab', async () => {
    const { page } = officer;
    const clock = await page.request.get('/api/v1/sandbox/clock');
    const today = ((await clock.json()) as { now: string }).now.slice(0, 10);
    await contractTab(page, 'Поставки');
    const form = page.getByTestId('order-form');
    await form.getByLabel('Количество').fill('10');
    await form.getByLabel('Поставить до').fill(addDays(today, 20));
    await form.getByRole('button', { name: 'Разместить заявку' }).click();
    const placed = page.getByTestId('order').filter({ hasText: 'Размещена' });
    await expect(placed).toHaveCount(1);
    await tabTo(page, placed.getByTestId('close-order').getByLabel('Причина закрытия'), 80);
    await page.keyboard.type('Поставщик отказался от поставки');
    await page.keyboard.press('Enter');
    const closed = page.getByTestId('order').filter({ has: page.getByTestId('close-reason') });
    await expect(closed.getByTestId('close-reason')).toContainText(
      'Поставщик отказался от поставки',
    );
    await expect(closed.getByTestId('status')).toHaveText('Не исполнена');
    await expect(closed.getByTestId('close-order')).toHaveCount(0);
    await checkPage(officer, 'contract-supply-closed');
  });

  test('the failed order is claimed by keyboard, the claim withdrawn, claimed again and written off', async () => {
    const { page } = officer;
    await contractTab(page, 'Пени и претензии');
    await expect(page.getByTestId('penalty-items')).toContainText('заявка не исполнена');
    await tabTo(page, page.getByRole('button', { name: 'Выставить претензию' }), 80);
    await page.keyboard.press('Enter');
    const issued = page.getByTestId('claim').filter({ hasText: 'Выставлена' });
    await expect(issued).toHaveCount(1);
    await expect(issued.getByTestId('claim-items')).toContainText('заявка не исполнена');
    const withdraw = issued.getByTestId('withdraw');
    await withdraw.getByLabel('Причина отзыва').fill('Неверно указан этап');
    await withdraw.getByRole('button', { name: 'Отозвать' }).click();
    const withdrawn = page.getByTestId('claim').filter({ hasText: 'Отозвана' });
    await expect(withdrawn.getByTestId('settlement')).toContainText('Неверно указан этап');
    await expect(issued).toHaveCount(0);
    // A withdrawn claim took nothing: the same fine is claimed again, then written off.
    await page.getByRole('button', { name: 'Выставить претензию' }).click();
    await expect(issued).toHaveCount(1);
    await expect(issued.getByTestId('claim-items')).toContainText('заявка не исполнена');
    const writeOff = issued.getByTestId('write-off');
    await writeOff.getByLabel('Основание списания').fill('Соглашение сторон');
    await writeOff.getByRole('button', { name: 'Списать' }).click();
    const writtenOff = page.getByTestId('claim').filter({ hasText: 'Списана' });
    await expect(writtenOff.getByTestId('settlement')).toContainText('Соглашение сторон');
    await expect(issued).toHaveCount(0);
    await expect(page.getByTestId('claim')).toHaveCount(3); // paid, withdrawn, written off
    await checkPage(officer, 'contract-claims-settled');
  });

  test('the auditor verifies the audit chain', async () => {
    const { page } = auditor;
    await nav(page, 'Журнал аудита').click();
    await expect(page.getByTestId('audit-events')).toContainText('tender.published');
    await page.getByRole('button', { name: 'Проверить цепочку' }).click();
    await expect(page.getByTestId('chain-result')).toContainText('Цепочка цела');
    await checkPage(auditor, 'audit-log');
  });

  test('the investor reads notifications; pages hold at 390 px wide', async ({ browser }) => {
    const investor = bidders[0] as Person;
    await nav(investor.page, 'Уведомления').click();
    await expect(investor.page.getByRole('heading', { name: 'Уведомления' })).toBeVisible();
    await checkPage(investor, 'notifications');
    const phone = await openBrowser(browser, 390);
    await phone.page.goto(tenderUrl);
    await expect(phone.page.getByTestId('status')).toBeVisible();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(phone, 'tender-notice-phone');
  });
});
