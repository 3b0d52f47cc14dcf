import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'siap-demo-2026';

/** Signs in through the real login form and waits for the landing page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await waitForApp(page);
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
