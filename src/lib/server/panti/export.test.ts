import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { ACCREDITATION_LABELS, ACCREDITATION_STATUSES } from '$lib/domain/assessment/accreditation';
import { parseCsv } from '$lib/domain/input/csv';
import type { Db } from '../db';
import { addUser, testDb } from '../../../../tests/support/db';
import { EXPORT_HEADERS, MAX_EXPORT_ROWS, exportPanti, exportResponse } from './export';
import { listPanti, parseRegistryFilters, type PantiFilters } from './list';
import { demoWorld } from '../../../../tests/support/world';

const TODAY = '2026-11-23';

let db: Db;
let admin: Actor;
let kaltim: Actor;
let kutim: Actor;

// One demo world (42 panti, finalized assessments in every grade) for every check.
beforeAll(async () => {
	db = await demoWorld();
	admin = addUser(db, { username: 'uji.admin', role: 'admin', regionCode: null, pantiId: null });
	kaltim = addUser(db, { username: 'uji.kaltim', role: 'dinas', regionCode: '64', pantiId: null });
	kutim = addUser(db, { username: 'uji.kutim', role: 'dinas', regionCode: '64.08', pantiId: null });
}, 60_000);

/** Every row `/panti` shows for these filters, page after page. */
function listed(actor: Actor, filters: PantiFilters) {
	const first = listPanti(db, actor, filters, TODAY);
	const rest = Array.from({ length: first.pages - 1 }, (_, i) =>
		listPanti(db, actor, { ...filters, page: i + 2 }, TODAY)
	);
	return [first, ...rest].flatMap((p) => p.rows);
}

function exported(actor: Actor, filters: PantiFilters) {
	const result = exportPanti(db, actor, filters, TODAY);
	if (!result.ok) throw new Error('too many');
	return result.rows;
}

