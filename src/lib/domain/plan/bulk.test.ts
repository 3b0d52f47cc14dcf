import { describe, expect, it } from 'vitest';
import { bulkAssignSchema } from './bulk';

const parse = (input: Record<string, unknown>) => bulkAssignSchema.safeParse(input);
const messages = (input: Record<string, unknown>) => {
	const r = parse(input);
	return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('bulkAssignSchema', () => {
	it('reads the selected actions with their versions, and only the fields filled in', () => {
		const r = parse({ actions: ['12:3', '14:1'], owner: ' Bu Ani ', dueDate: '' });
		expect(r.success && r.data).toEqual({
			actions: [
				{ id: 12, version: 3 },
				{ id: 14, version: 1 }
			],
			owner: 'Bu Ani',
			dueDate: undefined
		});
	});

	it.each([
		[{ actions: [], owner: 'Bu Ani' }, 'Pilih minimal satu tindakan.'],
		[
			{ actions: ['12:3'], owner: '', dueDate: ' ' },
			'Isi penanggung jawab, tenggat, atau keduanya.'
		],
		[{ actions: ['12'], owner: 'Bu Ani' }, 'Pilihan tindakan tidak dikenal. Muat ulang halaman.'],
		[
			{ actions: ['12:3', '12:3'], owner: 'A' },
			'Tindakan yang sama terpilih dua kali. Muat ulang halaman.'
		],
		[
			{ actions: ['12:3'], dueDate: '2027-02-30' },
			'Tenggat bukan tanggal yang valid (format TTTT-BB-HH).'
		],
		[{ actions: ['12:3'], owner: 'x'.repeat(121) }, 'Penanggung jawab maksimal 120 karakter.']
	])('refuses %j in Indonesian', (input, message) => {
		expect(messages(input)).toContain(message);
	});
});
