import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Test images, made at test time with sharp (nothing binary is checked in). */
const solid = (width: number, height: number, background = '#2f6b3a') => sharp({ create: { width, height, channels: 3, background } });

/** A PNG; give distinct colours to images that must not share any variant's bytes. */
export const pngImage = (width = 640, height = 480, background = '#2f6b3a') => solid(width, height, background).png().toBuffer();
export const webpImage = (width = 400, height = 300) => solid(width, height).webp().toBuffer();
export const gifImage = (width = 120, height = 90) => solid(width, height).gif().toBuffer();
export const avifImage = (width = 200, height = 150) => solid(width, height).avif({ effort: 0 }).toBuffer();

/** A JPEG with GPS coordinates in its EXIF and an orientation tag (rotate 90°): 64×48 stored, 48×64 shown. */
export const jpegWithGps = () =>
  solid(64, 48, '#a05030')
    .jpeg()
    .withExif({ IFD0: { Copyright: 'EGOEJO test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** The EXIF tag that points at the GPS block (0x8825), as it appears in little-endian TIFF data. */
export const gpsPointerTag = Buffer.from([0x25, 0x88]);

/**
 * Raw RGB pixels of a photo-like picture: blurred Gaussian noise, as hard to compress as a real sensor's
 * grain (a flat test card would make encoding look far cheaper than it is); 4000×3000 at JPEG q90 ≈ 4.5 MB.
 */
export async function photoPixels(width = 4000, height = 3000): Promise<{ pixels: Buffer; width: number; height: number }> {
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 40 };
  const pixels = await sharp({ create: { width, height, channels: 3, background: '#808080', noise } }).blur(0.8).raw().toBuffer();
  return { pixels, width, height };
}

export const encodePhoto = ({ pixels, width, height }: { pixels: Buffer; width: number; height: number }) =>
  sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A decompression bomb: a valid PNG of a few dozen bytes that declares 100 000 × 100 000 pixels. */
export function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, default compression, filter and no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), pngChunk('IEND', Buffer.alloc(0))]);
}

export const svgImage = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
export const htmlPage = () => Buffer.from('<!doctype html><html><body><img src=x onerror=alert(1)></body></html>');

/** Multipart body for `app.inject`, built by hand so the test controls every byte and header. */
export function multipart(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = `----egoejo${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.filename ? `\r\nContent-Type: ${part.type ?? 'application/octet-stream'}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
