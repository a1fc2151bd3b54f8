import { describe, expect, it } from "vitest";
import { classifyAuthorizeError, classifyMetaError } from "@/lib/instagram/connect-errors";

describe("classifyMetaError", () => {
  it.each([
    [{ status: 400, code: 400, message: "Matching code was not found or was already used" }, "code_used"],
    [{ status: 400, code: 400, message: "Invalid authorization code" }, "code_used"],
    [{ status: 400, code: 400, message: "Invalid redirect_uri" }, "invalid_redirect_uri"],
    [{ status: 400, message: "Error validating verification code. Please make sure your redirect_uri is identical" }, "invalid_redirect_uri"],
    [{ status: 400, code: 400, message: "Insufficient developer role" }, "insufficient_developer_role"],
    [{ status: 400, message: "API access deactivated" }, "api_access_deactivated"],
    [{ status: 403, code: 10, message: "Application does not have permission for this action" }, "missing_permissions"],
    [{ status: 403, code: 200, message: "Permissions error" }, "missing_permissions"],
    [{ status: 500, code: 2, message: "An unexpected error has occurred." }, "meta_unavailable"],
    [{ status: 503, message: "HTTP 503" }, "meta_unavailable"],
    [{ status: 0, message: "timeout" }, "meta_unavailable"],
    [{ status: 400, code: 190, message: "Invalid OAuth access token." }, "generic"],
    [{ status: 400, code: 400, message: "Invalid platform app" }, "generic"],
  ] as const)("%o → %s", (error, expected) => {
    expect(classifyMetaError(error)).toBe(expected);
  });
});

describe("classifyAuthorizeError", () => {
  it("treats the user's Cancel as a cancellation", () => {
    expect(classifyAuthorizeError({ error: "access_denied", reason: "user_denied", description: "The user denied your request" })).toBe("cancelled");
  });

  it("recognises role and app problems reported as access_denied", () => {
    expect(classifyAuthorizeError({ error: "access_denied", description: "Insufficient developer role" })).toBe("insufficient_developer_role");
    expect(classifyAuthorizeError({ error: "access_denied", description: "API access deactivated" })).toBe("api_access_deactivated");
  });

  it("falls back to the generic screen for other errors", () => {
    expect(classifyAuthorizeError({ error: "server_error", description: null })).toBe("generic");
  });
});
