import path from "node:path";
import { ROLES, type Role } from "@edubureau/domain";

/** Runtime settings, all from environment variables (documented in README). */
export interface AppConfig {
  port: number;
  host: string;
  /** Where the embedded database and uploads live. */
  dataDir: string;
  /** When set, PostgreSQL instead of the embedded engine. */
  databaseUrl: string | undefined;
  /** PostgreSQL: a read-only replica for the analytics reads (ignored on the embedded engine). */
  databaseReadUrl: string | undefined;
  /** PostgreSQL: the app's own non-owner role; when unset, `edubureau_app` is derived from DATABASE_URL. */
  databaseAppUrl: string | undefined;
  /** PostgreSQL: password of the derived `edubureau_app` role (else derived from DATABASE_URL's). */
  databaseAppPassword: string | undefined;
  production: boolean;
  logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind HTTPS termination). */
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Directory with the built web app; served at / when present. */
  webDistDir: string | undefined;
  /** Sign-in attempts a minute from one address (per instance), on top of the per-account lockout. */
  loginRatePerMinute: number;
  /** The bureau's name on every page and text message (e.g. 长沙市教育局); default: the city unit's name + 教育局. */
  bureauName?: string | undefined;
  /** Roles whose accounts may enrol a second factor and, when required, must. */
  twoFactorRoles: Role[];
  /** Required roles must enrol at their next sign-in (production, or TWO_FACTOR_REQUIRED=1). */
  twoFactorRequired: boolean;
  /**
   * EDUBUREAU_SECRET_KEY: the keys reversible secrets (TOTP) are sealed with, base64, first one current; when
   * unset, DATA_DIR/secret.key (made on first start). Several instances must share one setting.
   */
  secretKeys: string | undefined;
  /** How often the 督办 sweep runs (once per period across all instances); default one hour. */
  sweepPeriodMs: number;
}

/** 等保 2.0 三级: two factors for administrators — the system administrator and the city-wide roles. */
const DEFAULT_TWO_FACTOR_ROLES: Role[] = ["sys_admin", "city_leader", "city_division", "inspector"];

function rolesFromEnv(value: string | undefined): Role[] {
  if (value === undefined || value.trim() === "") return DEFAULT_TWO_FACTOR_ROLES;
  const roles = value
    .split(",")
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new Error(`TWO_FACTOR_ROLES 含未知角色：${unknown.join("、")}`);
  return roles as Role[];
}

function intFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`环境变量取值无效：${value}`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv(env.PORT, 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    databaseAppPassword: env.DATABASE_APP_PASSWORD || undefined,
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL ?? "info",
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    bodyLimitBytes: intFromEnv(env.BODY_LIMIT_BYTES, 1024 * 1024),
    webDistDir: env.WEB_DIST_DIR,
    loginRatePerMinute: intFromEnv(env.LOGIN_RATE_PER_MINUTE, 30),
    bureauName: env.BUREAU_NAME?.trim() || undefined,
    twoFactorRoles: rolesFromEnv(env.TWO_FACTOR_ROLES),
    twoFactorRequired:
      env.TWO_FACTOR_REQUIRED === undefined || env.TWO_FACTOR_REQUIRED === ""
        ? env.NODE_ENV === "production"
        : env.TWO_FACTOR_REQUIRED === "1" || env.TWO_FACTOR_REQUIRED === "true",
    secretKeys: env.EDUBUREAU_SECRET_KEY?.trim() || undefined,
    sweepPeriodMs: Math.max(1_000, intFromEnv(env.SWEEP_PERIOD_MS, 60 * 60 * 1000)),
  };
}
