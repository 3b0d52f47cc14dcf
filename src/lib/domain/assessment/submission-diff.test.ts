import { describe, expect, it } from 'vitest';
import { levelText, submissionChanges } from './submission-diff';

const e = (level: number | null, note = '', notApplicable = false) => ({
	level,
	notApplicable,
	note
});

describe('submissionChanges', () => {
	// A hand-made pair: the reviewer commented on KEL-01 and KEL-03; the team raised KEL-01,
	// rewrote the note of KEL-02 on its own, left KEL-03 as it was and marked KEL-04 N/A.
	const previous = {
		'KEL-01': e(2, 'Akta belum ada'),
		'KEL-02': e(3, 'SOP ada'),
		'KEL-03': e(1),
		'KEL-04': e(2),
		'KEL-05': e(4)
	};
	const current = {
		'KEL-01': e(4, 'Akta dan SK Kemenkumham dilihat'),
		'KEL-02': e(3, 'SOP ada dan dipajang'),
		'KEL-03': e(1),
		'KEL-04': e(null, '', true),
		'KEL-05': e(4)
	};
	const comments = { 'KEL-01': 'Periksa akta lagi.', 'KEL-03': 'Foto tidak jelas.' };
	const order = ['KEL-01', 'KEL-02', 'KEL-03', 'KEL-04', 'KEL-05'];
	const changes = submissionChanges(previous, current, comments, order);

	it('lists changed and commented indicators in the instrument order, nothing else', () => {
		expect(changes.map((c) => c.code)).toEqual(['KEL-01', 'KEL-02', 'KEL-03', 'KEL-04']);
	});

	it('says what changed per indicator, beside the comment that asked for it', () => {
		expect(
			changes.map((c) => [
				c.code,
				levelText(c.before),
				levelText(c.after),
				c.levelChanged,
				c.noteChanged,
				c.comment,
				c.unchangedDespiteComment
			])
		).toEqual([
			['KEL-01', '2', '4', true, true, 'Periksa akta lagi.', false],
			['KEL-02', '3', '3', false, true, null, false],
			['KEL-03', '1', '1', false, false, 'Foto tidak jelas.', true],
			['KEL-04', '2', 'N/A', true, false, null, false]
		]);
	});

	it('finds nothing between two identical submissions without comments', () => {
		expect(submissionChanges(previous, previous, {}, order)).toEqual([]);
	});

	it('shows an indicator missing from one side as a dash', () => {
		const [c] = submissionChanges({}, { 'KEL-09': e(2) }, {}, []);
		expect([c!.code, levelText(c!.before), levelText(c!.after)]).toEqual(['KEL-09', '—', '2']);
	});
});
