import { describe, expect, it } from 'vitest';
import type { ScoreChange, ScoreConflict, ScoreSaved } from '$lib/score-api';
import { SaveQueue, type QueueStore } from './save-queue.svelte';

/** An in-memory stand-in for the IndexedDB store, recording the order of events. */
function fakeStore(log: string[]): QueueStore & { changes: Map<string, ScoreChange> } {
	const changes = new Map<string, ScoreChange>();
	return {
		changes,
		async putChange(c, v) {
			log.push(`put ${c.code} v${v}`);
			changes.set(c.code, c);
		},
		async accepted(c, v) {
			log.push(`accepted ${c.code} v${v}`);
			if (changes.get(c.code) === c) changes.delete(c.code);
		},
		async markStuck(code) {
			log.push(`stuck ${code}`);
		},
		async discardChange(code) {
			log.push(`discard ${code}`);
			changes.delete(code);
		}
	};
}

const change = (code: string, level: number, note = ''): ScoreChange => ({
	code,
	level,
	notApplicable: false,
	note
});
const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** The server's answers, typed by the same contract the endpoint builds them with. */
const saved = (version: number) =>
	json(200, { version, updatedAt: '2026-11-23T08:00:00.000Z' } satisfies ScoreSaved);
const conflict = (current: ScoreConflict['current']) =>
	json(409, { message: 'Nilai ini sudah diubah di tempat lain.', current } satisfies ScoreConflict);
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('durable save queue', () => {
	it('writes a change to the device as it is sent, and forgets it once the server accepted it', async () => {
		const log: string[] = [];
		const store = fakeStore(log);
		const queue = new SaveQueue(new Map(), async (c, v) => {
			log.push(`send ${c.code} v${v}`);
			return saved(v + 1);
		});
		queue.attach(store);
		await settle();
		expect(queue.state).toBe('idle'); // nothing held, nothing to say but "saved automatically"
		queue.push(change('KEL-01', 3));
		await settle();
		expect(queue.state).toBe('saved');
		expect(log).toContain('send KEL-01 v0');
		// The acceptance is recorded after the write, so the pending entry cannot outlive the ack.
		expect(log.indexOf('put KEL-01 v0')).toBeGreaterThanOrEqual(0);
		expect(log.indexOf('put KEL-01 v0')).toBeLessThan(log.indexOf('accepted KEL-01 v1'));
		expect(store.changes.size).toBe(0);
		expect(queue.pending).toBe(0);
		expect(queue.lastSync).not.toBeNull();
	});

	it('keeps the change on the device while there is no connection, and says so', async () => {
		const log: string[] = [];
		const store = fakeStore(log);
		const queue = new SaveQueue(new Map(), async () => {
			throw new TypeError('Failed to fetch');
		});
		queue.attach(store);
		queue.push(change('KEL-01', 2));
		await settle();
		expect(queue.state).toBe('offline');
		expect(queue.pending).toBe(1);
		expect(store.changes.get('KEL-01')?.level).toBe(2);
	});

	it('treats a conflict with its own value as saved (an earlier send whose answer was lost)', async () => {
		const store = fakeStore([]);
		const versions = new Map([['KEL-01', 0]]);
		const queue = new SaveQueue(versions, async () =>
			conflict({
				level: 3,
				notApplicable: false,
				note: 'x',
				version: 1,
				updatedAt: '2026-11-23T08:00:00.000Z',
				updatedByName: 'A'
			})
		);
		queue.attach(store);
		queue.push(change('KEL-01', 3, 'x'));
		await settle();
		expect(queue.conflicts).toEqual([]);
		expect(queue.pending).toBe(0);
		expect(versions.get('KEL-01')).toBe(1);
	});

	it('shows a real conflict and keeps it pending until the assessor chooses', async () => {
		const store = fakeStore([]);
		const queue = new SaveQueue(new Map(), async () =>
			conflict({
				level: 4,
				notApplicable: false,
				note: '',
				version: 2,
				updatedAt: '',
				updatedByName: 'B'
			})
		);
		queue.attach(store);
		queue.push(change('KEL-01', 1));
		await settle();
		expect(queue.conflicts.map((c) => c.theirs.level)).toEqual([4]);
		expect(queue.pending).toBe(1);
		expect(store.changes.has('KEL-01')).toBe(true);
		queue.acceptTheirs('KEL-01');
		await settle();
		expect(queue.pending).toBe(0);
		expect(store.changes.has('KEL-01')).toBe(false);
	});

	it('holds a refused change as stuck (on the device too) until retried or discarded', async () => {
		const log: string[] = [];
		const store = fakeStore(log);
		const queue = new SaveQueue(new Map(), async () =>
			json(403, { message: 'Penilaian ini tidak dapat diubah lagi.' })
		);
		queue.attach(store);
		queue.push(change('KEL-06', 2));
		await settle();
		expect(queue.stuck).toEqual([
			{
				code: 'KEL-06',
				change: change('KEL-06', 2),
				message: 'Penilaian ini tidak dapat diubah lagi.'
			}
		]);
		expect(log).toContain('stuck KEL-06');
		expect(queue.pending).toBe(1);
		expect(queue.discardStuck('KEL-06')?.change.level).toBe(2);
		await settle();
		expect(log.at(-1)).toBe('discard KEL-06');
		expect(queue.pending).toBe(0);
	});

	it('puts back what the device held: pending ones are sent on their own version, stuck ones wait', async () => {
		const sent: string[] = [];
		const queue = new SaveQueue(new Map(), async (c, v) => {
			sent.push(`${c.code} v${v}`);
			return saved(v + 1);
		});
		queue.attach(fakeStore([]), [
			{ change: change('KEL-01', 1), version: 4 },
			{ change: change('KEL-02', 2), version: 0, stuck: 'Ditolak.' }
		]);
		await settle();
		expect(sent).toEqual(['KEL-01 v4']);
		expect(queue.stuck.map((s) => s.code)).toEqual(['KEL-02']);
	});
});
