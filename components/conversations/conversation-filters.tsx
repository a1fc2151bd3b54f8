"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

export type ListFilters = { status: "open" | "resolved" | "all"; assignee: "me" | "unassigned" | "all"; inbox?: number; q?: string };

export const DEFAULT_FILTERS: ListFilters = { status: "open", assignee: "all" };

const SEARCH_DELAY_MS = 300;

const selectClass = "mt-0.5 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800";
const labelClass = "block min-w-0 flex-1 text-xs font-medium text-slate-600";

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
  const searchId = useId();
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
      <label htmlFor={searchId} className={labelClass}>
        {t("search")}
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("searchPlaceholder")}
        className="mt-0.5 w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
      />
      <div className="flex gap-2">
        <label className={labelClass}>
          {t("status")}
          <select value={filters.status} onChange={(event) => onChange({ ...filters, status: event.target.value as ListFilters["status"] })} className={selectClass}>
            <option value="open">{t("statusOpen")}</option>
            <option value="resolved">{t("statusResolved")}</option>
            <option value="all">{t("statusAll")}</option>
          </select>
        </label>
        <label className={labelClass}>
          {t("assignee")}
          <select value={filters.assignee} onChange={(event) => onChange({ ...filters, assignee: event.target.value as ListFilters["assignee"] })} className={selectClass}>
            <option value="all">{t("assigneeAll")}</option>
            <option value="me">{t("assigneeMe")}</option>
            <option value="unassigned">{t("assigneeNone")}</option>
          </select>
        </label>
      </div>
      {inboxes.length > 1 && (
        <label className={labelClass}>
          {t("inbox")}
          <select
            value={filters.inbox ?? ""}
            onChange={(event) => onChange({ ...filters, inbox: event.target.value ? Number(event.target.value) : undefined })}
            className={selectClass}
          >
            <option value="">{t("inboxAll")}</option>
            {inboxes.map((inbox) => (
              <option key={inbox.id} value={inbox.id}>
                {inbox.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
