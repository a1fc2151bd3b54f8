"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

export type ListFilters = { status: "open" | "resolved" | "all"; assignee: "me" | "unassigned" | "all"; inbox?: number; q?: string };

export const DEFAULT_FILTERS: ListFilters = { status: "open", assignee: "all" };

const SEARCH_DELAY_MS = 300;

const selectClass = "min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800";

/** Status, assignee and inbox filters, and a search by name, username or message text. */
export function ConversationFilterBar({
  filters,
  onChange,
  inboxes,
}: {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  inboxes: { id: number; name: string }[];
}) {
  const t = useTranslations("Conversations.filters");
  const ids = { status: useId(), assignee: useId(), inbox: useId(), search: useId() };
  const [search, setSearch] = useState(filters.q ?? "");

  // Searching waits for a pause in typing, not every key.
  useEffect(() => {
    const q = search.trim() || undefined;
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  return (
    <div className="space-y-2 border-b border-slate-200 px-4 py-3">
      <label htmlFor={ids.search} className="sr-only">
        {t("search")}
      </label>
      <input
        id={ids.search}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("searchPlaceholder")}
        className="w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
      />
      <div className="flex gap-2">
        <label htmlFor={ids.status} className="sr-only">
          {t("status")}
        </label>
        <select id={ids.status} value={filters.status} onChange={(event) => onChange({ ...filters, status: event.target.value as ListFilters["status"] })} className={selectClass}>
          <option value="open">{t("statusOpen")}</option>
          <option value="resolved">{t("statusResolved")}</option>
          <option value="all">{t("statusAll")}</option>
        </select>
        <label htmlFor={ids.assignee} className="sr-only">
          {t("assignee")}
        </label>
        <select id={ids.assignee} value={filters.assignee} onChange={(event) => onChange({ ...filters, assignee: event.target.value as ListFilters["assignee"] })} className={selectClass}>
          <option value="all">{t("assigneeAll")}</option>
          <option value="me">{t("assigneeMe")}</option>
          <option value="unassigned">{t("assigneeNone")}</option>
        </select>
      </div>
      {inboxes.length > 1 && (
        <>
          <label htmlFor={ids.inbox} className="sr-only">
            {t("inbox")}
          </label>
          <select
            id={ids.inbox}
            value={filters.inbox ?? ""}
            onChange={(event) => onChange({ ...filters, inbox: event.target.value ? Number(event.target.value) : undefined })}
            className={`${selectClass} w-full`}
          >
            <option value="">{t("inboxAll")}</option>
            {inboxes.map((inbox) => (
              <option key={inbox.id} value={inbox.id}>
                {inbox.name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
