/** Shared steps of the Dinas specs (dinas-daily.spec.ts, dinas-screenshots.spec.ts). */
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { waitForApp } from './helpers';

/** dinas.kutim schedules a visit of its first LKSA; returns the assessment id and panti name. */
export async function schedule(page: Page): Promise<{ id: string; name: string }> {
	await page.goto('/panti');
	const link = page.getByRole('link', { name: /LKSA Demo/ }).first();
	const name = (await link.textContent())!.trim();
	await link.click();
	await page.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(page);
	await page.getByLabel('Tanggal rencana visitasi').fill('2026-12-01');
	await page.getByLabel('Ketua tim').selectOption({ label: 'Rina Asesor (Demo)' });
	await page.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(page.getByRole('status')).toContainText('Penilaian dijadwalkan');
	return { id: new URL(page.url()).pathname.split('/').pop()!, name };
}

/**
 * Puts an assessment in the returned state straight in the test server's database: the review
 * journey itself is review.spec.ts's; here only the list's handling of that state matters.
 */
export function markReturned(id: string) {
	const db = new Database('test-results/e2e-db/siap.db');
	try {
		db.prepare(
			"update assessments set status = 'returned', return_reason = 'Foto bukti kurang jelas' where id = ?"
		).run(Number(id));
	} finally {
		db.close();
	}
}
