import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSelect } from "@/components/shell/language-select";
import { Logo } from "@/components/ui/logo";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { landingPath } from "@/lib/auth/landing-path";
import { redirect } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("submit") };
}

export default async function LoginPage() {
  await connection();
  const user = await getCurrentUser();
  if (user) return redirect({ href: await landingPath(user), locale: await getLocale() });
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-indigo-50 via-slate-50 to-slate-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Logo name={t("Common.appName")} />
        </div>
        <div className="rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("Login.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("Login.subtitle")}</p>
          <LoginForm />
        </div>
        <div className="mx-auto mt-6 w-56">
          <LanguageSelect />
        </div>
      </div>
    </main>
  );
}
