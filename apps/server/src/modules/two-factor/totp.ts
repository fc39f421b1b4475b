import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** RFC 6238 defaults every authenticator app reads: SHA-1, 6 digits, 30-second steps. */
const ISSUER = "EduBureau";
/** One step either side of now: a phone clock a little off still works (RFC 6238 §5.2). */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a PNG data URL, for the enrolment page to show as a QR code. */
  qrDataUrl: string;
}

export async function totpSetup(secret: string, accountName: string): Promise<TotpSetup> {
  const otpauthUrl = generateURI({ issuer: ISSUER, label: accountName, secret });
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 });
  return { secret, otpauthUrl, qrDataUrl };
}

/**
 * The 30-second step a code is valid for at `now`, or null. A step at or before `afterStep` is refused,
 * so a code once used cannot be replayed.
 */
export async function acceptedStep(options: {
  secret: string;
  code: string;
  now: Date;
  afterStep: number | null;
}): Promise<number | null> {
  if (!/^\d{6}$/.test(options.code)) return null;
  const result = await verify({
    secret: options.secret,
    token: options.code,
    epoch: Math.floor(options.now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(options.afterStep === null ? {} : { afterTimeStep: options.afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The code an authenticator shows at `now` (tests and the browser test compute codes with it). */
export const totpCode = (secret: string, now: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
