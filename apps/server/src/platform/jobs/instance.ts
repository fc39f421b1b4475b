import { randomBytes } from "node:crypto";
import os from "node:os";

/**
 * This process among the instances sharing one database: written on the jobs it runs and the periods it
 * claims. A restart is a new instance.
 */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
