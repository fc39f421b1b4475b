import { hash, verify } from "@node-rs/argon2";

/** argon2id parameters; the defaults follow OWASP's minimum (19 MiB, 2 passes, 1 lane). */
export interface PasswordHashParams {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const DEFAULT_HASH_PARAMS: PasswordHashParams = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
/** Cheap parameters for tests only; hashes still verify with any parameters as they are encoded in the hash. */
export const TEST_HASH_PARAMS: PasswordHashParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}

export function createPasswordHasher(params: PasswordHashParams = DEFAULT_HASH_PARAMS): PasswordHasher {
  return {
    // @node-rs/argon2 hashes with argon2id unless told otherwise.
    hash: (password) => hash(password, params),
    verify: async (hashed, password) => {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}
