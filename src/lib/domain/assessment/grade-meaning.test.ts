import { describe, expect, it } from 'vitest';
import { gradeMeaning } from './grade-meaning';

describe('gradeMeaning', () => {
	it('says how long a visit grade holds', () => {
		const text = gradeMeaning({ grade: 'B', validityYears: 3, kind: 'visit', capped: false });
		expect(text).toContain('dinilai baik');
		expect(text).toContain('berlaku 3 tahun');
	});

	it('spells out TT and tells a low score from a failed requirement', () => {
		const low = gradeMeaning({ grade: 'TT', validityYears: 0, kind: 'visit', capped: false });
		const gated = gradeMeaning({ grade: 'TT', validityYears: 0, kind: 'visit', capped: true });
		expect(low).toMatch(/^TT berarti Tidak Terakreditasi/);
		expect(low).toContain('batas peringkat C');
		expect(gated).toContain('syarat wajib');
		expect(gated).not.toContain('batas peringkat C');
		expect(low).toContain('Tidak ada sertifikat');
	});

	it('never promises a certificate for a self-assessment', () => {
		const text = gradeMeaning({ grade: 'A', validityYears: 5, kind: 'self', capped: false });
		expect(text).toContain('indikatif');
		expect(text).not.toContain('berlaku 5 tahun');
	});
});
