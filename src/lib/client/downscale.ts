/**
 * Photos are downscaled on the tablet before upload (≤ 1600 px on the long side, JPEG), so a
 * 12-megapixel camera shot becomes a few hundred kilobytes on a weak connection. Other files
 * (PDF) pass unchanged; the server checks every type by content anyway.
 */
export const MAX_SIDE = 1600;

export async function downscaleForUpload(file: File): Promise<File> {
	if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return file; // not decodable here: let the server judge it
	}
	const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
	if (scale === 1 && file.type === 'image/jpeg') return file;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(bitmap.width * scale);
	canvas.height = Math.round(bitmap.height * scale);
	canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
	bitmap.close();
	const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', 0.85));
	if (!blob) return file;
	return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
}
