import { expect, test, type Page } from '@playwright/test';
import {
	declareNoConflict,
	PORTRAIT,
	recordVisit,
	scheduleVisit,
	scoreAll,
	signedInPage,
	waitForApp
} from './helpers';

/** Opens the inbox from the header and the notice titled `title`; the page it leads to. */
async function openFromInbox(page: Page, title: RegExp) {
	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByRole('link', { name: /Kotak masuk, \d+ belum dibaca/ })).toBeVisible();
	await page.getByRole('link', { name: /^Kotak masuk/ }).click();
	await waitForApp(page);
	await page.getByRole('button', { name: title }).first().click();
}

test('each hand-off reaches the inbox of whoever acts next: assigned, submitted, finalized', async ({
	browser
}) => {
	test.setTimeout(180_000); // three people, a whole visit scored through the API
	// On kepala.jepara's panti: the Kutai Timur LKSA's latest result is what other specs read.
	const kepala = await signedInPage(browser, 'kepala.jepara', PORTRAIT);
	const name = (await kepala.getByRole('heading', { level: 1 }).textContent())!.trim();
	const dinas = await signedInPage(browser, 'dinas.jepara');
	const id = await scheduleVisit(dinas, {
		from: `/panti?q=${encodeURIComponent(name)}`,
		panti: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
		lead: 'Yusuf Asesor (Demo)'
	});

	// Yusuf, on his tablet, learns of the visit from his inbox and lands on it.
	const yusuf = await signedInPage(browser, 'asesor.yusuf', PORTRAIT);
	await openFromInbox(yusuf, /Anda ditugaskan menilai/);
	await expect(yusuf).toHaveURL(new RegExp(`/penilaian/${id}$`));
	await declareNoConflict(yusuf, id);
	await scoreAll(yusuf, id, 3);
	await recordVisit(yusuf, id);
	await yusuf.goto(`/penilaian/${id}`);
	await waitForApp(yusuf);
	yusuf.once('dialog', (d) => d.accept());
	await yusuf.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(yusuf.getByRole('status')).toContainText('Penilaian diajukan');

	// The Dinas is told the visit awaits its review; the notice opens the review page.
	await openFromInbox(dinas, /menunggu tinjauan Anda/);
	await expect(dinas).toHaveURL(new RegExp(`/penilaian/${id}/tinjau$`));
	await waitForApp(dinas);
	await dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' }).click();
	await dinas
		.getByRole('dialog', { name: /Finalkan penilaian/ })
		.getByRole('button', { name: 'Ya, finalkan' })
		.click();
	await expect(dinas.getByRole('status')).toContainText('difinalkan');

	// The kepala is told of the result, with its grade; the notice opens the results.
	// Other specs may have left older results unread: the one opened is read afterwards.
	await kepala.goto('/kotak-masuk?belum=1');
	const unreadBefore = await kepala.getByRole('button', { name: /difinalkan: A/ }).count();
	await openFromInbox(kepala, /difinalkan: A \(Baik Sekali\)/);
	await expect(kepala).toHaveURL(new RegExp(`/penilaian/${id}/hasil$`));

	// Opened notices are read: the filter "Belum dibaca" no longer lists it.
	await kepala.goto('/kotak-masuk?belum=1');
	await expect(kepala.getByRole('button', { name: /difinalkan: A/ })).toHaveCount(unreadBefore - 1);

	// Someone else's notice cannot be opened by guessing its id.
	await yusuf.goto('/kotak-masuk');
	const his = await yusuf.locator('input[name="id"]').first().inputValue();
	const other = await kepala.request.post('/kotak-masuk?/buka', {
		form: { id: his },
		headers: { origin: new URL(kepala.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(other.status()).toBe(404);

	for (const p of [dinas, yusuf, kepala]) await p.context().close();
});
