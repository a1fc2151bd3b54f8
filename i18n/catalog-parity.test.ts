import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type Catalog = { [key: string]: string | Catalog };

const load = (locale: string): Catalog =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../messages", `${locale}.json`), "utf8"));

/** Every leaf as "Namespace.key" → its message. */
function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** The ICU argument names a message uses: `{name}`, `{count, plural, ...}`, and `#`-free nested ones. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

const english = flatten(load("en"));

describe.each(routing.locales.filter((locale) => locale !== "en"))("messages/%s.json", (locale) => {
  const catalog = flatten(load(locale));

  it("has exactly the keys of en.json", () => {
    expect([...catalog.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !catalog.has(key))).toEqual([]);
  });

  it("uses the same ICU placeholders as en.json in every message", () => {
    const differing = [...english].filter(([key, message]) => {
      const translated = catalog.get(key);
      return translated !== undefined && placeholders(translated).join() !== placeholders(message).join();
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("is translated, not a copy of English", () => {
    const prose = [...english].filter(([key, message]) => !key.startsWith("Locales.") && /[a-z]{4,} [a-z]{4,}/.test(message));
    const copied = prose.filter(([key, message]) => catalog.get(key) === message).map(([key]) => key);
    expect(copied.length, `copied from English: ${copied.join(", ")}`).toBeLessThan(prose.length * 0.05);
  });
});
