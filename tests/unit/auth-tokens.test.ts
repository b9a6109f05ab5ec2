import { describe, expect, it } from "vitest";
import { bearerToken, generateToken, hashToken, isWellFormedToken } from "@/lib/api-tokens/token";
import { generateOneTimePassword, ONE_TIME_PASSWORD_ALPHABET } from "@/lib/users/one-time-password";

describe("API tokens", () => {
  it("are gzi_ + 32 random bytes, hashed with SHA-256, with a short prefix to show", () => {
    const { token, prefix, hash } = generateToken();
    expect(token).toMatch(/^gzi_[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedToken(token)).toBe(true);
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(10);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateToken().token).not.toBe(token);
  });

  it("rejects malformed tokens before any lookup", () => {
    expect(isWellFormedToken("gzi_short")).toBe(false);
    expect(isWellFormedToken(`xyz_${"a".repeat(43)}`)).toBe(false);
    expect(isWellFormedToken(`gzi_${"a".repeat(42)}!`)).toBe(false);
  });

  it("reads the bearer token of an Authorization header", () => {
    expect(bearerToken("Bearer gzi_abc")).toBe("gzi_abc");
    expect(bearerToken("bearer   gzi_abc  ")).toBe("gzi_abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});

describe("one-time passwords", () => {
  it("are four groups of five unambiguous characters, different every time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = generateOneTimePassword();
      expect(p).toMatch(/^[^-]{5}-[^-]{5}-[^-]{5}-[^-]{5}$/);
      for (const c of p.replaceAll("-", "")) expect(ONE_TIME_PASSWORD_ALPHABET).toContain(c);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
    expect(ONE_TIME_PASSWORD_ALPHABET).not.toMatch(/[0O1lI]/);
  });
});
