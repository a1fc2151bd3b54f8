import { describe, expect, it } from "vitest";
import { MetaRequestError, parseMetaError } from "@/lib/instagram/meta-error";
import { parseLongLivedToken, parseProfile, parseShortLivedToken } from "@/lib/instagram/token-responses";

describe("parseShortLivedToken", () => {
  it("reads the flat shape seen in production, keeping every digit of a bare big user_id", () => {
    const raw = '{"access_token":"IGAAshort","user_id":28524542100518920,"permissions":["instagram_business_basic","instagram_business_manage_messages"]}';
    expect(parseShortLivedToken(raw)).toEqual({
      accessToken: "IGAAshort",
      appScopedUserId: "28524542100518920",
      permissions: ["instagram_business_basic", "instagram_business_manage_messages"],
    });
    expect(Number.isSafeInteger(28524542100518920)).toBe(false);
  });

  it("reads the documented data[] shape with comma-separated permissions", () => {
    const raw = '{"data":[{"access_token":"IGAAshort","user_id":"1020304050607080","permissions":"instagram_business_basic,instagram_business_manage_messages"}]}';
    expect(parseShortLivedToken(raw).permissions).toEqual(["instagram_business_basic", "instagram_business_manage_messages"]);
    expect(parseShortLivedToken(raw).appScopedUserId).toBe("1020304050607080");
  });

  it.each(['{"data":[]}', '{"user_id":1}', "[]", '{"access_token":"","user_id":1}'])("refuses %s", (raw) => {
    expect(() => parseShortLivedToken(raw)).toThrow(MetaRequestError);
  });
});

describe("parseLongLivedToken and parseProfile", () => {
  it("reads the long-lived token and its lifetime", () => {
    expect(parseLongLivedToken('{"access_token":"IGAAlong","token_type":"bearer","expires_in":5183944}')).toEqual({
      accessToken: "IGAAlong",
      expiresInSeconds: 5183944,
    });
    expect(() => parseLongLivedToken('{"access_token":"IGAAlong"}')).toThrow(MetaRequestError);
  });

  it("takes the IG_ID from user_id, as a string even when sent as a bare number", () => {
    const raw = '{"id":"7263","user_id":17841400000000123,"username":"acme.bakery","name":"Acme Bakery","account_type":"BUSINESS"}';
    expect(parseProfile(raw)).toEqual({
      instagramUserId: "17841400000000123",
      username: "acme.bakery",
      name: "Acme Bakery",
      accountType: "BUSINESS",
      profilePictureUrl: null,
    });
  });
});

describe("parseMetaError", () => {
  it("reads the Graph envelope", () => {
    const raw = '{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"A1b2"}}';
    expect(parseMetaError(400, raw)).toEqual({
      status: 400,
      type: "OAuthException",
      code: 190,
      subcode: 463,
      message: "Invalid OAuth access token.",
      fbtraceId: "A1b2",
      transient: undefined,
    });
  });

  it("reads the flat body of the token endpoint", () => {
    const raw = '{"error_type":"OAuthException","code":400,"error_message":"Matching code was not found or was already used"}';
    expect(parseMetaError(400, raw)).toMatchObject({ type: "OAuthException", code: 400, message: "Matching code was not found or was already used" });
  });

  it("survives bodies that are not JSON", () => {
    expect(parseMetaError(502, "<html>Bad gateway</html>")).toEqual({ status: 502, message: "<html>Bad gateway</html>" });
    expect(parseMetaError(500, "")).toEqual({ status: 500, message: "HTTP 500" });
  });
});
