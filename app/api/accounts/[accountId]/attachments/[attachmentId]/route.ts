// GET /api/accounts/{accountId}/attachments/{attachmentId} — a copied attachment, for members
// who can see its conversation. ?download=1 saves it instead of showing it.
import { findAttachmentFile } from "@/lib/attachments/find-stored-files";
import { parseId } from "@/lib/auth/parse-id";
import { routeViewer } from "@/lib/auth/route-viewer";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { storedFileResponse } from "@/lib/storage/stored-file-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string; attachmentId: string }> }) {
  try {
    const { accountId, attachmentId } = await params;
    const viewer = await routeViewer(accountId);
    const id = parseId(attachmentId);
    const file = id === null ? null : await findAttachmentFile(viewer, id);
    if (!file) throw new AppError("NOT_FOUND");
    return storedFileResponse(file, { download: new URL(request.url).searchParams.has("download") });
  } catch (error) {
    return toErrorResponse(error);
  }
}
