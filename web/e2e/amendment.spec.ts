import { expect, test } from '@playwright/test';
import { checkPage, openBrowser, signIn, validInn } from './support/console';
import { createStaff, fillBid, publishBatteryTender, registerInvestor } from './support/story';

/**
 * A condition-changing amendment on a tender of its own (the Moscow story's deadline must not
 * move): the submitted bid is invalidated, and its investor confirms it as it stands.
 */
test('an amendment of the conditions invalidates a bid; the investor confirms it', async ({
  browser,
  request,
}) => {
  const run = Date.now().toString(36);
  const password = 'correct horse battery staple';
  const officerEmail = `amend-officer-${run}@example.org`;
  const investor = {
    email: `amend-investor-${run}@example.org`,
    password,
    name: 'Kama Accumulators',
    inn: validInn((Date.now() % 1_000_000) + 17),
  };
  await createStaff(request, {
    email: officerEmail,
    password,
    fullName: 'Ирина Правкина',
    role: 'officer',
  });
  await registerInvestor(request, investor);

  const officer = await openBrowser(browser);
  await signIn(officer.page, officerEmail, password);
  const tenderUrl = await publishBatteryTender(officer.page, 'Батареи: изменение условий');

  const bidder = await openBrowser(browser);
  await signIn(bidder.page, investor.email, password);
  await fillBid(bidder.page, tenderUrl, { price: '1300000', investment: '3200000000', months: 30 });
  await bidder.page.getByRole('button', { name: 'Подать заявку' }).click();
  await expect(bidder.page.getByTestId('receipt-verified')).toBeVisible();

  // The officer lowers the minimum investment: a condition, so the bid must be confirmed.
  const form = officer.page.getByTestId('amendment-form');
  await officer.page.goto(tenderUrl);
  await form.getByLabel('Минимальные инвестиции, ₽').fill('2800000000');
  await form.getByLabel('Причина изменения').fill('Снижен порог инвестиций');
  await form.getByRole('button', { name: 'Внести изменение' }).click();
  await expect(officer.page.getByTestId('amendment-done')).toContainText('условия изменены');
  await expect(officer.page.getByTestId('amendment')).toContainText('изменены условия');
  await checkPage(officer, 'amendment-condition');

  const { page } = bidder;
  await page.reload();
  const bid = page.getByTestId('own-bid');
  await expect(bid.getByTestId('status')).toHaveText('Требует подтверждения');
  await expect(bid.getByTestId('bid-invalidated')).toBeVisible();
  await checkPage(bidder, 'bid-invalidated');
  await bid.getByRole('button', { name: 'Подтвердить заявку' }).click();
  await expect(bid.getByTestId('status')).toHaveText('Подана');
  await expect(bid.getByTestId('bid-invalidated')).toHaveCount(0);
  await expect(bid.getByTestId('receipt-verified')).toBeVisible();
});
