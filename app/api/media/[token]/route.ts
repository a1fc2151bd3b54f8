// GET /api/media/{token} — an agent's attachment, for Meta to fetch when sending it (§8, media
// by URL). No session: the signed token (media-url.ts) is the permission, for a week.
import { readMediaToken } from "@/lib/attachments/media-url";
import { findOutgoingAttachmentFile } from "@/lib/attachments/find-stored-files";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { storedFileResponse } from "@/lib/storage/stored-file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const token = readMediaToken((await params).token);
    // Expired or forged alike: nothing here to see.
    if (!("attachmentId" in token)) throw new AppError("NOT_FOUND");
    const file = await findOutgoingAttachmentFile(token.attachmentId);
    if (!file) throw new AppError("NOT_FOUND");
    return storedFileResponse(file);
  } catch (error) {
    return toErrorResponse(error);
  }
}
