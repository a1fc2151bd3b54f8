import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/status-page";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { landingPath } from "@/lib/auth/landing-path";
import { guardSignedIn } from "@/lib/auth/page-guards";
import { redirect } from "@/i18n/navigation";

/** /app: a member goes to their first account; someone without any account learns what to do. */
export default async function AppHome() {
  await connection();
  const user = await guardSignedIn();
  const path = await landingPath(user);
  if (path !== "/app") return redirect({ href: path, locale: await getLocale() });
  const t = await getTranslations("NoAccount");
  return <StatusPage icon="building" title={t("title")} body={t("body")} action={<SignOutButton />} />;
}
