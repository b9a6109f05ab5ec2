// Initial and reset passwords: shown to the admin once, stored only as a hash. Pure (node:crypto only).
import { randomInt } from "node:crypto";

// No look-alikes (0/O, 1/l/I) so it can be read out or typed from a screen.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Four groups of five characters, e.g. "Kq7ph-3xMzr-…": about 117 bits of entropy. */
export function generateOneTimePassword(groups = 4, size = 5): string {
  const group = () => Array.from({ length: size }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: groups }, group).join("-");
}

export const ONE_TIME_PASSWORD_ALPHABET = ALPHABET;
