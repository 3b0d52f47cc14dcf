import { describe, expect, it } from 'vitest';
import { commentFields, returnCommentsSchema, returnReasonSchema } from './return-form';

const schema = returnCommentsSchema(new Set(['KEL-01', 'KEL-02']));

describe('return comments', () => {
	it('keeps trimmed comments by code and drops empty ones', () => {
		expect(schema.parse({ 'KEL-01': '  Lampirkan akta.  ', 'KEL-02': '   ' })).toEqual({
			'KEL-01': 'Lampirkan akta.'
		});
	});

	it('refuses a code the instrument does not have', () => {
		const r = schema.safeParse({ 'XYZ-99': 'Ada apa?' });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.message).toBe('Butir XYZ-99 tidak ada pada instrumen ini.');
	});

	it('refuses a comment over 1000 characters, accepts exactly 1000', () => {
		expect(schema.safeParse({ 'KEL-01': 'a'.repeat(1001) }).success).toBe(false);
		expect(schema.parse({ 'KEL-01': 'a'.repeat(1000) })['KEL-01']).toHaveLength(1000);
	});

	it('refuses a value that is not text', () => {
		expect(schema.safeParse({ 'KEL-01': 5 }).success).toBe(false);
	});

	it('strips hidden characters rather than refusing the comment', () => {
		expect(schema.parse({ 'KEL-02': 'Foto\u202E buram' })).toEqual({ 'KEL-02': 'Foto buram' });
	});

	it('reads only the comment.<code> fields of a form', () => {
		const form = new FormData();
		form.set('reason', 'Lengkapi bukti legalitas.');
		form.set('comment.KEL-01', 'Akta?');
		expect(commentFields(form.entries())).toEqual({ 'KEL-01': 'Akta?' });
	});

	it('still asks for an overall reason of at least 10 characters', () => {
		expect(returnReasonSchema.safeParse(' pendek ').success).toBe(false);
		expect(returnReasonSchema.parse(' Lengkapi bukti legalitas. ')).toBe(
			'Lengkapi bukti legalitas.'
		);
	});
});
