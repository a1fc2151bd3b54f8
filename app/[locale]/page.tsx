import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { landingPath } from "@/lib/auth/landing-path";
import { redirect } from "@/i18n/navigation";

export default async function Home() {
  await connection();
  const user = await getCurrentUser();
  const locale = await getLocale();
  return redirect({ href: user ? await landingPath(user) : "/login", locale });
}
