/** `npm run rubrics:schema`: writes JSON Schemas for editor autocompletion, derived from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { instrumentSchema, rubricSchema } from '../src/lib/domain/rubric/schema';

mkdirSync('rubrics/schema', { recursive: true });
for (const [name, schema] of [
	['rubric', rubricSchema],
	['instrument', instrumentSchema]
] as const) {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	writeFileSync(`rubrics/schema/${name}.schema.json`, JSON.stringify(json, null, '\t') + '\n');
	console.log(`rubrics/schema/${name}.schema.json`);
}
