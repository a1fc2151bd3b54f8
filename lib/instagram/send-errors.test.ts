import { describe, expect, it } from "vitest";
import { classifySendError } from "@/lib/instagram/send-errors";

const graph = (code: number, subcode?: number, extra: { status?: number; transient?: boolean } = {}) => ({
  status: extra.status ?? 400,
  code,
  subcode,
  message: "(#x) something",
  transient: extra.transient,
});

describe("classifySendError", () => {
  it.each([
    ["190 (expired, revoked, any subcode) → reauthorize", graph(190), "reauthorize", "reauthorizationRequired"],
    ["190/463", graph(190, 463), "reauthorize", "reauthorizationRequired"],
    ["102", graph(102), "reauthorize", "reauthorizationRequired"],
    ["10/2534022 outside the window", graph(10, 2534022), "fail", "windowClosed"],
    ["10/2018278 (Messenger wording)", graph(10, 2018278), "fail", "windowClosed"],
    ["10 without subcode: permission", graph(10), "fail", "permissionMissing"],
    ["551 not available", graph(551, 1545041), "fail", "recipientUnavailable"],
    ["100/2534014 no matching user", graph(100, 2534014), "fail", "recipientUnavailable"],
    ["100 invalid parameter", graph(100), "fail", "invalidRequest"],
    ["100/2018047 attachment upload failed", graph(100, 2018047), "fail", "attachmentRejected"],
    ["200 permission", graph(200), "fail", "permissionMissing"],
    ["a code not in the table", graph(9007), "fail", "unknown"],
    ["4 throttled", graph(4), "retry", "rateLimited"],
    ["17 throttled", graph(17), "retry", "rateLimited"],
    ["32 throttled", graph(32), "retry", "rateLimited"],
    ["613/2534040 throttled", graph(613, 2534040), "retry", "rateLimited"],
    ["1 unknown error", graph(1), "retry", "metaUnavailable"],
    ["2 temporary", graph(2), "retry", "metaUnavailable"],
    ["1/1357046 may have been delivered", graph(1, 1357046), "fail", "deliveryUncertain"],
    ["a 500 without a code", { status: 500, message: "HTTP 500" }, "retry", "metaUnavailable"],
    ["no answer at all", { status: 0, message: "Meta did not answer in time" }, "retry", "metaUnavailable"],
    ["is_transient on an unknown code", graph(9999, undefined, { transient: true }), "retry", "metaUnavailable"],
    ["an unknown 400", { status: 400, message: "HTTP 400" }, "fail", "unknown"],
  ])("%s", (_, error, action, reason) => {
    expect(classifySendError(error)).toEqual({ action, reason });
  });
});
