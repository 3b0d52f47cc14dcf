import { expect, type Page } from '@playwright/test';

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
	await expect(page).not.toHaveURL(/\/login/);
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
