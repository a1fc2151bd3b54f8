import { z } from "zod";

/** One `entry[].messaging[]` item, told apart by the one key it carries (§7b–§7e). */
const party = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) });
const base = { sender: party, recipient: party, timestamp: z.number() };

const attachmentSchema = z.looseObject({
  type: z.string(),
  payload: z
    .looseObject({ url: z.string().optional(), title: z.string().optional(), reel_video_id: z.string().optional() })
    .nullish(),
});

const replyToSchema = z.union([
  z.looseObject({ mid: z.string() }),
  z.looseObject({ story: z.looseObject({ url: z.string().optional(), id: z.string() }) }),
]);

const referralSchema = z.looseObject({
  ref: z.string().optional(),
  source: z.string().optional(),
  type: z.string().optional(),
  ad_id: z.string().optional(),
  ads_context_data: z.looseObject({}).optional(),
});

const messageSchema = z.looseObject({
  mid: z.string(),
  text: z.string().optional(),
  attachments: z.array(attachmentSchema).optional(),
  is_echo: z.boolean().optional(),
  is_deleted: z.boolean().optional(),
  is_unsupported: z.boolean().optional(),
  quick_reply: z.looseObject({ payload: z.string() }).optional(),
  reply_to: replyToSchema.optional(),
  referral: referralSchema.optional(),
});

const schemas = {
  message: z.looseObject({ ...base, message: messageSchema }),
  message_edit: z.looseObject({ ...base, message_edit: z.looseObject({ mid: z.string(), text: z.string().optional(), num_edit: z.number() }) }),
  reaction: z.looseObject({
    ...base,
    reaction: z.looseObject({ mid: z.string(), action: z.enum(["react", "unreact"]), reaction: z.string().optional(), emoji: z.string().optional() }),
  }),
  read: z.looseObject({ ...base, read: z.looseObject({ mid: z.string() }) }),
  postback: z.looseObject({ ...base, postback: z.looseObject({ mid: z.string().optional(), title: z.string().optional(), payload: z.string().optional() }) }),
  referral: z.looseObject({ ...base, referral: referralSchema }),
};

export type MessageItem = z.infer<typeof schemas.message>;
export type IncomingMessage = MessageItem["message"];
export type Attachment = z.infer<typeof attachmentSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type EditItem = z.infer<typeof schemas.message_edit>;
export type ReactionItem = z.infer<typeof schemas.reaction>;
export type ReadItem = z.infer<typeof schemas.read>;
export type PostbackItem = z.infer<typeof schemas.postback>;
export type ReferralItem = z.infer<typeof schemas.referral>;

export type ClassifiedItem =
  | { kind: "message"; item: MessageItem }
  | { kind: "echo"; item: MessageItem }
  | { kind: "unsend"; item: MessageItem }
  | { kind: "edit"; item: EditItem }
  | { kind: "reaction"; item: ReactionItem }
  | { kind: "read"; item: ReadItem }
  | { kind: "postback"; item: PostbackItem }
  | { kind: "referral"; item: ReferralItem }
  /** a kind we do not handle (optin, is_self…) or a known one in a shape we do not understand */
  | { kind: "ignored"; reason: string };

export function classifyItem(raw: unknown): ClassifiedItem {
  const key = Object.keys(schemas).find((name) => typeof raw === "object" && raw !== null && name in raw) as keyof typeof schemas | undefined;
  if (!key) {
    const keys = typeof raw === "object" && raw !== null ? Object.keys(raw).join(",") : typeof raw;
    return { kind: "ignored", reason: `unhandled messaging item (${keys})` };
  }
  const parsed = schemas[key].safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: `unexpected ${key} shape: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}` };
  switch (key) {
    case "message": {
      const item = parsed.data as MessageItem;
      // A deletion names the earlier message; it never carries new content.
      if (item.message.is_deleted) return { kind: "unsend", item };
      return { kind: item.message.is_echo ? "echo" : "message", item };
    }
    case "message_edit":
      return { kind: "edit", item: parsed.data as EditItem };
    case "reaction":
      return { kind: "reaction", item: parsed.data as ReactionItem };
    case "read":
      return { kind: "read", item: parsed.data as ReadItem };
    case "postback":
      return { kind: "postback", item: parsed.data as PostbackItem };
    case "referral":
      return { kind: "referral", item: parsed.data as ReferralItem };
  }
}
