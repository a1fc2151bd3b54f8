import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/status-page";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Forbidden");
  return (
    <StatusPage icon="lock" code="403" title={t("title")} body={t("body")}
      action={<Link href="/" className={buttonClass("primary")}>{t("back")}</Link>} />
  );
}
