/**
 * Parses and validates rubric/instrument source text (YAML). Every problem is reported with the
 * file, the path inside it and, when known, the line, so authors can fix files without guessing.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkRubricContent } from './content-rules';
import { instrumentSchema, rubricSchema, type Instrument, type Rubric } from './schema';

export interface SourceProblem {
	readonly file: string;
	readonly path: string;
	readonly line: number | null;
	readonly message: string;
}

export type ParsedSource =
	| { ok: true; kind: 'rubric'; value: Rubric }
	| { ok: true; kind: 'instrument'; value: Instrument }
	| { ok: false; problems: SourceProblem[] };

/** `aspects[0].indicators[3].levels` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return (
		path.reduce<string>(
			(out, key) =>
				typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
			''
		) || '(akar berkas)'
	);
}

/**
 * Parses one file's text. `file` is only used in messages.
 * @example parseSource('rubrics/x/1.0.0.yaml', 'kind: rubric\n…')
 */
export function parseSource(file: string, text: string): ParsedSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((e) => ({
				file,
				path: '(YAML)',
				line: e.linePos?.[0]?.line ?? null,
				message: e.message.split('\n')[0]!
			}))
		};
	}
	const problemAt = (path: readonly PropertyKey[], message: string): SourceProblem => {
		const node = doc.getIn(path, true);
		const offset = isNode(node) && node.range ? node.range[0] : null;
		return {
			file,
			path: formatPath(path),
			line: offset === null ? null : lineCounter.linePos(offset).line,
			message
		};
	};
	const data: unknown = doc.toJS();
	const kind = typeof data === 'object' && data !== null && 'kind' in data ? data.kind : undefined;
	if (kind !== 'rubric' && kind !== 'instrument') {
		return {
			ok: false,
			problems: [{ file, path: 'kind', line: 1, message: "harus 'rubric' atau 'instrument'" }]
		};
	}
	const invalid = (error: z.ZodError): ParsedSource => ({
		ok: false,
		problems: error.issues.map((issue) => problemAt(issue.path, issue.message))
	});
	if (kind === 'instrument') {
		const result = instrumentSchema.safeParse(data);
		return result.success ? { ok: true, kind, value: result.data } : invalid(result.error);
	}
	const result = rubricSchema.safeParse(data);
	if (!result.success) return invalid(result.error);
	const rubric = result.data;
	const content = checkRubricContent(rubric);
	if (content.length > 0)
		return { ok: false, problems: content.map((p) => problemAt(p.path, p.message)) };
	return { ok: true, kind, value: rubric };
}
