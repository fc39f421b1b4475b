import type {
  EnrolmentCalendar,
  EnrolmentStage,
  HouseholdKind,
  ResidenceKind,
} from "@edubureau/domain/enrolment";

export type Mechanism = "boston" | "deferred-acceptance";

export interface Round {
  id: string;
  year: number;
  stage: EnrolmentStage;
  name: string;
  code: string;
  maxChoices: number;
  mechanism: Mechanism;
  secondMechanism: Mechanism;
  partialUnit: "skip" | "stop";
  calendar: EnrolmentCalendar;
  seedAnnouncement: { digits: number; labels: string[] };
}

export interface PublicRound extends Round {
  phases: { phase: number; status: string }[];
}

export interface Plan {
  institutionId: string;
  code: string;
  name: string;
  ownership: string;
  type: string;
  district: { id: string; name: string };
  places: number;
  inLottery: boolean;
  reservedPercent: number | null;
}

export type Placement =
  | { kind: "admitted" | "declined"; phase: number; school: string; schoolName?: string }
  | { kind: "waiting"; phase: number; school: string; position: number; schoolName?: string }
  | { kind: "unplaced"; phase: number }
  | { kind: "none" };

export type ApplicationStatus = "submitted" | "approved" | "returned" | "withdrawn";

export interface Child {
  number: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string;
}

export interface Application {
  id: string;
  roundId: string;
  number: string;
  district: { id: string; name: string };
  household: HouseholdKind;
  residence: ResidenceKind;
  choices: string[];
  secondChoices: string[] | null;
  status: ApplicationStatus;
  returnReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
}

export interface MyApplication extends Application {
  children: (Child & { placement: Placement })[];
}

export interface ReviewApplication extends Application {
  children: Child[];
}

export interface Draw {
  id: string;
  phase: number;
  status: "frozen" | "drawn" | "published" | "superseded";
  label: string;
  mechanism: Mechanism;
  applicants: number;
  lists: { school: string; quota: number; applicants: number; digest: string }[];
  seedInputs: { label: string; value: string }[] | null;
  seed: string | null;
  admitted: number | null;
  unplaced: number | null;
  redrawReason: string | null;
  frozenAt: string;
  drawnAt: string | null;
  publishedAt: string | null;
}

export interface RoundSchool {
  code: string;
  name: string;
  district: string;
  places: number;
}

export interface Statistics {
  applicants: number;
  schools: {
    code: string;
    name: string;
    district: string;
    places: number;
    firstChoice: number;
    anyChoice: number;
    ratio: number | null;
  }[];
  districts: {
    name: string;
    places: number;
    firstChoice: number;
    ratio: number | null;
    applicantsFromDistrict: number;
  }[];
}

export interface MaskedPerson {
  number: string;
  name: string;
  idNumber: string;
}

export interface ResultsPhase {
  phase: number;
  publishedAt: string | null;
  seed: string;
  seedInputs: { label: string; value: string }[];
  schools: {
    code: string;
    name: string;
    district: string;
    quota: number;
    oversubscribed: boolean;
    admitted: number;
    waiting: number;
  }[];
  unplaced: number;
  moves: number;
}

export interface SchoolResults {
  phase: number;
  school: string;
  name: string;
  drawnAdmitted: MaskedPerson[];
  admitted: MaskedPerson[];
  waiting: MaskedPerson[];
  moves: (MaskedPerson & { kind: "declined" | "promoted"; school: string; from?: string | null })[];
}

export interface SearchResult {
  round: { id: string; name: string; year: number };
  number: string;
  status: ApplicationStatus;
  published: boolean;
  children: (MaskedPerson & { placement: Placement })[];
}
