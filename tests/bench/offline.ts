/**
 * Offline sync: an assessor scores all 250 indicators and takes 10 photos without
 * signal; how long until everything is on the server once the connection returns.
 */
import { chromium } from '@playwright/test';
import { openDb } from '../../src/lib/server/db/index';
import type { Row } from './report';
import { startServer } from './server';
import { buildWorld } from './world';

const PORT = 4397;
const BASE = `http://localhost:${PORT}`;

export async function benchOffline(): Promise<Row[]> {
	const world = await buildWorld(1, '/tmp/siap-bench-offline');
	world.db.$client.close();
	const server = await startServer(world, PORT);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
		await context.addCookies([
			{ name: 'siap_session', value: world.cookies[0]!.split('=')[1]!, url: BASE }
		]);
		const page = await context.newPage();
		await page.goto(`${BASE}/penilaian/${world.assessmentId}/nilai`);
		await page.locator('html[data-hydrated="true"]').waitFor();
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
		const jpeg = Buffer.from(
			await page.evaluate(() => {
				const c = document.createElement('canvas');
				[c.width, c.height] = [3200, 2400];
				const g = c.getContext('2d')!;
				g.fillStyle = '#2a6f77';
				g.fillRect(0, 0, 3200, 2400);
				return c.toDataURL('image/jpeg', 0.92).split(',')[1]!;
			}),
			'base64'
		);
		await page.getByRole('button', { name: 'Tampilkan semua butir' }).click();

		await context.setOffline(true);
		const items = page.locator('article[id^="butir-"]');
		const count = await items.count();
		for (let i = 0; i < count; i++)
			await items
				.nth(i)
				.getByRole('radio')
				.nth(i % 5)
				.click();
		for (let i = 0; i < 10; i++)
			await items
				.nth(i * 20)
				.getByLabel('Pilih berkas')
				.setInputFiles({ name: `foto-${i}.jpg`, mimeType: 'image/jpeg', buffer: jpeg });
		const pending = page.getByTestId('pending');
		await pending.filter({ hasText: `${count} perubahan dan 10 foto` }).waitFor();

		const t0 = performance.now();
		await context.setOffline(false);
		await pending.filter({ hasText: 'Tidak ada yang menunggu' }).waitFor({ timeout: 300_000 });
		const seconds = (performance.now() - t0) / 1000;

		const db = openDb(`${world.dir}/siap.db`);
		const one = (q: string) => (db.$client.prepare(q).get(world.assessmentId) as { n: number }).n;
		const scores = one('select count(*) as n from item_scores where assessment_id = ?');
		const photos = one('select count(*) as n from evidence where assessment_id = ?');
		db.$client.close();
		return [
			{
				what: `sync after reconnecting: ${count} scores and 10 photos (3200×2400, downscaled on the device) made offline`,
				target: '—',
				measured: `${seconds.toFixed(1)} s`,
				pass: true
			},
			{
				what: 'on the server afterwards: scores / photos',
				target: `${count} / 10`,
				measured: `${scores} / ${photos}`,
				pass: scores === count && photos === 10
			}
		];
	} finally {
		await browser.close();
		server.kill();
	}
}
