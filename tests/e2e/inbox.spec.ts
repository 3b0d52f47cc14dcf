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
	const dinas = await signedInPage(browser, 'dinas.kutim');
	const id = await scheduleVisit(dinas, {
		from: '/panti',
		panti: /LKSA Demo/,
		lead: 'Rina Asesor (Demo)',
		plannedOn: '2026-12-01'
	});

	// Rina, on her tablet, learns of the visit from her inbox and lands on it.
	const rina = await signedInPage(browser, 'asesor.rina', PORTRAIT);
	await openFromInbox(rina, /Anda ditugaskan menilai/);
	await expect(rina).toHaveURL(new RegExp(`/penilaian/${id}$`));
	await declareNoConflict(rina, id);
	await scoreAll(rina, id, 3);
	await recordVisit(rina, id);
	await rina.goto(`/penilaian/${id}`);
	await waitForApp(rina);
	rina.once('dialog', (d) => d.accept());
	await rina.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(rina.getByRole('status')).toContainText('Penilaian diajukan');

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
	const kepala = await signedInPage(browser, 'kepala.kutim', PORTRAIT);
	await openFromInbox(kepala, /difinalkan: A \(Baik Sekali\)/);
	await expect(kepala).toHaveURL(new RegExp(`/penilaian/${id}/hasil$`));

	// Opened notices are read: the filter "Belum dibaca" no longer lists it.
	await kepala.goto('/kotak-masuk?belum=1');
	await expect(kepala.getByRole('button', { name: /difinalkan: A/ })).toHaveCount(0);

	// Someone else's notice cannot be opened by guessing its id.
	await rina.goto('/kotak-masuk');
	const rinas = await rina.locator('input[name="id"]').first().inputValue();
	const other = await kepala.request.post('/kotak-masuk?/buka', {
		form: { id: rinas },
		headers: { origin: new URL(kepala.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(other.status()).toBe(404);

	for (const p of [dinas, rina, kepala]) await p.context().close();
});
