import type { SessionUser } from '$lib/server/auth/session';
import type { Zone } from '$lib/domain/time-zone';

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
		interface PageData {
			/** The zone dates and times are shown in: the panti's on its pages, else the user's. */
			zone: Zone;
		}
	}
}

export {};
