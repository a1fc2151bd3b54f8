"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { useRouter } from "@/i18n/navigation";

export function AccountSwitcher({ accounts, currentAccountId }: { accounts: { id: number; name: string }[]; currentAccountId: number }) {
  const t = useTranslations("Shell");
  const router = useRouter();
  const current = accounts.find((account) => account.id === currentAccountId);
  if (accounts.length < 2) {
    return (
      <div className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
        <p className="text-xs text-slate-500">{t("account")}</p>
        <p className="truncate text-sm font-medium text-slate-900">{current?.name}</p>
      </div>
    );
  }
  return (
    <SelectField
      label={t("switchAccount")}
      value={currentAccountId}
      onChange={(event) => router.push(`/app/accounts/${event.target.value}/conversations`)}
    >
      {accounts.map((account) => (
        <option key={account.id} value={account.id}>
          {account.name}
        </option>
      ))}
    </SelectField>
  );
}
