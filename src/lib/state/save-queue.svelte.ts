/**
 * The one client-side save queue of the scoring page. Every change goes through it: changes to the
 * same indicator coalesce (the latest wins) but never overtake an in-flight save; failures retry
 * with exponential backoff; a 409 surfaces the newer server value as a conflict, never a silent
 * overwrite. Kept in one module so a later issue can make it durable offline.
 */
export interface ScoreChange {
	code: string;
	level: number | null;
	notApplicable: boolean;
	note: string;
}

export interface Conflict {
	code: string;
	mine: ScoreChange;
	theirs: {
		level: number | null;
		notApplicable: boolean;
		note: string;
		version: number;
		updatedAt: string;
		updatedByName: string;
	};
}

export type QueueState = 'idle' | 'saving' | 'saved' | 'error';

type Send = (change: ScoreChange, version: number) => Promise<Response>;

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000, 30000];

export class SaveQueue {
	state = $state<QueueState>('idle');
	pending = $state(0);
	lastError = $state<string | null>(null);
	conflicts = $state<Conflict[]>([]);

	#versions: Map<string, number>;
	// Bookkeeping only: the UI reads `pending`, not the map itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#waiting = new Map<string, ScoreChange>();
	#inFlight: string | null = null;
	#attempt = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#send: Send;

	constructor(versions: Map<string, number>, send: Send) {
		this.#versions = versions;
		this.#send = send;
	}

	/** Queues a change and starts saving at once. */
	push(change: ScoreChange): void {
		this.#waiting.set(change.code, change);
		this.conflicts = this.conflicts.filter((c) => c.code !== change.code);
		this.#update();
		void this.#pump();
	}

	/** Retry now (the "coba lagi" button). */
	retry(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#attempt = 0;
		void this.#pump();
	}

	/** Keep the server's value: adopt its version, drop my change. */
	acceptTheirs(code: string): Conflict | undefined {
		const c = this.conflicts.find((x) => x.code === code);
		if (c) this.#versions.set(code, c.theirs.version);
		this.conflicts = this.conflicts.filter((x) => x.code !== code);
		return c;
	}

	/** Keep mine: re-send my change on top of the server's version. */
	keepMine(code: string): void {
		const c = this.acceptTheirs(code);
		if (c) this.push(c.mine);
	}

	#update(): void {
		this.pending = this.#waiting.size + (this.#inFlight ? 1 : 0);
	}

	async #pump(): Promise<void> {
		if (this.#inFlight || this.#timer) return;
		const next = this.#waiting.entries().next();
		if (next.done) {
			if (this.state !== 'error') this.state = this.conflicts.length ? 'error' : 'saved';
			return;
		}
		const [code, change] = next.value;
		this.#waiting.delete(code);
		this.#inFlight = code;
		this.state = 'saving';
		this.#update();
		let retryable = false;
		try {
			const res = await this.#send(change, this.#versions.get(code) ?? 0);
			const body = await res.json().catch(() => ({}));
			if (res.ok) {
				this.#versions.set(code, body.version);
				this.#attempt = 0;
				this.lastError = null;
			} else if (res.status === 409) {
				this.conflicts = [...this.conflicts, { code, mine: change, theirs: body.current }];
			} else if (res.status >= 500) {
				retryable = true;
				this.lastError = body.message ?? `Server menjawab ${res.status}.`;
			} else {
				this.lastError = body.message ?? `Tidak tersimpan (${res.status}).`;
				this.state = 'error';
			}
		} catch {
			retryable = true;
			this.lastError = 'Tidak ada koneksi ke server.';
		}
		this.#inFlight = null;
		if (retryable) {
			// Put it back unless a newer change for the same indicator arrived meanwhile.
			if (!this.#waiting.has(code)) this.#waiting.set(code, change);
			this.state = 'error';
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
