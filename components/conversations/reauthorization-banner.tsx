import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { reauthorizePath } from "@/lib/instagram/connect-paths";

/** Shown where replies would go out while the inbox's Instagram token is dead. */
export async function ReauthorizationBanner({ accountId, inboxId, canReauthorize }: { accountId: number; inboxId: number; canReauthorize: boolean }) {
  const t = await getTranslations("Conversations.reauthorize");
  return (
    <div role="alert" className="border-b border-red-200 bg-red-50 px-5 py-2.5 text-sm text-red-800">
      {canReauthorize ? t("admin") : t("agent")}{" "}
      {canReauthorize && (
        <Link href={reauthorizePath(accountId, inboxId)} className="font-medium underline">
          {t("link")}
        </Link>
      )}
    </div>
  );
}
