import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";

export interface Programme {
  id: string;
  name: string;
  level: string;
  kind: string;
  hours: number;
  startsOn: string;
  endsOn: string;
  capacity: number;
  organiserName: string;
  enrolled: number;
  completed: number;
}

export interface Enrolment {
  id: string;
  teacherId: string;
  teacherName: string;
  teacherNumber: string;
  institutionName: string;
  status: string;
  attendedHours: number | null;
  completedOn: string | null;
  note: string | null;
}

export interface ProgrammeDetail extends Programme {
  quotas: { districtId: string; districtName: string; quota: number; enrolled: number }[];
  enrolments: Enrolment[];
}

export const trainingKeys = { all: ["training"] as const };

export const programmesQuery = (year: number | undefined) =>
  queryOptions({
    queryKey: [...trainingKeys.all, "list", year],
    queryFn: async () => (await api.get<{ items: Programme[] }>("/api/training/programmes", { year })).items,
  });

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: [...trainingKeys.all, "detail", id],
    queryFn: () => api.get<ProgrammeDetail>(`/api/training/programmes/${id}`),
  });

export const enrol = (id: string, teacherIds: string[]) =>
  api.post<{ enrolled: number }>(`/api/training/programmes/${id}/enrolments`, { teacherIds });

export const complete = (
  id: string,
  body: {
    completedOn: string;
    records: { teacherId: string; attendedHours: number; assessmentPassed: boolean }[];
  },
) => api.post<{ results: unknown[] }>(`/api/training/programmes/${id}/completions`, body);
