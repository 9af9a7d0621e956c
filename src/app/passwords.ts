import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { PasswordHasher } from "./deps.ts";

// argon2id with the OWASP-recommended minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

export const randomToken = () => randomBytes(32).toString("base64url");
export const randomId = () => randomUUID();

/** Tokens are stored only as their SHA-256, so a leaked table cannot be replayed. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
