/**
 * Authorization matrix: every load, form action and endpoint found under src/routes,
 * called as every kind of user on the demo world, against the rule written here.
 * A route without a rule — or a rule without a route — fails the first test, so a new page
 * cannot ship without someone deciding who may use it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	actors,
	buildWorld,
	event,
	outcome,
	PRINCIPALS,
	world,
	type Handlers,
	type Outcome
} from './route-harness';
import { RULES } from './route-rules';

vi.mock('$lib/server/db/connection', async () => {
	const { world } = await import('./route-harness');
	return { getDb: () => world.db, evidenceDir: () => world.evidence };
});

let handlers: Handlers;
beforeAll(async () => {
	handlers = (await buildWorld()).handlers;
}, 180_000);
afterAll(() => rmSync(world.evidence, { recursive: true, force: true }));

describe('authorization matrix', () => {
	it('has a rule for every load, action and endpoint, and no rule for a route that is gone', () => {
		const keys = [...handlers.keys()].sort();
		expect(
			keys.filter((k) => !(k in RULES)),
			'handlers without a rule'
		).toEqual([]);
		expect(
			Object.keys(RULES).filter((k) => !handlers.has(k)),
			'rules without a handler'
		).toEqual([]);
		expect(keys.length).toBeGreaterThan(50);
	});

	it('gives every principal exactly what its rule says, and never a 500', async () => {
		const mismatches: string[] = [];
		let checked = 0;
		for (const [key, h] of handlers) {
			const rule = RULES[key];
			if (!rule) continue;
			for (const p of PRINCIPALS) {
				const expected: Outcome = rule.allow.includes(p)
					? 'allowed'
					: rule.elsewhere?.includes(p)
						? 'elsewhere'
						: 'refused';
				const isLoad = h.kind === 'load' || h.kind === 'layout';
				const got = await outcome(h.fn, event(h.routeId, h.kind, actors.get(p)!), isLoad);
				checked++;
				if (got !== expected) mismatches.push(`${key} as ${p}: expected ${expected}, got ${got}`);
			}
		}
		expect(mismatches).toEqual([]);
		console.log(
			`authorization matrix: ${handlers.size} handlers × ${PRINCIPALS.length} principals = ${checked} checks`
		);
	}, 180_000);
});
