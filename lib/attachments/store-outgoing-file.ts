import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attachmentFolder } from "@/lib/attachments/download-attachment";
import type { OutgoingAttachmentType } from "@/lib/attachments/outgoing-attachment";
import { resolveStoragePath } from "@/lib/storage/download-file";

/** A file an agent attaches, already checked (outgoing-attachment.ts). */
export type OutgoingFile = { type: OutgoingAttachmentType; contentType: string; bytes: Uint8Array };

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "video/mp4": "mp4",
  "video/ogg": "ogv",
  "video/x-msvideo": "avi",
  "video/quicktime": "mov",
  "video/webm": "webm",
  "audio/aac": "aac",
  "audio/mp4": "m4a",
  "audio/wav": "wav",
  "application/pdf": "pdf",
};

/**
 * Stores the file under the message's folder, where incoming media lives too (so that removing
 * an inbox removes it), and its attachment row, inside the reply's transaction. The file is
 * written to a temporary name and renamed, so that Meta never fetches half of it.
 */
export async function storeOutgoingFile(tx: Prisma.TransactionClient, messageId: number, file: OutgoingFile): Promise<void> {
  const storagePath = `${attachmentFolder(messageId)}/0.${EXTENSIONS[file.contentType] ?? "bin"}`;
  const target = resolveStoragePath(storagePath);
  await tx.messageAttachment.create({
    data: { messageId, position: 0, type: file.type, fileStatus: "stored", storagePath, contentType: file.contentType, byteSize: file.bytes.byteLength },
  });
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.part`;
  try {
    await fs.writeFile(temporary, file.bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Undoes storeOutgoingFile when the reply's transaction did not commit. */
export async function removeOutgoingFile(messageId: number): Promise<void> {
  await fs.rm(resolveStoragePath(attachmentFolder(messageId)), { recursive: true, force: true });
}
