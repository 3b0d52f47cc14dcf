import type { SessionUser } from '$lib/server/auth/session';

declare global {
	const __APP_VERSION__: string;
	namespace App {
		interface Locals {
			user: SessionUser | null;
			sessionToken: string | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
