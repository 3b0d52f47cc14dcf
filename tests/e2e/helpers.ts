import { expect, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'siap-demo-2026';

/**
 * Signs in through the real login form and waits for the landing page. It types as soon as the
 * form is there, hydrated or not, as a user does (first-contact.spec.ts tests that race itself).
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Nama pengguna').fill(username);
	await page.getByLabel('Kata sandi').fill(password);
	await page.getByRole('button', { name: 'Masuk' }).click();
	// Password hashing is slow on purpose: on a loaded machine it takes more than the default 5 s.
	await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
}

export async function logout(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Keluar' }).click();
	await expect(page).toHaveURL(/\/login$/);
}

/** Waits until the SvelteKit app has hydrated, so typed input and enhanced forms behave as for a user. */
export async function waitForApp(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor();
}

/** A real camera-sized JPEG (3200 × 2400 unless told), drawn by the browser itself. */
export async function cameraPhoto(page: Page, width = 3200, height = 2400): Promise<Buffer> {
	const base64 = await page.evaluate(
		({ w, h }) => {
			const c = document.createElement('canvas');
			c.width = w;
			c.height = h;
			const g = c.getContext('2d')!;
			g.fillStyle = '#2a6f77';
			g.fillRect(0, 0, w, h);
			g.fillStyle = '#f3c623';
			g.fillRect(w / 8, h / 8, w / 2, h / 2);
			return c.toDataURL('image/jpeg', 0.92).split(',')[1]!;
		},
		{ w: width, h: height }
	);
	return Buffer.from(base64, 'base64');
}

/** A day `offset` days from today in WIB (the app's calendar), as `YYYY-MM-DD`. */
export function wibDay(offset = 0): string {
	return new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

export interface VisitEntry {
	readonly startedOn?: string;
	/** Empty: a one-day visit. */
	readonly endedOn?: string;
	readonly present?: readonly { name: string; position: string }[];
}

/**
 * The lead records the visit on its page (a one-day visit today with the panti head present
 * unless told; the whole team is ticked by default), as a visit needs before it is submitted.
 */
export async function recordVisit(page: Page, assessmentId: string, v: VisitEntry = {}) {
	await page.goto(`/penilaian/${assessmentId}/kunjungan`);
	await waitForApp(page);
	await page.getByLabel('Hari pertama').fill(v.startedOn ?? wibDay());
	await page.getByLabel('Hari terakhir').fill(v.endedOn ?? '');
	const present = v.present ?? [{ name: 'Ibu Kepala Panti', position: 'Kepala panti' }];
	for (const [n, p] of present.entries()) {
		if (n >= 3) await page.getByRole('button', { name: 'Tambah baris' }).click();
		await page.getByLabel(`Nama ${n + 1}`, { exact: true }).fill(p.name);
		await page.getByLabel(`Jabatan ${n + 1}`, { exact: true }).fill(p.position);
	}
	await page.getByRole('button', { name: 'Simpan catatan kunjungan' }).click();
	await expect(page.getByRole('status')).toContainText('Catatan kunjungan disimpan');
}

/**
 * A visit's team member declares no conflict of interest with the panti, as they must before the
 * sheet opens; the page then lands on the sheet.
 */
export async function declareNoConflict(page: Page, assessmentId: string | number): Promise<void> {
	await page.goto(`/penilaian/${assessmentId}/deklarasi`);
	await waitForApp(page);
	await page.getByLabel(/Saya menyatakan tidak memiliki konflik kepentingan/).check();
	await page.getByRole('button', { name: 'Nyatakan dan mulai menilai' }).click();
	await expect(page).toHaveURL(new RegExp(`/penilaian/${assessmentId}/nilai`));
}

export const LANDSCAPE = { width: 1024, height: 768 };
export const PORTRAIT = { width: 800, height: 1280 };

/** A new browser context signed in as `username` (the configured viewport unless told). */
export async function signedInPage(
	browser: Browser,
	username: string,
	viewport?: { width: number; height: number }
): Promise<Page> {
	const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
	await login(page, username);
	return page;
}

export interface VisitPlan {
	/** The page the panti is picked from (the current page when absent). */
	readonly from?: string;
	/** The panti: the first link with this name, or the n-th row link of the registry table. */
	readonly panti: RegExp | number;
	/** The lead's and members' labels as the form shows them, e.g. "Rina Asesor (Demo)". */
	readonly lead: string;
	readonly members?: readonly string[];
	readonly plannedOn?: string;
}

/** A Dinas officer schedules a visit through the panti's page; returns the assessment id. */
export async function scheduleVisit(dinas: Page, plan: VisitPlan): Promise<string> {
	if (plan.from) await dinas.goto(plan.from);
	const link =
		typeof plan.panti === 'number'
			? dinas.locator('tbody a').nth(plan.panti)
			: dinas.getByRole('link', { name: plan.panti }).first();
	await link.click();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(dinas);
	if (plan.plannedOn) await dinas.getByLabel('Tanggal rencana visitasi').fill(plan.plannedOn);
	await dinas.getByLabel('Ketua tim').selectOption({ label: plan.lead });
	for (const m of plan.members ?? []) await dinas.getByLabel(m).check();
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	return new URL(dinas.url()).pathname.split('/').pop()!;
}

/** `scheduleVisit` by `username` in a context of its own, closed afterwards. */
export async function scheduleAs(browser: Browser, username: string, plan: VisitPlan) {
	const dinas = await signedInPage(browser, username);
	const id = await scheduleVisit(dinas, plan);
	await dinas.context().close();
	return id;
}

/**
 * `scheduleAs`, then the lead (`lead`, the account's username) declares no conflict of interest
 * in a context of their own, as they must before the sheet opens; returns the id.
 */
export async function scheduleDeclared(
	browser: Browser,
	username: string,
	plan: VisitPlan,
	lead: string
): Promise<string> {
	const id = await scheduleAs(browser, username, plan);
	const page = await signedInPage(browser, lead);
	await declareNoConflict(page, id);
	await page.context().close();
	return id;
}

/** The visit most specs use: a kutim LKSA, Rina leading and Budi as member. */
export const KUTIM_LKSA_VISIT: VisitPlan = {
	panti: /LKSA Demo/,
	lead: 'Rina Asesor (Demo)',
	members: ['Budi Asesor (Demo)'],
	plannedOn: '2026-12-01'
};

/**
 * Scores every indicator of the visit's instrument through the scoring API (the page lists the
 * codes), as a member who has declared; returns the codes. The tests of the scoring page itself
 * tap the level buttons: this is for specs about what comes after.
 */
export async function scoreAll(
	page: Page,
	id: string,
	level: number | ((code: string) => number),
	note: (code: string) => string = () => ''
): Promise<string[]> {
	await page.goto(`/penilaian/${id}/nilai`);
	await waitForApp(page);
	await page.getByRole('button', { name: 'Tampilkan semua butir' }).click();
	const codes = await page
		.locator('article[id^="butir-"]')
		.evaluateAll((els) => els.map((e) => e.id.slice(6)));
	for (const code of codes) {
		const res = await page.request.post(`/api/penilaian/${id}/skor`, {
			data: {
				code,
				level: typeof level === 'number' ? level : level(code),
				notApplicable: false,
				note: note(code),
				version: 0
			}
		});
		expect(res.status(), code).toBe(200);
	}
	return codes;
}
