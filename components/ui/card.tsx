import { useId, type ReactNode } from "react";

const tones = {
  default: { frame: "ring-slate-200", title: "text-slate-900" },
  danger: { frame: "ring-red-200", title: "text-red-800" },
} as const;

/** A titled panel; its title names the region for screen readers. `danger` frames what cannot be undone. */
export function Card({
  title,
  description,
  tone = "default",
  children,
}: {
  title?: string;
  description?: string;
  tone?: keyof typeof tones;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={title ? id : undefined}
      className={`rounded-2xl bg-white p-6 shadow-sm ring-1 ${tones[tone].frame}`}
    >
      {title && (
        <h2 id={id} className={`text-base font-semibold ${tones[tone].title}`}>
          {title}
        </h2>
      )}
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className={title || description ? "mt-5" : undefined}>{children}</div>
    </section>
  );
}
