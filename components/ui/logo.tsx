export function Logo({ name }: { name: string }) {
  return (
    <span className="flex items-center gap-2.5">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-lg bg-gradient-to-br from-amber-400 via-pink-500 to-violet-600 text-white shadow-sm"
      >
        <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2}>
          <path strokeLinecap="round" strokeLinejoin="round" d="M4 7h10M4 12h16M10 17h10" />
        </svg>
      </span>
      <span className="text-base font-semibold tracking-tight text-slate-900">{name}</span>
    </span>
  );
}
