import { describe, expect, it } from 'vitest';
import { panti } from '../db/schema';
import { validPantiForm } from '../../../../tests/support/db';
import { kutimWorld } from '../../../../tests/support/world';
import { parsePantiForm } from './form';
import { createPanti } from './save';

const input = (overrides: Record<string, string>) => {
	const parsed = parsePantiForm(validPantiForm(overrides));
	if (!parsed.ok) throw new Error('bad fixture');
	return parsed.data;
};

describe('registering a panti whose name is already registered in the kab/kota', () => {
	it('stops until that very panti is confirmed, and then saves', () => {
		// kutimWorld registered "LKSA Uji Coba" in Kutai Timur (64.08).
		const { db, dinas, pantiId } = kutimWorld();
		const same = input({ name: 'L.K.S.A.  uji-coba' });
		const count = () => db.select().from(panti).all().length;

		const first = createPanti(db, dinas, same, new Date(), { duplicates: { confirmedId: null } });
		expect(first).toEqual({
			ok: false,
			reason: 'duplicate',
			existing: { id: pantiId, name: 'LKSA Uji Coba', regionName: 'Kabupaten Kutai Timur' }
		});
		expect(count()).toBe(1);
		// A confirmation of some other panti is no confirmation of this one.
		const wrong = createPanti(db, dinas, same, new Date(), {
			duplicates: { confirmedId: pantiId + 1000 }
		});
		expect(wrong.ok).toBe(false);
		expect(count()).toBe(1);

		const confirmed = createPanti(db, dinas, same, new Date(), {
			duplicates: { confirmedId: pantiId }
		});
		expect(confirmed.ok).toBe(true);
		expect(count()).toBe(2);
	}, 30_000);

	it('lets another kab/kota have the same name, and a distinct name through', () => {
		const { db, admin } = kutimWorld();
		const options = { duplicates: { confirmedId: null } };
		expect(
			createPanti(
				db,
				admin,
				input({ name: 'LKSA Uji Coba', regionCode: '64.72' }),
				new Date(),
				options
			).ok
		).toBe(true);
		expect(createPanti(db, admin, input({ name: 'LKSA Uji Coba 2' }), new Date(), options).ok).toBe(
			true
		);
	}, 30_000);
});
