import { availableParallelism } from 'node:os';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Sharp } from 'sharp';
import type { VariantName } from './tables';

/** The image types accepted, decided from the file's first bytes (never its name or declared type). */
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;
type AcceptedImageType = (typeof acceptedImageTypes)[number];

/** Decoding more pixels than this is refused: a small file declaring huge dimensions is a decompression bomb. */
export const maxInputPixels = 50_000_000;
/** WebP's hard limit on a side; no variant could be made above it. */
export const maxImageSide = 16_383;

export const variantWidths: Record<Exclude<VariantName, 'original'>, number> = { w320: 320, w960: 960, w1920: 1920 };

export interface Rendition {
  data: Buffer;
  width: number;
  height: number;
  mime: string;
  extension: string;
}

export interface ProcessedImage {
  /** Type of the upload, from its bytes. */
  mime: AcceptedImageType;
  width: number;
  height: number;
  renditions: Record<VariantName, Rendition>;
}

/** Why an upload is not an image we take; the route answers 415 with this reason. */
export class ImageRejected extends Error {}

export async function detectImageType(data: Buffer): Promise<AcceptedImageType | null> {
  const detected = await fileTypeFromBuffer(data);
  const mime = detected?.mime as AcceptedImageType | undefined;
  return mime && acceptedImageTypes.includes(mime) ? mime : null;
}

// WebP effort 2 of 6: the 1920 px variant of a 12 MP photo takes ~150 ms instead of ~400 ms at the
// default, for files within a few percent of the same size (measured, see BENCHMARKS.md).
const webp = (image: Sharp) => image.webp({ quality: 80, effort: 2 });

/** Full size, re-encoded in a format close to the upload's: JPEG stays JPEG, PNG stays PNG (lossless), others WebP. */
function encodeOriginal(image: Sharp, mime: AcceptedImageType): { image: Sharp; mime: string; extension: string } {
  if (mime === 'image/jpeg') return { image: image.jpeg({ quality: 85 }), mime, extension: 'jpg' };
  if (mime === 'image/png') return { image: image.png({ compressionLevel: 6 }), mime, extension: 'png' };
  return { image: webp(image), mime: 'image/webp', extension: 'webp' };
}

async function render(image: Sharp, mime: string, extension: string): Promise<Rendition> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, mime, extension };
}

/**
 * Decodes and re-encodes an upload: orientation applied, every metadata block (EXIF, GPS, XMP) dropped,
 * the original size plus WebP variants 320/960/1920 px wide, never upscaled. A variant wider than the
 * image is the image's own width: its bytes, and so its content-addressed key, match the next one's.
 */
export function processImage(data: Buffer, mime: AcceptedImageType): Promise<ProcessedImage> {
  return withImageSlot(() => renderAll(data, mime));
}

// A 12 MP photo holds ~40 MB of pixels per pipeline and keeps a core busy: more images at once than
// there are cores only multiplies memory, so further uploads wait their turn here.
const maxParallelImages = availableParallelism();
let imagesRunning = 0;
const waitingForSlot: (() => void)[] = [];

async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  while (imagesRunning >= maxParallelImages) await new Promise<void>((resolve) => waitingForSlot.push(resolve));
  imagesRunning++;
  try {
    return await work();
  } finally {
    imagesRunning--;
    waitingForSlot.shift()?.();
  }
}

async function renderAll(data: Buffer, mime: AcceptedImageType): Promise<ProcessedImage> {
  // failOn 'error' refuses truncated or corrupt data instead of rendering grey where the bytes stop.
  const input = sharp(data, { limitInputPixels: maxInputPixels, failOn: 'error' });
  let meta;
  try {
    meta = await input.metadata();
  } catch (error) {
    throw new ImageRejected(`The image could not be read: ${(error as Error).message}`);
  }
  if (!meta.width || !meta.height) throw new ImageRejected('The image has no dimensions.');
  if (meta.width * meta.height > maxInputPixels || Math.max(meta.width, meta.height) > maxImageSide) {
    throw new ImageRejected(`The image is too large (${meta.width}×${meta.height} px; at most ${maxInputPixels / 1e6} megapixels and ${maxImageSide} px a side).`);
  }
  const oriented = input.rotate();
  const original = encodeOriginal(oriented.clone(), mime);
  try {
    const [full, w320, w960, w1920] = await Promise.all([
      render(original.image, original.mime, original.extension),
      ...Object.values(variantWidths).map((width) =>
        render(webp(oriented.clone().resize({ width, withoutEnlargement: true })), 'image/webp', 'webp'),
      ),
    ]);
    return { mime, width: full!.width, height: full!.height, renditions: { original: full!, w320: w320!, w960: w960!, w1920: w1920! } };
  } catch (error) {
    throw new ImageRejected(`The image could not be decoded: ${(error as Error).message}`);
  }
}
