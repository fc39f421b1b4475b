import type { AppConfig } from "./config.ts";
import type { Database } from "./db/database.ts";
import type { Clock } from "./http/clock.ts";
import type { EventBus } from "./platform/events.ts";
import type { PasswordHasher } from "./modules/auth/password-hash.ts";

/** The part of the context a read-mostly service needs: a database handle (or a transaction) and the clock. */
export interface DataContext {
  database: Pick<Database, "db">;
  clock: Clock;
}

/** What every service is built from: the composition root (app.ts) makes one per app. */
export interface AppContext {
  database: Database;
  clock: Clock;
  config: AppConfig;
  passwordHasher: PasswordHasher;
  /** Events for the browser from any instance (LISTEN/NOTIFY); absent where nothing listens. */
  events?: EventBus;
}
