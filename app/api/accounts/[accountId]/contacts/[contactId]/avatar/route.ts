// GET /api/accounts/{accountId}/contacts/{contactId}/avatar — the contact's copied picture.
import { findAvatarFile } from "@/lib/attachments/find-stored-files";
import { parseId } from "@/lib/auth/parse-id";
import { routeViewer } from "@/lib/auth/route-viewer";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { storedFileResponse } from "@/lib/storage/stored-file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; contactId: string }> }) {
  try {
    const { accountId, contactId } = await params;
    const viewer = await routeViewer(accountId);
    const id = parseId(contactId);
    const file = id === null ? null : await findAvatarFile(viewer, id);
    if (!file) throw new AppError("NOT_FOUND");
    return storedFileResponse(file);
  } catch (error) {
    return toErrorResponse(error);
  }
}
