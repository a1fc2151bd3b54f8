"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { ContactAvatar } from "@/components/conversations/contact-avatar";
import { contactLabel } from "@/components/conversations/contact-label";
import { ConversationFilterBar, DEFAULT_FILTERS, type ListFilters } from "@/components/conversations/conversation-filters";
import { LocalTime } from "@/components/conversations/local-time";
import { messagePreview } from "@/components/conversations/message-preview";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import type { ConversationPage } from "@/lib/conversations/list-conversations";

export const conversationsKey = (accountId: number) => ["conversations", accountId] as const;

async function fetchPage(accountId: number, filters: ListFilters, cursor: string | undefined): Promise<ConversationPage> {
  const query = new URLSearchParams({ status: filters.status, assignee: filters.assignee });
  if (filters.inbox) query.set("inbox", String(filters.inbox));
  if (filters.q) query.set("q", filters.q);
  if (cursor) query.set("cursor", cursor);
  const response = await fetch(`/api/accounts/${accountId}/conversations?${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`conversations: ${response.status}`);
  return (await response.json()) as ConversationPage;
}

/**
 * The conversation list: filters and search, newest activity first, unread counts, more pages
 * as the reader scrolls. Kept fresh by the live updates (they invalidate its query).
 * Keyboard: ↑/↓ move between conversations, Enter opens one.
 */
export function ConversationList({
  accountId,
  inboxes,
  initialPage,
  selectedId,
}: {
  accountId: number;
  inboxes: { id: number; name: string }[];
  initialPage: ConversationPage;
  selectedId?: number;
}) {
  const t = useTranslations("Conversations");
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ListFilters>(DEFAULT_FILTERS);
  const isDefault = JSON.stringify(filters) === JSON.stringify(DEFAULT_FILTERS);
  const query = useInfiniteQuery({
    queryKey: [...conversationsKey(accountId), filters],
    queryFn: ({ pageParam }) => fetchPage(accountId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The server rendered the first page of the default view: no loading state on arrival.
    initialData: isDefault ? { pages: [initialPage], pageParams: [undefined] } : undefined,
    staleTime: isDefault ? 5_000 : 0,
  });

  // Opening a conversation reads it: the list's unread counts change.
  useEffect(() => {
    if (selectedId) void queryClient.invalidateQueries({ queryKey: conversationsKey(accountId) });
  }, [accountId, selectedId, queryClient]);

  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const conversations = query.data?.pages.flatMap((page) => page.conversations) ?? [];

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-conversation]")];
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === "ArrowDown" ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
    links[current === -1 ? 0 : next]!.focus();
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ConversationFilterBar filters={filters} onChange={setFilters} inboxes={inboxes} />
      <nav aria-label={t("listLabel")} aria-busy={query.isFetching} className="min-h-0 flex-1 overflow-y-auto">
        {query.isPending && <ListSkeleton />}
        {query.isError && (
          <div className="space-y-2 p-4">
            <Notice>{t("listError")}</Notice>
            <Button variant="secondary" onClick={() => void query.refetch()}>
              {t("retry")}
            </Button>
          </div>
        )}
        {query.isSuccess && conversations.length === 0 && (
          <p className="p-6 text-center text-sm text-slate-600">{isDefault ? t("noOpenConversations") : t("noMatches")}</p>
        )}
        <ul className="divide-y divide-slate-100" onKeyDown={onKeyDown}>
          {conversations.map((conversation) => {
            const label = contactLabel(conversation.contact, t);
            const selected = conversation.id === selectedId;
            const unread = selected ? 0 : conversation.unread;
            return (
              <li key={conversation.id}>
                <Link
                  data-conversation
                  href={`/app/accounts/${accountId}/conversations/${conversation.id}`}
                  aria-current={selected ? "page" : undefined}
                  className={`flex gap-3 px-4 py-3 outline-none hover:bg-slate-50 focus-visible:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 ${selected ? "bg-indigo-50" : ""}`}
                >
                  <ContactAvatar accountId={accountId} contact={conversation.contact} label={label} />
                  <span className="min-w-0 flex-1">
                    <span className="flex items-baseline justify-between gap-2">
                      <span className={`truncate text-sm text-slate-900 ${unread > 0 ? "font-semibold" : "font-medium"}`}>{label}</span>
                      <LocalTime date={conversation.lastActivityAt} format="relativeDay" className="shrink-0 text-xs text-slate-600" />
                    </span>
                    <span className="mt-0.5 flex items-center gap-2">
                      <span dir="auto" className={`block min-w-0 flex-1 truncate text-sm ${unread > 0 ? "text-slate-900" : "text-slate-600"}`}>
                        {conversation.lastMessage ? messagePreview(conversation.lastMessage, t) : t("noMessages")}
                      </span>
                      {unread > 0 && (
                        <span className="shrink-0 rounded-full bg-indigo-600 px-1.5 text-xs font-semibold text-white">
                          {unread}
                          <span className="sr-only"> {t("unread", { count: unread })}</span>
                        </span>
                      )}
                    </span>
                    <span className="mt-1 flex items-center gap-2 text-xs text-slate-600">
                      <span className="truncate">{conversation.inbox.name}</span>
                      {conversation.assignee && <span className="truncate">· {conversation.assignee.name}</span>}
                      {conversation.status === "resolved" && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{t("statusResolved")}</span>}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        {hasNextPage && (
          <div ref={sentinel} className="p-3 text-center">
            <Button variant="ghost" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
              {isFetchingNextPage ? t("loadingMore") : t("loadMore")}
            </Button>
          </div>
        )}
      </nav>
    </div>
  );
}

function ListSkeleton() {
  return (
    <ul aria-hidden className="divide-y divide-slate-100">
      {Array.from({ length: 6 }, (_, index) => (
        <li key={index} className="flex animate-pulse gap-3 px-4 py-3">
          <span className="size-10 rounded-full bg-slate-200" />
          <span className="flex-1 space-y-2 py-1">
            <span className="block h-3 w-2/3 rounded bg-slate-200" />
            <span className="block h-3 w-5/6 rounded bg-slate-100" />
          </span>
        </li>
      ))}
    </ul>
  );
}
