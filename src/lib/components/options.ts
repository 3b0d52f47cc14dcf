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
