import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";

export default async function SettingsHome({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  return redirect({ href: `/app/accounts/${accountId}/settings/inboxes`, locale: await getLocale() });
}
