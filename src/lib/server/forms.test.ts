import { describe, expect, it } from 'vitest';
import { readForm, textField, textFields, textFieldsOf, UNREADABLE_FORM } from './forms';

const part = (boundary: string, name: string, value: string) =>
	`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

const post = (contentType: string, body: BodyInit) =>
	new Request('http://localhost/panti/baru', {
		method: 'POST',
		headers: { 'content-type': contentType },
		body
	});

describe('readForm', () => {
	it.each([
		['multipart without a boundary', 'multipart/form-data', part('x', 'a', '1') + '--x--\r\n'],
		['multipart cut short', 'multipart/form-data; boundary=x', part('x', 'a', '1')],
		['multipart with another boundary', 'multipart/form-data; boundary=y', part('x', 'a', '1')],
		[
			'multipart with a 200 kB part header the parser gives up on',
			'multipart/form-data; boundary=x',
			part('x', `a"; ${'x'.repeat(200_000)}`, '1') + '--x--\r\n'
		],
		['an empty multipart body', 'multipart/form-data; boundary=x', ''],
		['a body that is no form', 'text/plain', 'a=1']
	])('%s: a 400 with a message, not a throw', async (_, type, body) => {
		const result = await readForm(post(type, body));
		expect(result instanceof FormData ? 'read' : [result.status, result.data.message]).toEqual([
			400,
			UNREADABLE_FORM
		]);
	});

	it.each([
		['multipart', 'multipart/form-data; boundary=x', part('x', 'a', '1') + '--x--\r\n'],
		['urlencoded', 'application/x-www-form-urlencoded', 'a=1']
	])('reads a well-formed %s body', async (_, type, body) => {
		const result = await readForm(post(type, body));
		expect(result instanceof FormData && result.get('a')).toBe('1');
	});

	it('lets a size refusal keep its own status (Kit answers 413)', async () => {
		const tooBig = Object.assign(new Error('Payload Too Large'), { status: 413 });
		const body = new ReadableStream({ start: (c) => c.error(tooBig) });
		const request = new Request('http://localhost/panti/impor', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body,
			duplex: 'half'
		} as RequestInit);
		await expect(readForm(request)).rejects.toBe(tooBig);
	});
});

describe('textField, textFields, textFieldsOf', () => {
	const data = new FormData();
	data.append('name', 'Rina');
	data.append('pmks', 'a');
	data.append('pmks', 'b');
	data.append('file', new File(['x'], 'x.txt'));

	it.each([
		['name', 'Rina'],
		['pmks', 'a'],
		['file', undefined],
		['missing', undefined]
	])('textField(%j) → %j', (name, expected) => {
		expect(textField(data, name)).toBe(expected);
	});

	it('reads every text value of a group and skips files', () => {
		expect(textFields(data, 'pmks')).toEqual(['a', 'b']);
		expect(textFields(data, 'file')).toEqual([]);
	});

	it('gathers named fields for a schema', () => {
		expect(textFieldsOf(data, ['name', 'missing'])).toEqual({ name: 'Rina', missing: undefined });
	});
});
