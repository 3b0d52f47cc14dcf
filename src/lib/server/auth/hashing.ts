/**
 * A bounded queue for password hashing. scrypt runs on libuv's thread pool (4 threads), which
 * file reads share: forty sign-ins at once filled it and static files waited 6 s. At most
 * `concurrency` hashes run at a time and at most `maxWaiting` wait; beyond that the caller is
 * told at once ("server sibuk") instead of hashing, so the rest of the server keeps its threads.
 */
export class HashQueue {
	#active = 0;
	readonly #waiting: (() => void)[] = [];

	constructor(
		readonly concurrency: number,
		readonly maxWaiting: number
	) {}

	/** Hashes running now. */
	get active(): number {
		return this.#active;
	}

	/** Hashes waiting for a slot. */
	get waiting(): number {
		return this.#waiting.length;
	}

	/**
	 * Runs `task` when a slot is free. Returns null, synchronously and without running it, when
	 * every slot and every waiting place is taken.
	 */
	tryRun<T>(task: () => Promise<T>): Promise<T> | null {
		if (this.#active < this.concurrency) {
			this.#active++;
			return this.#run(task);
		}
		if (this.#waiting.length >= this.maxWaiting) return null;
		return new Promise<void>((resolve) => this.#waiting.push(resolve)).then(() => this.#run(task));
	}

	async #run<T>(task: () => Promise<T>): Promise<T> {
		try {
			return await task();
		} finally {
			// The slot passes straight to the next in line, so `active` never overshoots.
			const next = this.#waiting.shift();
			if (next) next();
			else this.#active--;
		}
	}
}

/**
 * The app's one queue: 2 hashes at a time (the machine has 2 cores; 2 of libuv's 4 threads stay
 * free for files), 8 waiting (about 3 s at ~0.65 s a hash).
 */
export const passwordHashing = new HashQueue(2, 8);

/** What the user is told when the queue is full. */
export const BUSY_MESSAGE = 'Server sedang sibuk. Coba lagi beberapa detik lagi.';
