/**
 * The one client-side save queue of the scoring page. Every change goes through it: changes to the
 * same indicator coalesce (the latest wins) but never overtake an in-flight save; failures retry
 * with exponential backoff; a 409 surfaces the newer server value as a conflict, never a silent
 * overwrite. With a `QueueStore` (IndexedDB on the tablet) every change is written to the device
 * before it is sent and removed only once the server accepted it: reloads, closed tabs and days
 * without signal lose nothing.
 */
import {
	problemMessage,
	readBody,
	scoreConflict,
	scoreSaved,
	type ScoreChange,
	type StoredScore
} from '$lib/score-api';

export interface Conflict {
	code: string;
	mine: ScoreChange;
	theirs: StoredScore;
}

/** `offline`: the change is safe on the device (a store is attached) and waits for a connection. */
export type QueueState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';

type Send = (change: ScoreChange, version: number) => Promise<Response>;

/** A change the server refused for a reason other than a conflict: retried or discarded by hand. */
export interface StuckChange {
	code: string;
	change: ScoreChange;
	message: string;
}

/** Where the queue keeps changes durably (src/lib/client/offline-store.ts); optional in tests. */
export interface QueueStore {
	putChange(change: ScoreChange, version: number): Promise<unknown>;
	accepted(change: ScoreChange, version: number, at: number): Promise<void>;
	markStuck(code: string, message: string): Promise<void>;
	discardChange(code: string): Promise<void>;
}

const sameValue = (a: Omit<ScoreChange, 'code'>, b: Omit<ScoreChange, 'code'>) =>
	a.level === b.level && a.notApplicable === b.notApplicable && a.note === b.note;

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000, 30000];

export class SaveQueue {
	state = $state<QueueState>('idle');
	pending = $state(0);
	lastError = $state<string | null>(null);
	conflicts = $state<Conflict[]>([]);
	stuck = $state<StuckChange[]>([]);
	/** When the server last accepted a change from this device (ms since epoch). */
	lastSync = $state<number | null>(null);

	#versions: Map<string, number>;
	// Bookkeeping only: the UI reads `pending`, not the map itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#waiting = new Map<string, ScoreChange>();
	#inFlight: string | null = null;
	#attempt = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#send: Send;
	#store: QueueStore | null = null;
	/** Writes to the store, in order; sending waits for the write of what it sends. */
	#writes: Promise<unknown> = Promise.resolve();

	constructor(versions: Map<string, number>, send: Send) {
		this.#versions = versions;
		this.#send = send;
	}

