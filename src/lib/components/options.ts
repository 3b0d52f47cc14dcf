/** A choice in a select field. */
export interface Option {
	value: string;
	label: string;
}

/** Options for a fixed vocabulary: its keys as values, its labels as text. */
export const labelled = <K extends string>(
	keys: readonly K[],
	labels: Readonly<Record<K, string>>
): Option[] => keys.map((k) => ({ value: k, label: labels[k] }));

/** A province or kab/kota the region picker offers. */
export interface RegionOption {
	code: string;
	name: string;
}

/** A form's text value by name: '' when missing or multi-valued (checkbox groups). */
export const textValue = (
	values: Readonly<Record<string, string | string[]>>,
	name: string
): string => {
	const value = values[name];
	return typeof value === 'string' ? value : '';
};
