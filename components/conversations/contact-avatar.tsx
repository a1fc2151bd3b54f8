/** The contact's copied picture (served by the app, never hot-linked), or their initial. */
export function ContactAvatar({ accountId, contact, label, size = "md" }: { accountId: number; contact: { id: number; avatarPath: string | null }; label: string; size?: "md" | "lg" }) {
  const box = size === "lg" ? "size-16 text-xl" : "size-10 text-sm";
  if (contact.avatarPath) {
    // eslint-disable-next-line @next/next/no-img-element -- an authorized file route, not a static asset
    return <img src={`/api/accounts/${accountId}/contacts/${contact.id}/avatar`} alt="" className={`${box} shrink-0 rounded-full object-cover ring-1 ring-slate-200`} />;
  }
  const initial = label.replace(/^[@…\s]+/, "").slice(0, 1).toUpperCase() || "?";
  return (
    <span aria-hidden className={`${box} flex shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-600`}>
      {initial}
    </span>
  );
}
