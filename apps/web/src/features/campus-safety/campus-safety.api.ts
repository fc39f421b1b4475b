import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData, ApiQuery } from "../../app/api-contract.ts";

export type Board = ApiData<"/api/campus-safety/board">;
export type Incident = ApiData<"/api/campus-safety/incidents">["items"][number];
export type IncidentDetail = ApiData<"/api/campus-safety/incidents/{id}">;
export type IncidentInput = ApiBody<"/api/campus-safety/incidents", "post">;
export type IncidentFilter = ApiQuery<"/api/campus-safety/incidents">;
export type Hazard = ApiData<"/api/campus-safety/hazards">["items"][number];
export type HazardInput = ApiBody<"/api/campus-safety/hazards", "post">;
export type HazardAction = ApiBody<"/api/campus-safety/hazards/{id}/transition", "post">;
export type Compliance = ApiData<"/api/campus-safety/compliance">;
export type SchoolCompliance = Compliance["schools"][number];
export type RegisterInput = ApiBody<"/api/campus-safety/facilities/{id}", "put">;
export type Drills = ApiData<"/api/campus-safety/drills">;
export type DrillInput = ApiBody<"/api/campus-safety/drills", "post">;
export type CrisisList = ApiData<"/api/campus-safety/crisis-cases">;
export type CrisisDetail = ApiData<"/api/campus-safety/crisis-cases/{id}">;
export type CrisisInput = ApiBody<"/api/campus-safety/crisis-cases", "post">;
export type FollowUpInput = ApiBody<"/api/campus-safety/crisis-cases/{id}/follow-ups", "post">;
export type InspectionInput = ApiBody<"/api/campus-safety/inspections", "post">;
export type LessonInput = ApiBody<"/api/campus-safety/lessons", "post">;
export type Opinion = ApiData<"/api/campus-safety/opinion-events">["items"][number];
export type OpinionInput = ApiBody<"/api/campus-safety/opinion-events", "post">;
export type OpinionUpdate = ApiBody<"/api/campus-safety/opinion-events/{id}/respond", "post">;

export const safetyKeys = {
  all: ["campus-safety"] as const,
  board: () => [...safetyKeys.all, "board"] as const,
  incidents: (filter: object) => [...safetyKeys.all, "incidents", filter] as const,
  incident: (id: string) => [...safetyKeys.all, "incident", id] as const,
  hazards: (status: string) => [...safetyKeys.all, "hazards", status] as const,
  compliance: () => [...safetyKeys.all, "compliance"] as const,
  drills: () => [...safetyKeys.all, "drills"] as const,
  crisis: () => [...safetyKeys.all, "crisis"] as const,
  crisisCase: (id: string) => [...safetyKeys.all, "crisis", id] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const boardQuery = () =>
  queryOptions({ queryKey: safetyKeys.board(), queryFn: () => api.GET("/api/campus-safety/board") });

export const incidentsQuery = (filter: IncidentFilter) =>
  queryOptions({
    queryKey: safetyKeys.incidents(filter),
    queryFn: () => api.GET("/api/campus-safety/incidents", { params: { query: filter } }),
  });

export const incidentQuery = (id: string) =>
  queryOptions({
    queryKey: safetyKeys.incident(id),
    queryFn: () => api.GET("/api/campus-safety/incidents/{id}", byId(id)),
  });

export const reportIncident = (body: IncidentInput) => api.POST("/api/campus-safety/incidents", { body });

export const incidentStep = (id: string, step: "acknowledge" | "follow-up" | "close", note: string) => {
  const init = { ...byId(id), body: { note } };
  if (step === "acknowledge") return api.POST("/api/campus-safety/incidents/{id}/acknowledge", init);
  if (step === "follow-up") return api.POST("/api/campus-safety/incidents/{id}/follow-up", init);
  return api.POST("/api/campus-safety/incidents/{id}/close", init);
};

export const hazardsQuery = (status: string) =>
  queryOptions({
    queryKey: safetyKeys.hazards(status),
    queryFn: () =>
      api.GET("/api/campus-safety/hazards", {
        params: { query: status ? { status: status as "open" } : {} },
      }),
  });

export const reportHazard = (body: HazardInput) => api.POST("/api/campus-safety/hazards", { body });
export const transitionHazard = (id: string, body: HazardAction) =>
  api.POST("/api/campus-safety/hazards/{id}/transition", { ...byId(id), body });

export const complianceQuery = () =>
  queryOptions({
    queryKey: safetyKeys.compliance(),
    queryFn: () => api.GET("/api/campus-safety/compliance"),
  });
export const saveRegister = (schoolId: string, body: RegisterInput) =>
  api.PUT("/api/campus-safety/facilities/{id}", { ...byId(schoolId), body });

export const drillsQuery = () =>
  queryOptions({
    queryKey: safetyKeys.drills(),
    queryFn: () => api.GET("/api/campus-safety/drills", { params: { query: {} } }),
  });
export const recordDrill = (body: DrillInput) => api.POST("/api/campus-safety/drills", { body });

export const crisisQuery = () =>
  queryOptions({
    queryKey: safetyKeys.crisis(),
    queryFn: () => api.GET("/api/campus-safety/crisis-cases"),
    // An officer's list is an audited view too: fetched when the page opens, not on every window focus.
    refetchOnWindowFocus: false,
  });
export const crisisCaseQuery = (id: string) =>
  queryOptions({
    queryKey: safetyKeys.crisisCase(id),
    queryFn: () => api.GET("/api/campus-safety/crisis-cases/{id}", byId(id)),
    // Each opening is an audited view: never refetch behind the reader's back.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export const upgradesQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.all, "upgrades"] as const,
    queryFn: () => api.GET("/api/campus-safety/upgrades"),
  });

export const inspectionsQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.all, "inspections"] as const,
    queryFn: () => api.GET("/api/campus-safety/inspections"),
  });

export const opinionQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.all, "opinion"] as const,
    queryFn: () => api.GET("/api/campus-safety/opinion-events"),
  });

export const hazardDistrictsQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.all, "hazards-by-district"] as const,
    queryFn: () => api.GET("/api/campus-safety/hazards/by-district"),
  });

export const checklistQuery = (topic: InspectionInput["topic"], month: number) =>
  queryOptions({
    queryKey: [...safetyKeys.all, "checklist", topic, month] as const,
    queryFn: () => api.GET("/api/campus-safety/checklist", { params: { query: { topic, month } } }),
    staleTime: Infinity,
  });
export const recordInspection = (body: InspectionInput) =>
  api.POST("/api/campus-safety/inspections", { body });
export const recordLesson = (body: LessonInput) => api.POST("/api/campus-safety/lessons", { body });

export const createCrisisCase = (body: CrisisInput) => api.POST("/api/campus-safety/crisis-cases", { body });
export const recordFollowUp = (id: string, body: FollowUpInput) =>
  api.POST("/api/campus-safety/crisis-cases/{id}/follow-ups", { ...byId(id), body });

export const createOpinion = (body: OpinionInput) => api.POST("/api/campus-safety/opinion-events", { body });
export const respondOpinion = (id: string, body: OpinionUpdate) =>
  api.POST("/api/campus-safety/opinion-events/{id}/respond", { ...byId(id), body });
