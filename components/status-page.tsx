import type { ReactNode } from "react";
import { Icon, type IconName } from "@/components/ui/icons";

/** Full-page message for 403, 404 and similar dead ends: what happened and one way out. */
export function StatusPage({ icon, code, title, body, action }: { icon: IconName; code?: string; title: string; body: string; action?: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-6 py-16">
      <div className="max-w-md text-center">
        <div className="mx-auto mb-5 flex size-14 items-center justify-center rounded-full bg-white text-indigo-600 shadow-sm ring-1 ring-slate-200">
          <Icon name={icon} className="size-7" />
        </div>
        {code && <p className="text-sm font-semibold text-indigo-600">{code}</p>}
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <p className="mt-3 text-sm text-slate-600">{body}</p>
        {action && <div className="mt-8">{action}</div>}
      </div>
    </main>
  );
}