async function csvOf(actor: Actor, query: string) {
	const response = exportResponse(db, actor, new URLSearchParams(query), TODAY);
	const bytes = new Uint8Array(await response.arrayBuffer());
	// ignoreBOM keeps the BOM in the text, so the checks see the file as Excel does.
	return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('export rows: what /panti lists, without paging', () => {
	const filters: PantiFilters[] = [
		{},
		{ province: '64' },
		{ regionCode: '63.71' },
		{ type: 'anak' },
		{ ownership: 'pusat' },
		{ q: 'Harapan' },
		...ACCREDITATION_STATUSES.map((status) => ({ status }))
	];
	it.each(filters)('same rows and order as the list for %j', (f) => {
		for (const actor of [admin, kaltim, kutim]) {
			const list = listed(actor, f);
			const rows = exported(actor, f);
			expect(rows.map((r) => [r.id, r.status])).toEqual(list.map((r) => [r.id, r.status]));
		}
	});

	it('the demo has panti in several statuses, so the comparison means something', () => {
		expect(new Set(exported(admin, {}).map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
	});

	it('keeps a dinas inside its scope whatever the filter asks', () => {
		expect(exported(kutim, {}).every((r) => r.regionCode === '64.08')).toBe(true);
		expect(exported(kutim, {}).length).toBe(3);
		expect(exported(kutim, { province: '63' })).toEqual([]);
		expect(exported(kutim, { regionCode: '64.72' })).toEqual([]);
		expect(exported(kaltim, {}).every((r) => r.regionCode.startsWith('64.'))).toBe(true);
	});

	it('reads the query string as /panti does, dropping what it does not know', () => {
		expect(
			parseRegistryFilters(
				new URLSearchParams('q=%20Kasih%20&province=6&regionCode=&type=kantor&page=2&status=A')
			)
		).toEqual({ q: 'Kasih', status: 'A', page: 2 }); // the export ignores page
	});
});

describe('the CSV download', () => {
	it('is UTF-8 with BOM, semicolons and CRLF, named and not cached', async () => {
		const { response, bytes, text } = await csvOf(kutim, '');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="panti-2026-11-23.csv"'
		);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text.slice(1).split('\r\n')[0]).toBe(EXPORT_HEADERS.join(';'));
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});

	it('holds one row per panti in scope, with labels and the accreditation', async () => {
		const { text } = await csvOf(kaltim, 'province=64');
		const parsed = parseCsv(text);
		if (!parsed.ok) throw new Error('unparsable');
		const [header, ...rows] = parsed.rows;
		expect(header).toEqual(EXPORT_HEADERS);
		const expected = exported(kaltim, { province: '64' });
		expect(rows).toHaveLength(expected.length);
		rows.forEach((cells, i) => {
			const p = expected[i]!;
			expect(cells[0]).toBe(p.name);
			expect(cells[5]).toBe(p.regionCode);
			expect(cells[6]).toBe('Kalimantan Timur');
			expect(cells[9]).toBe(ACCREDITATION_LABELS[p.status]);
			expect(cells[10] === '').toBe(p.status === 'belum');
		});
		expect(rows.map((c) => c[4])).toContain('Kabupaten Kutai Timur');
	});

	it('gives a dinas asking for another province only a header', async () => {
		const { text } = await csvOf(kutim, 'province=63&regionCode=63.71');
		expect(text).toBe('\uFEFF' + EXPORT_HEADERS.join(';') + '\r\n');
	});
});

describe('limits and hostile names', () => {
	it(`refuses more than ${MAX_EXPORT_ROWS.toLocaleString('id-ID')} rows rather than cut them`, () => {
		const big = testDb();
		const boss = addUser(big, { username: 'a', role: 'admin', regionCode: null, pantiId: null });
		big.run(sql`insert into panti (name, type, ownership, address, region_code, capacity, current_clients)
			with recursive n(x) as (select 1 union all select x + 1 from n where x < ${MAX_EXPORT_ROWS + 1})
			select 'Panti ' || x, 'anak', 'pusat', 'Jl. Uji', '64.08', 10, 5 from n`);
		expect(exportPanti(big, boss, {}, TODAY)).toEqual({
			ok: false,
			reason: 'too_many',
			total: MAX_EXPORT_ROWS + 1
		});
		expect(() => exportResponse(big, boss, new URLSearchParams(), TODAY)).toThrow();
		expect(exportPanti(big, boss, { q: 'Panti 1' }, TODAY).ok).toBe(true);
	});

	it('writes a formula-like name as text, not a live formula', async () => {
		const small = testDb();
		const boss = addUser(small, { username: 'a', role: 'admin', regionCode: null, pantiId: null });
		small.run(sql`insert into panti (name, type, ownership, address, region_code, capacity, current_clients)
			values ('=HYPERLINK("http://x")', 'anak', 'pusat', 'Jl. Uji', '64.08', 10, 5)`);
		const text = await exportResponse(small, boss, new URLSearchParams(), TODAY).text();
		expect(text).toContain(`"'=HYPERLINK(""http://x"")";`);
	});

	it('gives an en-US Excel (which splits the `;` file at commas) no formula cell either', async () => {
		const small = testDb();
		const boss = addUser(small, { username: 'a', role: 'admin', regionCode: null, pantiId: null });
		const address = "Jl. A,=cmd|' /C calc'!A0";
		small.run(sql`insert into panti (name, type, ownership, address, region_code, capacity, current_clients)
			values ('LKSA Uji, -1+1', 'anak', 'pusat', ${address}, '64.08', 10, 5)`);
		const text = await exportResponse(small, boss, new URLSearchParams(), TODAY).text();
		for (const delimiter of [';', ','] as const) {
			const parsed = parseCsv(text, delimiter);
			if (!parsed.ok) throw new Error('unparsable');
			const cells = parsed.rows.flat();
			expect(cells.filter((c) => /^[\s"]*[=+\-@]/.test(c))).toEqual([]);
		}
		// Read as written, each field comes back whole, with the apostrophes that keep it text.
		const row = parseCsv(text, ';');
		expect(row.ok && [row.rows[1]![0], row.rows[1]![3]]).toEqual([
			"LKSA Uji,' -1+1",
			"Jl. A,'=cmd|' /C calc'!A0"
		]);
	});
});
