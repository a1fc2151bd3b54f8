import { notFound } from "next/navigation";
import { listAgents } from "@/lib/agents/list-agents";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { parseId } from "@/lib/auth/parse-id";
import { getInbox } from "@/lib/inboxes/list-inboxes";

/** What both inbox pages need: the guarded inbox of this account and the account's people. */
export async function loadInboxPage(params: Promise<{ accountId: string; inboxId: string }>) {
  const segments = await params;
  const { accountId } = await guardAccountPage(segments.accountId, "administrator");
  const inboxId = parseId(segments.inboxId);
  const inbox = inboxId ? await getInbox({ accountId, inboxId }) : null;
  if (!inbox) notFound();
  const people = await listAgents({ accountId });
  return { accountId, inbox, people, memberIds: inbox.members.map((m) => m.userId) };
}
