/**
 * A panti name with a right-to-left override (U+202E) and a NUL used to be stored, then printed
 * in the CSV export. Through every way in (the form, the import), it is now refused; a row stored
 * before the fix is printed without the hidden characters.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { panti } from '../db/schema';
import { addUser, testDb, validPantiForm } from '../../../../tests/support/db';
import { exportResponse } from './export';
import { parsePantiForm } from './form';
import { confirmPantiImport, previewPantiImport } from './import';

const NAME = 'LKSA \u202Egnp.exe\u0000';
const HIDDEN = /(?![\t\n\r])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u;

function setup() {
	const db = testDb();
	const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
	const names = () => db.select({ name: panti.name, address: panti.address }).from(panti).all();
	return { db, admin, names };
}

describe('a panti name with U+202E and NUL', () => {
	it('is refused by the registry form, with a message on the field', () => {
		for (const field of ['name', 'address', 'legal.izin_operasional.number']) {
			const parsed = parsePantiForm(validPantiForm({ [field]: NAME }));
			expect(parsed.ok, field).toBe(false);
			if (parsed.ok) continue;
			const data = parsed.failure.data as { errors: Record<string, string[]> };
			expect(data.errors[field]).toEqual([expect.stringContaining('karakter tersembunyi')]);
		}
	});

	it('is refused per row by the import; the clean row is saved, the other never', async () => {
		const { db, admin, names } = setup();
		const header = [
			'nama',
			'jenis',
			'kepemilikan',
			'alamat',
			'kode_wilayah',
			'kapasitas',
			'jumlah_klien',
			'unsur_pimpinan',
			'unsur_operasional',
			'unsur_penunjang',
			'pmks'
		];
		const row = (name: string, address: string) => [
			name,
			'anak',
			'masyarakat',
			address,
			'64.08',
			'30',
			'20',
			'1',
			'2',
			'3',
			'anak-terlantar'
		];
		// Written by hand: toCsv would drop the hidden characters an attacker's file keeps. (A NUL
		// makes the whole file "not a CSV"; an escape character stands in for the controls.)
		const lines = [
			header,
			row('LKSA Bersih Sekali', 'Jl. Bersih No. 1'),
			row('LKSA \u202Egnp.exe\u001B', 'Jl. Tersembunyi No. 2'),
			row('LKSA Alamat Licik', 'Jl. \u2066A\u2069 No. 3')
		];
		const bytes = new TextEncoder().encode(lines.map((l) => l.join(';')).join('\r\n'));
		expect(new TextDecoder().decode(bytes)).toContain('\u202E');
		const preview = await previewPantiImport(db, admin, bytes);
		if (!preview.ok) throw new Error(preview.message);
		expect(preview.preview.rows.map((r) => [r.number, r.status, r.errors])).toEqual([
			[2, 'ok', {}],
			[3, 'error', { nama: [expect.stringContaining('karakter tersembunyi')] }],
			[4, 'error', { alamat: [expect.stringContaining('karakter tersembunyi')] }]
		]);
		// What the preview shows of the refused row is already clean.
		expect(preview.preview.rows[1]!.name).toBe('LKSA gnp.exe');
		const saved = await confirmPantiImport(
			db,
			admin,
			{ bytes, name: 'impor\u202Eslx.csv' },
			preview.digest,
			new Date()
		);
		expect(saved.ok).toBe(true);
		expect(names()).toEqual([{ name: 'LKSA Bersih Sekali', address: 'Jl. Bersih No. 1' }]);
		const audit = db.all<{ after: string }>(sql`select after from audit_log`);
		expect(audit.some((a) => HIDDEN.test(a.after ?? ''))).toBe(false);
	});

	it('stored before the fix, never reaches the CSV export', async () => {
		const { db, admin } = setup();
		db.run(sql`insert into panti (name, type, ownership, address, region_code, capacity, current_clients)
			values (${NAME}, 'anak', 'pusat', ${'Jl. \u2066A\u2069'}, '64.08', 10, 5)`);
		const text = await exportResponse(db, admin, new URLSearchParams(), '2026-11-23').text();
		expect(text).not.toMatch(HIDDEN);
		expect(text).toContain('LKSA gnp.exe;');
		expect(text).toContain(';Jl. A;');
	});
});
