/** What to call a contact: their name, else @username, else a stable stand-in from the IGSID. */
export function contactLabel(
  contact: { name: string | null; username: string | null; igsid: string },
  t: (key: "instagramUser", values: { suffix: string }) => string,
): string {
  return contact.name ?? (contact.username ? `@${contact.username}` : t("instagramUser", { suffix: contact.igsid.slice(-4) }));
}
