import type { ReactNode } from "react";

/** An ordered list of steps, each with its number in a badge. */
export function NumberedSteps({ steps }: { steps: { key: string; content: ReactNode }[] }) {
  return (
    <ol className="space-y-3">
      {steps.map(({ key, content }, index) => (
        <li key={key} className="flex gap-3 text-sm text-slate-700">
          <span aria-hidden className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-xs font-semibold text-indigo-700">
            {index + 1}
          </span>
          <span className="pt-0.5">{content}</span>
        </li>
      ))}
    </ol>
  );
}
