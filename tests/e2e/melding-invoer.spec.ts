import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Issue 3, done when: an invalid BSN, an over-long text and a <script> in the question each get a clear message or
// are shown as harmless text; nothing typed is lost. And the safety question shows where to get help at once.

test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.41' } });

test('an over-long question gets a clear message and everything typed stays; a script is stored and shown as text', async ({ page, browser }) => {
  page.on('dialog', () => {
    throw new Error('A script in the melding ran');
  });
  await page.goto('/melding');
  await page.getByRole('radio', { name: 'Over iemand anders' }).check();
  await page.getByLabel('Uw naam').fill('Els de Buurvrouw');
  await page.getByRole('group', { name: 'Weet deze persoon dat u deze melding doet?' }).getByRole('radio', { name: 'Nee' }).check();
  await page.getByLabel('Naam', { exact: true }).fill('Kees van der Berg');
  await page.getByLabel('Dag', { exact: true }).fill('4');
  await page.getByLabel('Maand', { exact: true }).fill('11');
  await page.getByLabel('Jaar', { exact: true }).fill('1948');
  await page.getByLabel('Postcode').fill('1781 ab');
  await page.getByLabel('Huisnummer').fill('7a');
  await page.getByLabel('E-mailadres').fill('els@voorbeeld.nl');
  const tooLong = 'Hij komt de deur niet meer uit. '.repeat(130).slice(0, 4001);
  await page.getByLabel('Waar wilt u hulp bij?').fill(tooLong);
  await page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Melding versturen' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Gebruik maximaal 4000 tekens. U heeft er nu 4001.' })).toBeVisible();
  await expect(page.getByLabel('Waar wilt u hulp bij?')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Waar wilt u hulp bij?')).toHaveValue(tooLong);
  await expect(page.getByLabel('Uw naam')).toHaveValue('Els de Buurvrouw');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Kees van der Berg');
  await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue('1948');
  await expect(page.getByLabel('Huisnummer')).toHaveValue('7a');
  await expect(page.getByRole('radio', { name: 'Over iemand anders' })).toBeChecked();
  await expect(page.getByLabel('Uw naam')).toBeVisible();
  await page.screenshot({ path: '/tmp/h3-public-error.png', fullPage: true });
  await expectAccessible(page);

  const script = '<script>alert("hallo")</script> Hij eet niet meer goed.';
  await page.getByLabel('Waar wilt u hulp bij?').fill(script);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
  const kenmerk = (await page.getByTestId('kenmerk').textContent())!.trim();

  const staff = await (await browser.newContext()).newPage();
  staff.on('dialog', () => {
    throw new Error('A script in the melding ran on the staff page');
  });
  await signIn(staff, 'frontoffice@wijkregie.test');
  await expect(staff.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await staff.goto(`/meldingen?kenmerk=${kenmerk}`);
  await staff.getByRole('link', { name: kenmerk }).click();
  await expect(staff.getByText(script)).toBeVisible();
  await expect(staff.getByRole('region', { name: 'De melding' })).toContainText('Els de Buurvrouw');
});