	/**
	 * Connects the durable store and puts back what it held: pending changes (sent again, on the
	 * version they were made on, so a server that moved on answers with a conflict) and stuck ones.
	 * Changes pushed before the store opened are written to it now.
	 */
	attach(
		store: QueueStore,
		held: readonly { change: ScoreChange; version: number; stuck?: string }[] = []
	): void {
		this.#store = store;
		for (const h of held) {
			if (this.#waiting.has(h.change.code)) continue; // a newer tap already
			this.#versions.set(h.change.code, h.version);
			if (h.stuck)
				this.stuck = [...this.stuck, { code: h.change.code, change: h.change, message: h.stuck }];
			else this.#waiting.set(h.change.code, h.change);
		}
		for (const change of this.#waiting.values()) this.#persist(change);
		this.#update();
		void this.#pump();
	}

	#persist(change: ScoreChange): void {
		const store = this.#store;
		if (!store) return;
		const version = this.#versions.get(change.code) ?? 0;
		this.#writes = this.#writes
			.then(() => store.putChange(change, version))
			.catch(() => {
				this.lastError = 'Perangkat tidak dapat menyimpan perubahan secara lokal.';
			});
	}

	/** Queues a change and starts saving at once. */
	push(change: ScoreChange): void {
		this.#waiting.set(change.code, change);
		this.conflicts = this.conflicts.filter((c) => c.code !== change.code);
		this.stuck = this.stuck.filter((c) => c.code !== change.code);
		this.#persist(change);
		this.#update();
		void this.#pump();
	}

	/** Sends a stuck change again. */
	retryStuck(code: string): void {
		const s = this.stuck.find((x) => x.code === code);
		if (s) this.push(s.change);
	}

	/** Drops a stuck change from the device for good; returns it so the page can show the saved value. */
	discardStuck(code: string): StuckChange | undefined {
		const s = this.stuck.find((x) => x.code === code);
		this.stuck = this.stuck.filter((x) => x.code !== code);
		const store = this.#store;
		if (s && store)
			this.#writes = this.#writes.then(() => store.discardChange(code)).catch(() => {});
		this.#update();
		return s;
	}

	/** Retry now (the "coba lagi" button). */
	retry(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#attempt = 0;
		void this.#pump();
	}

	/** Keep the server's value: adopt its version, drop my change (on the device too). */
	acceptTheirs(code: string): Conflict | undefined {
		const c = this.conflicts.find((x) => x.code === code);
		this.conflicts = this.conflicts.filter((x) => x.code !== code);
		const store = this.#store;
		if (c) {
			this.#versions.set(code, c.theirs.version);
			if (store) {
				const theirs = {
					code,
					level: c.theirs.level,
					notApplicable: c.theirs.notApplicable,
					note: c.theirs.note
				};
				this.#writes = this.#writes
					.then(() => store.accepted(theirs, c.theirs.version, Date.now()))
					.then(() => store.discardChange(code))
					.catch(() => {});
			}
		}
		this.#update();
		return c;
	}

	/** Keep mine: re-send my change on top of the server's version. */
	keepMine(code: string): void {
		const c = this.acceptTheirs(code);
		if (c) this.push(c.mine);
	}

	#update(): void {
		// Everything on the device the server has not accepted yet, conflicts and stuck ones included.
		// A throwaway set for counting, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const open = new Set([
			...this.#waiting.keys(),
			...this.conflicts.map((c) => c.code),
			...this.stuck.map((s) => s.code)
		]);
		if (this.#inFlight) open.add(this.#inFlight);
		this.pending = open.size;
	}

	async #pump(): Promise<void> {
		if (this.#inFlight || this.#timer) return;
		const next = this.#waiting.entries().next();
		if (next.done) {
			// Nothing sent yet in this page view (e.g. a store with nothing held): stay idle.
			if (this.state === 'idle' && !this.conflicts.length && !this.stuck.length) return;
			if (this.state !== 'error')
				this.state = this.conflicts.length || this.stuck.length ? 'error' : 'saved';
			return;
		}
		const [code, change] = next.value;
		this.#waiting.delete(code);
		this.#inFlight = code;
		this.state = 'saving';
		this.#update();
		let retryable = false;
		let offline = false;
		try {
			// The device write (started by push) and the send run side by side: waiting for the write
			// would add its time to every tap without making anything safer — the write is under way
			// either way, and `accepted` is chained after it, so a pending entry never outlives its ack.
			const res = await this.#send(change, this.#versions.get(code) ?? 0);
			const body = await readBody(res);
			const conflict = res.status === 409 ? scoreConflict.safeParse(body).data : undefined;
			// A 409 whose newer value is this very change: an earlier send of it reached the server
			// but its answer was lost with the connection. Nothing to resolve; take its version.
			const version =
				conflict && sameValue(conflict.current, change)
					? conflict.current.version
					: res.ok
						? scoreSaved.safeParse(body).data?.version
						: undefined;
			if (version !== undefined) {
				this.#versions.set(code, version);
				this.#attempt = 0;
				this.lastError = null;
				this.lastSync = Date.now();
				const store = this.#store;
				if (store) {
					const at = this.lastSync;
					this.#writes = this.#writes
						.then(() => store.accepted(change, version, at))
						.catch(() => {});
				}
			} else if (conflict) {
				this.conflicts = [...this.conflicts, { code, mine: change, theirs: conflict.current }];
			} else if (res.ok || res.status >= 500) {
				// A 200 without a version (a captive portal's page, say) did not save anything either.
				retryable = true;
				this.lastError = problemMessage(body) ?? `Server menjawab ${res.status}.`;
			} else {
				const message = problemMessage(body) ?? `Tidak tersimpan (${res.status}).`;
				this.lastError = message;
				this.state = 'error';
				if (!this.#waiting.has(code)) {
					this.stuck = [...this.stuck, { code, change, message }];
					const store = this.#store;
					if (store)
						this.#writes = this.#writes.then(() => store.markStuck(code, message)).catch(() => {});
				}
			}
		} catch {
			retryable = true;
			this.lastError = 'Tidak ada koneksi ke server.';
			offline = true;
		}
		this.#inFlight = null;
		if (retryable) {
			// Put it back unless a newer change for the same indicator arrived meanwhile.
			if (!this.#waiting.has(code)) this.#waiting.set(code, change);
			this.state = offline && this.#store ? 'offline' : 'error';
			const delay = BACKOFF_MS[Math.min(this.#attempt++, BACKOFF_MS.length - 1)]!;
			this.#timer = setTimeout(() => {
				this.#timer = null;
				void this.#pump();
			}, delay);
		}
		this.#update();
		if (!retryable) void this.#pump();
	}
}
