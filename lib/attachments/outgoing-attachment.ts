/**
 * What an agent may send to Instagram (instagram-platform.md §8, "Media by URL"): Meta fetches
 * the file by URL and accepts these types up to these sizes. One table for the composer (the
 * browser's declared type, for an answer before uploading) and the server (the file's content).
 */
export type OutgoingAttachmentType = "image" | "video" | "audio" | "file";

const MB = 1024 * 1024;
export const MAX_BYTES: Record<OutgoingAttachmentType, number> = { image: 8 * MB, video: 25 * MB, audio: 25 * MB, file: 25 * MB };
/** The largest upload of all: a body above this is refused before it is read. */
export const MAX_ATTACHMENT_BYTES = Math.max(...Object.values(MAX_BYTES));

/** Content types Meta takes, each with its Send API type; aliases browsers use map to one of them. */
const CONTENT_TYPES: Record<string, OutgoingAttachmentType> = {
  "image/png": "image",
  "image/jpeg": "image",
  "image/gif": "image",
  "video/mp4": "video",
  "video/ogg": "video",
  "video/x-msvideo": "video",
  "video/quicktime": "video",
  "video/webm": "video",
  "audio/aac": "audio",
  "audio/mp4": "audio",
  "audio/wav": "audio",
  "application/pdf": "file",
};
const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "video/avi": "video/x-msvideo",
  "video/msvideo": "video/x-msvideo",
  "audio/x-m4a": "audio/mp4",
  "audio/m4a": "audio/mp4",
  "audio/x-wav": "audio/wav",
  "audio/wave": "audio/wav",
  "audio/vnd.wave": "audio/wav",
  "audio/x-aac": "audio/aac",
};

/** For the file picker's `accept`. */
export const ACCEPTED_CONTENT_TYPES = [...Object.keys(CONTENT_TYPES), ...Object.keys(ALIASES)].join(",");

export type AttachmentRefusal = "empty" | "unsupportedType" | "tooLarge";
export type AttachmentCheck =
  | { ok: true; type: OutgoingAttachmentType; contentType: string }
  | { ok: false; reason: AttachmentRefusal; type?: OutgoingAttachmentType; maxBytes?: number };

/** Whether a file of this content type and size may be sent, and as what. */
export function checkAttachment(contentType: string | undefined, byteSize: number): AttachmentCheck {
  const normalized = contentType?.split(";")[0]!.trim().toLowerCase() ?? "";
  const canonical = ALIASES[normalized] ?? normalized;
  const type = CONTENT_TYPES[canonical];
  if (!type) return { ok: false, reason: "unsupportedType" };
  if (byteSize === 0) return { ok: false, reason: "empty", type };
  if (byteSize > MAX_BYTES[type]) return { ok: false, reason: "tooLarge", type, maxBytes: MAX_BYTES[type] };
  return { ok: true, type, contentType: canonical };
}

const ascii = (bytes: Uint8Array, start: number, text: string) => text.split("").every((char, i) => bytes[start + i] === char.charCodeAt(0));

/**
 * The content type a file's first bytes show, among those Meta takes; undefined for anything
 * else. The server trusts this, not the name or the type the browser declared.
 */
export function sniffContentType(head: Uint8Array): string | undefined {
  if (head[0] === 0x89 && ascii(head, 1, "PNG\r\n\x1a\n")) return "image/png";
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) return "image/gif";
  if (ascii(head, 0, "%PDF-")) return "application/pdf";
  if (ascii(head, 0, "OggS")) return "video/ogg";
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "video/webm";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return "audio/wav";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "AVI ")) return "video/x-msvideo";
  if (ascii(head, 4, "ftyp")) {
    if (ascii(head, 8, "M4A ") || ascii(head, 8, "M4B ")) return "audio/mp4";
    if (ascii(head, 8, "qt  ")) return "video/quicktime";
    return "video/mp4";
  }
  // ADTS AAC: a 12-bit sync word, then layer 0.
  if (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xf6) === 0xf0) return "audio/aac";
  return undefined;
}
