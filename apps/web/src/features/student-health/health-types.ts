/** Shapes of /api/student-health (see the server's student-health.schemas.ts). */
export interface HealthRates {
  screened: number;
  myopiaRate: number | null;
  poorVisionRate: number | null;
  tested: number;
  passRate: number | null;
  goodRate: number | null;
  excellentRate: number | null;
  bmiScreened: number;
  overweightRate: number | null;
  obesityRate: number | null;
}

export interface ChildLine {
  id: string;
  name: string;
  current: HealthRates;
  previous: HealthRates | null;
  myopiaChange: number | null;
  goodRateChange: number | null;
}

export interface GradeLine {
  grade: number;
  gradeLabel: string;
  sex: "all" | "male" | "female";
  current: HealthRates;
  previous: HealthRates | null;
}

export interface MonitoringReport {
  unit: { id: string; name: string; kind: string };
  schoolYear: string;
  previousYear: string;
  overall: { current: HealthRates; previous: HealthRates | null };
  bySex: { sex: "male" | "female"; current: HealthRates; previous: HealthRates | null }[];
  byGrade: GradeLine[];
  childKind: "district" | "school" | null;
  children: ChildLine[];
  largestChanges: { myopia: ChildLine[]; goodRate: ChildLine[] };
  trend: { schoolYear: string; rates: HealthRates }[];
  targets: {
    myopiaThisYear: number | null;
    myopiaBaseline: number | null;
    myopia2030: { age6: number; primary: number; junior: number; senior: number };
    goodRate2022: number;
    goodRate2030: number;
    goodRateThisYear: number | null;
  };
}

export interface HealthRecord {
  student: {
    name: string;
    sex: "male" | "female";
    gradeLabel: string;
    className: string;
    institutionName: string;
  };
  screenings: {
    screenedOn: string;
    schoolYear: string;
    gradeLabel: string;
    acuityRight: number | null;
    acuityLeft: number | null;
    seRight: number | null;
    seLeft: number | null;
    correction: string;
    worseClass: string | null;
    myopia: string;
    myopic: boolean;
  }[];
  fitness: {
    schoolYear: string;
    testedOn: string;
    gradeLabel: string;
    heightCm: number | null;
    weightKg: number | null;
    bmi: number | null;
    weightStatus: string | null;
    items: { label: string; value: number | null; score: number | null }[];
    weighted: number;
    bonus: number;
    total: number;
    band: string;
  }[];
  graduation: { score: number; band: string } | null;
}

export type ImportKind = "screening" | "fitness";
