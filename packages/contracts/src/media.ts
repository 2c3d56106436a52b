import { z } from 'zod';

export const MediaErrorCode = {
  fileTooLarge: 'file_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  missingFile: 'missing_file',
  storageUnavailable: 'storage_unavailable',
} as const;

export const mediaAltMaxLength = 500;

/**
 * The text fields of an upload (`multipart/form-data`; the image itself is the `file` field). The
 * project slug attaches the image to a project the caller may edit.
 */
export const MediaUploadFields = z.object({
  alt: z.string().trim().max(mediaAltMaxLength).default(''),
  projectSlug: z.string().trim().min(1).max(120).optional(),
});
export type MediaUploadFields = z.infer<typeof MediaUploadFields>;

/** URLs of the sizes of an image: WebP at most 320/960/1920 px wide (never upscaled) and the full size. */
export const MediaVariantUrls = z.object({
  w320: z.string(),
  w960: z.string(),
  w1920: z.string(),
  original: z.string(),
});

export const MediaReply = z.object({
  id: z.number().int(),
  /** The full-size image. */
  url: z.string(),
  variants: MediaVariantUrls,
  width: z.number().int(),
  height: z.number().int(),
  /** Size and sha256 of the file as uploaded. */
  bytes: z.number().int(),
  sha256: z.string(),
  alt: z.string(),
});
export type MediaReply = z.infer<typeof MediaReply>;
