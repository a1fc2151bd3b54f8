import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "lib/generated/**", "data/**", "data-*/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // Playwright fixtures receive a callback named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Pages and components reach the database only through lib/ domain functions.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Call a domain function in lib/ instead." }] }],
    },
  },
  {
    // process.env is read in lib/env.ts only (instrumentation.ts checks Next's runtime flag).
    // Tests may set it up before env() reads it.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/env.ts", "instrumentation.ts", "*.config.ts", "e2e/**", "scripts/**", "**/*.test.ts", "lib/testing/**"],
    rules: { "no-restricted-properties": ["error", { object: "process", property: "env", message: "Use env() from @/lib/env." }] },
  },
];

export default config;
