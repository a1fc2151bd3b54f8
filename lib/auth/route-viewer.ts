import { assertAccountAccess } from "@/lib/auth/assert-account-access";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { parseId } from "@/lib/auth/parse-id";
import type { Viewer } from "@/lib/conversations/visible-inboxes";
import { AppError } from "@/lib/errors/app-error";

/** Route handlers inside an account: the signed-in member, or UNAUTHENTICATED / NOT_FOUND. */
export async function routeViewer(accountIdSegment: string): Promise<Viewer> {
  const user = await getCurrentUser();
  const accountId = parseId(accountIdSegment);
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (accountId === null) throw new AppError("NOT_FOUND");
  const { role } = await assertAccountAccess({ userId: user.id, accountId });
  return { accountId, userId: user.id, role };
}
