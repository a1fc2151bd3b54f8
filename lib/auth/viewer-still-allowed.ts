import type { Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";

/**
 * Whether a viewer admitted earlier (an open live stream) may still see what they saw: still a
 * member of the account, in the same role. Needs no request: it runs long after the stream's
 * request was checked. A changed role also ends the stream; the browser reconnects with the new one.
 */
export async function viewerStillAllowed(viewer: Viewer): Promise<boolean> {
  const client = await db();
  const membership = await client.accountUser.findUnique({
    where: { accountId_userId: { accountId: viewer.accountId, userId: viewer.userId } },
    select: { role: true },
  });
  return membership?.role === viewer.role;
}
