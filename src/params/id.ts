import type { ParamMatcher } from '@sveltejs/kit';
import { parseId } from '$lib/domain/id';

/** `[id=id]`: a malformed id matches no route, so it answers 404 before any load runs. */
export const match = ((param: string) => parseId(param) !== null) satisfies ParamMatcher;
