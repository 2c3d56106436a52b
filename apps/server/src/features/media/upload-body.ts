import type { FastifyRequest } from 'fastify';
import { ErrorCode, MediaErrorCode, MediaUploadFields } from '@egoejo/contracts';
import { AppError, badRequest } from '../../platform/errors';

/** Room for the multipart boundaries, headers and the short text fields around the file. */
const multipartOverheadBytes = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError(413, MediaErrorCode.fileTooLarge, `The file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.`, { maxBytes });

/** The limits given to @fastify/multipart: one file, a few short fields. */
export const multipartLimits = (maxBytes: number) => ({ fileSize: maxBytes, files: 1, fields: 4, fieldSize: 2_000, parts: 6 });

/**
 * Reads the `file` part and the text fields of an upload. The size limit is enforced while the bytes
 * arrive (a declared Content-Length over it is refused before reading), never after buffering it all.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ data: Buffer; fields: MediaUploadFields }> {
  if (!request.isMultipart()) {
    throw new AppError(415, ErrorCode.unsupportedMediaType, 'Send the image as multipart/form-data, in a field named "file".');
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes + multipartOverheadBytes) throw tooLarge(maxBytes);
  const raw: Record<string, string> = {};
  let data: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || data) throw badRequest(ErrorCode.validationFailed, 'Only one file, in the field "file".', [{ field: part.fieldname, message: 'unexpected file' }]);
        data = await part.toBuffer();
      } else if (typeof part.value === 'string') {
        raw[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const { code, statusCode } = error as { code?: string; statusCode?: number };
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (statusCode === 413) throw badRequest(ErrorCode.validationFailed, 'Too many parts: send one file and the fields alt and projectSlug.');
    // Anything else the parser throws comes from the bytes the client sent (no boundary, a truncated body).
    throw badRequest('invalid_multipart', 'The multipart body is malformed.');
  }
  if (!data?.length) throw badRequest(MediaErrorCode.missingFile, 'No image: send it in a field named "file".', [{ field: 'file', message: 'required' }]);
  const fields = MediaUploadFields.safeParse(raw);
  if (!fields.success) {
    const details = fields.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
    throw badRequest(ErrorCode.validationFailed, `Invalid input: ${details.map((d) => d.field).join(', ')}.`, details);
  }
  return { data, fields: fields.data };
}
