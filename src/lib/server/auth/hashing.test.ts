import { describe, expect, it } from 'vitest';
import { HashQueue } from './hashing';

/** A task that finishes when the test says so. */
function controllable() {
	let finish!: (ok: boolean) => void;
	const done = new Promise<boolean>((resolve, reject) => {
		finish = (ok) => (ok ? resolve(true) : reject(new Error('scrypt failed')));
	});
	return { task: () => done, finish };
}

describe('HashQueue', () => {
	it('runs at most `concurrency` tasks, queues `maxWaiting`, refuses the rest at once', async () => {
		const q = new HashQueue(2, 3);
		const tasks = Array.from({ length: 7 }, controllable);
		const runs = tasks.map((t) => q.tryRun(t.task));
		expect(runs.map((r) => r !== null)).toEqual([true, true, true, true, true, false, false]);
		expect([q.active, q.waiting]).toEqual([2, 3]);
		tasks[0]!.finish(true);
		await runs[0];
		// The freed slot went to the first in line: still two running, two waiting.
		expect([q.active, q.waiting]).toEqual([2, 2]);
		expect(q.tryRun(controllable().task)).not.toBeNull(); // room for one more waiting
		for (const t of tasks) t.finish(true);
	});

	it('a task that fails frees its slot', async () => {
		const q = new HashQueue(1, 0);
		const failing = controllable();
		const run = q.tryRun(failing.task)!;
		expect(q.tryRun(controllable().task)).toBeNull();
		failing.finish(false);
		await expect(run).rejects.toThrow('scrypt failed');
		expect(q.active).toBe(0);
		expect(q.tryRun(async () => 1)).not.toBeNull();
	});

	it('never has more than `concurrency` running under a burst', async () => {
		const q = new HashQueue(2, 50);
		let running = 0;
		let most = 0;
		const task = async () => {
			most = Math.max(most, ++running);
			await new Promise((r) => setTimeout(r, 2));
			running--;
			return true;
		};
		const runs = Array.from({ length: 40 }, () => q.tryRun(task));
		expect(runs.filter((r) => r === null)).toHaveLength(0); // 2 running + 38 waiting
		await Promise.all(runs.filter((r) => r !== null));
		expect(most).toBe(2);
		expect([q.active, q.waiting]).toEqual([0, 0]);
	});
});
