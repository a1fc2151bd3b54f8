import { getTranslations } from "next-intl/server";
import { ContactAvatar } from "@/components/conversations/contact-avatar";
import type { ConversationThread } from "@/lib/conversations/get-conversation";

/** Who the customer is, as far as Instagram has shared it. */
export async function ContactPanel({ accountId, conversation, label }: { accountId: number; conversation: ConversationThread; label: string }) {
  const t = await getTranslations("Conversations");
  const { contact } = conversation;
  return (
    <aside aria-label={t("contact")} className="hidden w-72 shrink-0 overflow-y-auto border-s border-slate-200 bg-white p-5 xl:block">
      <div className="flex flex-col items-center text-center">
        <ContactAvatar accountId={accountId} contact={contact} label={label} size="lg" />
        <p className="mt-3 flex items-center gap-1 font-semibold text-slate-900">
          {label}
          {contact.verified && (
            <span className="text-sky-500" title={t("verified")}>
              <span aria-hidden>✔</span>
              <span className="sr-only">{t("verified")}</span>
            </span>
          )}
        </p>
        {contact.username && (
          <a href={`https://www.instagram.com/${contact.username}`} target="_blank" rel="noopener noreferrer" className="text-sm text-indigo-700 underline">
            @{contact.username}
          </a>
        )}
        {contact.followerCount !== null && <p className="mt-1 text-sm text-slate-600">{t("followers", { count: contact.followerCount })}</p>}
      </div>
      {!contact.name && !contact.username && <p className="mt-4 text-sm text-slate-500">{t("profilePending")}</p>}
      <dl className="mt-6 text-sm">
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("inbox")}</dt>
        <dd className="mt-1 text-slate-800">{conversation.inbox.name}</dd>
      </dl>
    </aside>
  );
}
