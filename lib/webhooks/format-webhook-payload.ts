export type FormattedPayload = { format: "json" | "text"; text: string } | { format: "binary"; text: null };

export const REDACTED = "[redacted]";
const SECRET_KEY = /token|secret|password/i;

// One JSON token: a string, a number, a literal or punctuation (the text is known to be valid JSON).
const TOKEN = /\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,])/y;
// A key that names a secret, then its value, in text that is not JSON (form data, a cut body).
const SECRET_PAIR = /((?:"[^"]*(?:token|secret|password)[^"]*"|[\w.-]*(?:token|secret|password)[\w.-]*)\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s&,;}\]]+)/gi;

/**
 * A stored delivery for a person to read: pretty JSON when it parses, else the text, else
 * nothing (not UTF-8). Values under keys that name a token, secret or password are replaced:
 * a payload should never carry one, and this page must never show one.
 */
export function formatWebhookPayload(body: Uint8Array): FormattedPayload {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { format: "binary", text: null };
  }
  try {
    JSON.parse(text);
  } catch {
    return { format: "text", text: redactText(text) };
  }
  try {
    return { format: "json", text: prettyJson(text) };
  } catch {
    // Nesting too deep for the recursion: show the text as it came.
    return { format: "text", text: redactText(text) };
  }
}

function redactText(text: string): string {
  return text.replace(SECRET_PAIR, (_, key: string, value: string) => `${key}${value.startsWith('"') ? `"${REDACTED}"` : REDACTED}`);
}

/**
 * Like JSON.stringify(JSON.parse(text), null, 2) with secrets redacted, except that numbers
 * keep their digits: an id above 2^53 sent as a number would otherwise show rounded.
 */
function prettyJson(text: string): string {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) tokens.push(match[1]!);
  let next = 0;
  const value = (depth: number): string => {
    const open = tokens[next++]!;
    if (open !== "{" && open !== "[") return open.startsWith('"') ? JSON.stringify(JSON.parse(open)) : open;
    const close = open === "{" ? "}" : "]";
    if (tokens[next] === close) {
      next += 1;
      return open + close;
    }
    const indent = "  ".repeat(depth + 1);
    const items: string[] = [];
    do {
      if (open === "[") {
        items.push(indent + value(depth + 1));
        continue;
      }
      const key = JSON.parse(tokens[next]!) as string;
      next += 2; // the key and its colon
      const member = value(depth + 1);
      items.push(`${indent}${JSON.stringify(key)}: ${SECRET_KEY.test(key) ? JSON.stringify(REDACTED) : member}`);
    } while (tokens[next++] === ",");
    return `${open}\n${items.join(",\n")}\n${"  ".repeat(depth)}${close}`;
  };
  return value(0);
}
