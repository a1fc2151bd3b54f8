import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after, connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { contactLabel } from "@/components/conversations/contact-label";
import { Thread } from "@/components/conversations/thread";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { parseId } from "@/lib/auth/parse-id";
import { getConversation } from "@/lib/conversations/get-conversation";
import { markConversationRead } from "@/lib/conversations/list-conversations";
import { requestMarkSeen } from "@/lib/messages/mark-seen";

type Params = { params: Promise<{ accountId: string; conversationId: string }> };

async function load({ params }: Params) {
  await connection();
  const segments = await params;
  const { user, accountId, role } = await guardAccountPage(segments.accountId);
  const conversationId = parseId(segments.conversationId);
  const viewer = { accountId, userId: user.id, role };
  const conversation = conversationId === null ? null : await getConversation(viewer, conversationId);
  if (!conversation) notFound();
  return { viewer, conversation };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { conversation } = await load(props);
  return { title: contactLabel(conversation.contact, await getTranslations("Conversations")) };
}

export default async function ConversationPage(props: Params) {
  const { viewer, conversation } = await load(props);
  // Rendered again on every live change while open: what arrives while the viewer looks is read.
  await markConversationRead(viewer.userId, conversation.id);
  // Instagram hears that the business saw the messages once the page is on its way (opt-in per inbox).
  after(() => requestMarkSeen(viewer, conversation.id));
  return <Thread viewer={viewer} conversation={conversation} />;
}
