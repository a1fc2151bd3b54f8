"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";

/** A read-only value to paste somewhere else, with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useTranslations("AppConfig");
  const toast = useToast();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast(t("copied", { name: label }));
    } catch {
      toast(t("copyFailed"));
    }
  };
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          dir="ltr"
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-lg border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600"
        />
        <Button
          variant="secondary"
          aria-label={t("copyLabel", { name: label })}
          onClick={() => void copy()}
        >
          {t("copy")}
        </Button>
      </div>
    </div>
  );
}