test('an invalid BSN in the household search gets “Dit is geen geldig BSN” and keeps what was typed', async ({ page }) => {
  await signIn(page, 'frontoffice@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await page.goto('/meldingen/nieuw');
  await expectAccessible(page);
  await page.getByLabel('Hoe kwam de melding binnen?').selectOption('TELEFOON');
  await page.getByLabel('Naam', { exact: true }).fill('Mila Jansen');
  await page.getByLabel('Vraag of zorg').fill('Vraagt hulp bij het aanvragen van toeslagen.');
  await page.getByRole('group', { name: 'Zijn er zorgen over iemands veiligheid?' }).getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Melding registreren' }).click();
  await expect(page.getByText('Melding geregistreerd')).toBeVisible();

  const zoekBsn = page.getByRole('form', { name: 'Zoek op BSN' });
  await zoekBsn.getByLabel('BSN').fill('123456789');
  await zoekBsn.getByRole('button', { name: 'Zoeken op BSN' }).click();
  await expect(zoekBsn.getByText('Dit is geen geldig BSN')).toBeVisible();
  await expect(zoekBsn.getByLabel('BSN')).toHaveValue('123456789');
  await expect(zoekBsn.getByLabel('BSN')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

test('the desk form keeps everything typed and names each missing field', async ({ page }) => {
  await signIn(page, 'frontoffice@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await page.goto('/meldingen/nieuw');
  await page.getByLabel('Hoe kwam de melding binnen?').selectOption('VERWIJZER');
  await page.getByRole('radio', { name: 'Nee, iemand meldt over een ander' }).check();
  await page.getByLabel('Naam', { exact: true }).fill('Daan Smit');
  await page.getByLabel('Geboortedatum').fill('31-02-2015');
  await page.getByRole('button', { name: 'Melding registreren' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(summary).toContainText('Kies de soort verwijzer.');
  await expect(summary).toContainText('Vul in wie de melding doet: een naam of een organisatie.');
  await expect(summary).toContainText('Vul een geldige datum in, bijvoorbeeld 27-03-1985.');
  await expect(summary).toContainText('Beschrijf de vraag of zorg.');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Daan Smit');
  await expect(page.getByLabel('Geboortedatum')).toHaveValue('31-02-2015');
  await expect(page.getByLabel('Hoe kwam de melding binnen?')).toHaveValue('VERWIJZER');
});

test.describe('the safety question', () => {
  test('shows where to get help the moment danger is answered, and again after sending', async ({ page }) => {
    await page.goto('/melding');
    const help = page.getByText('Is iemand nu in gevaar? Wacht dan niet op ons.');
    await expect(help).toBeHidden();
    await page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Ja' }).check();
    await expect(help).toBeVisible();
    await expect(page.getByRole('link', { name: '112' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '0800-2000' }).first()).toBeVisible();
    await page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Nee' }).check();
    await expect(help).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.42' } });

  test('the form works, shows the help on danger, and the confirmation repeats it for an urgent melding', async ({ page }) => {
    await page.goto('/melding');
    await page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' }).check();
    await page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Ja' }).check();
    await expect(page.getByText('Is iemand nu in gevaar? Wacht dan niet op ons.')).toBeVisible();
    await page.getByLabel('Naam', { exact: true }).fill('Sara Bakker');
    await page.getByLabel('Postcode').fill('1785AB');
    await page.getByLabel('Huisnummer').fill('3');
    // Missing contact details: refused on the server, values kept without JavaScript too.
    await page.getByLabel('Waar wilt u hulp bij?').fill('Mijn ex-partner bedreigt mij.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByText('Vul een telefoonnummer of e-mailadres in, zodat wij contact met u kunnen opnemen.').first()).toBeVisible();
    await expect(page.getByLabel('Waar wilt u hulp bij?')).toHaveValue('Mijn ex-partner bedreigt mij.');
    await expect(page.getByText('Is iemand nu in gevaar? Wacht dan niet op ons.')).toBeVisible();
    await page.getByLabel('Telefoonnummer').fill('0612345678');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
    await expect(page.getByText('U gaf aan dat iemand misschien niet veilig is.')).toBeVisible();
    await expect(page.getByText('nemen wij zo snel mogelijk contact met u op')).toBeVisible();
  });
});

test('a filled honeypot gets a normal-looking confirmation and nothing is stored', async ({ page, browser }) => {
  await page.goto('/melding');
  await page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' }).check();
  await page.getByLabel('Naam', { exact: true }).fill('Bot Robot');
  await page.getByLabel('Postcode').fill('1781AA');
  await page.getByLabel('Huisnummer').fill('1');
  await page.getByLabel('Telefoonnummer').fill('0612345678');
  await page.getByLabel('Waar wilt u hulp bij?').fill('Koop goedkope horloges');
  await page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Nee' }).check();
  await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'));
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
  const kenmerk = (await page.getByTestId('kenmerk').textContent())!.trim();

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'frontoffice@wijkregie.test');
  await expect(staff.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await staff.goto(`/meldingen?kenmerk=${kenmerk}`);
  await expect(staff.getByText('Er zijn geen meldingen die aan deze filters voldoen.')).toBeVisible();
});

test.describe('on a phone, with the keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.43' } });

  test('the form fits the screen and can be filled in and sent with the keyboard alone', async ({ page }) => {
    await page.goto('/melding');
    await page.screenshot({ path: '/tmp/h3-public-form-phone.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName.toLowerCase()}:${el.name || el.textContent?.trim() || ''}` : '';
    });
    const tabTo = async (target: string) => {
      for (let i = 0; i < 40 && (await focused()) !== target; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(target);
    };
    await tabTo('input:overWie');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' })).toBeChecked();
    await tabTo('input:naam');
    await page.keyboard.type('Rob Koster');
    await tabTo('input:postcode');
    await page.keyboard.type('1781AB');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('input:telefoon');
    await page.keyboard.type('0612345678');
    await tabTo('textarea:vraag');
    await page.keyboard.type('Ik zoek hulp bij het invullen van formulieren.');
    await tabTo('input:veiligheid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('group', { name: /Is iemand op dit moment niet veilig/ }).getByRole('radio', { name: 'Nee' })).toBeChecked();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:Melding versturen');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
    await page.screenshot({ path: '/tmp/h3-public-confirmation-phone.png', fullPage: true });
    await expectAccessible(page);
  });
});
