import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";

export default async function SuperAdminHome() {
  return redirect({ href: "/super_admin/accounts", locale: await getLocale() });
}
