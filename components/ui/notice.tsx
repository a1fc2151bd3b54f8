import type { ReactNode } from "react";

const tones = {
  error: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
} as const;

/** An inline error or warning beside what it concerns (successes go to the toaster). */
export function Notice({
  tone = "error",
  children,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
}) {
  return (
    <p role="alert" className={`rounded-lg px-3 py-2 text-sm ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </p>
  );
}
