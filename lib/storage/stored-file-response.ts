import fs from "node:fs";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import { resolveStoragePath } from "@/lib/storage/download-file";

/**
 * A copied file, streamed. Customers' files are served as files, never as pages of this
 * site: no sniffing, and a sandbox so that an SVG or HTML upload cannot run script here.
 */
export function storedFileResponse(file: { storagePath: string; contentType: string | null }, { download = false } = {}): Response {
  const filePath = resolveStoragePath(file.storagePath);
  if (!fs.existsSync(filePath)) throw new AppError("NOT_FOUND");
  const { size } = fs.statSync(filePath);
  return new Response(Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType ?? "application/octet-stream",
      "Content-Length": String(size),
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=86400",
      ...(download ? { "Content-Disposition": "attachment" } : {}),
    },
  });
}
