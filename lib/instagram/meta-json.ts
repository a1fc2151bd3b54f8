/**
 * Meta sends some ids as bare JSON numbers that exceed 2^53 (`"user_id": 28524542100518920`),
 * which JSON.parse would round. Quoting them in the raw text first keeps every digit.
 */
export function parseMetaJson(raw: string, idKeys: readonly string[] = ["user_id", "id", "recipient_id"]): unknown {
  const keys = idKeys.map((key) => key.replace(/[^\w]/g, "")).join("|");
  return JSON.parse(raw.replace(new RegExp(`("(?:${keys})"\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`, "g"), '$1"$2"'));
}
