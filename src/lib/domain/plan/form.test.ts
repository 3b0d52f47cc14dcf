import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../input/form-fields';
import { changedFields, planActionSchema } from './form';

const valid = { owner: 'Bu Ani', dueDate: '2027-03-31', status: 'proses', progressNote: '' };

/** The first error message per field, or null when the input is accepted. */
function errorsOf(input: Record<string, unknown>) {
	const r = planActionSchema.safeParse(input);
	return r.success ? null : fieldErrors(r.error);
}

describe('planActionSchema', () => {
	it.each([
		['a complete form', valid],
		['an empty owner and note', { ...valid, owner: '', progressNote: '' }],
		['missing owner and note fields', { dueDate: '2027-03-31', status: 'belum' }],
		['a leap day', { ...valid, dueDate: '2028-02-29' }],
		['owner of exactly 120 characters', { ...valid, owner: 'x'.repeat(120) }],
		['a note of exactly 1000 characters', { ...valid, progressNote: 'x'.repeat(1000) }]
	])('accepts %s', (_label, input) => {
		expect(errorsOf(input)).toBeNull();
	});

	it.each([
		['owner', { ...valid, owner: 'x'.repeat(121) }, 'Penanggung jawab maksimal 120 karakter.'],
		['progressNote', { ...valid, progressNote: 'x'.repeat(1001) }, 'Catatan kemajuan maksimal'],
		['dueDate', { ...valid, dueDate: '' }, 'Tenggat wajib diisi.'],
		['dueDate', { ...valid, dueDate: '31-03-2027' }, 'Tenggat bukan tanggal yang valid'],
		['dueDate', { ...valid, dueDate: '2027-02-30' }, 'Tenggat bukan tanggal yang valid'],
		['dueDate', { ...valid, dueDate: '1999-12-31' }, 'Tenggat harus antara tahun 2000 dan 2100.'],
		['status', { ...valid, status: 'batal' }, 'Pilih status'],
		['status', { ...valid, status: undefined }, 'Pilih status']
	])('refuses a bad %s: %j', (field, input, message) => {
		expect(errorsOf(input)?.[field]?.[0]).toContain(message);
	});

	it('trims text before checking and storing it', () => {
		const r = planActionSchema.parse({ ...valid, owner: '  Bu Ani  ', dueDate: ' 2027-03-31 ' });
		expect(r.owner).toBe('Bu Ani');
		expect(r.dueDate).toBe('2027-03-31');
	});
});

describe('changedFields', () => {
	const stored = { owner: '', dueDate: '2027-03-31', status: 'belum', progressNote: '' } as const;
	it('lists only what changed, before and after', () => {
		expect(changedFields(stored, { ...stored, owner: 'Bu Ani', status: 'proses' })).toEqual({
			before: { owner: '', status: 'belum' },
			after: { owner: 'Bu Ani', status: 'proses' }
		});
	});
	it('is empty when the form was saved unchanged', () => {
		expect(changedFields(stored, stored)).toEqual({ before: {}, after: {} });
	});
	it('treats a missing stored due date as a change', () => {
		expect(changedFields({ ...stored, dueDate: null }, stored).after).toEqual({
			dueDate: '2027-03-31'
		});
	});
});
