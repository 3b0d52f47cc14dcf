import { resolve } from '$app/paths';

/** The registry filtered by `params` (empty values dropped): every dashboard figure links here. */
export function registryHref(params: Record<string, string | undefined>): string {
	const query = new URLSearchParams(
		Object.entries(params).filter((e): e is [string, string] => !!e[1])
	).toString();
	return query ? `${resolve('/panti')}?${query}` : resolve('/panti');
}
