import { queryOptions } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiBody, ApiData } from "../../app/api-contract.ts";
import { uploadFile } from "../../components/upload-file.ts";

export type Board = ApiData<"/api/inspectorate/board">;
export type EvaluationList = ApiData<"/api/inspectorate/evaluations">;
export type Evaluation = ApiData<"/api/inspectorate/evaluations/{id}">;
export type EvaluationItem = Evaluation["items"][number];
export type SelfScoreBody = ApiBody<"/api/inspectorate/evaluations/{id}/self-scores", "put">;
export type VerifyBody = ApiBody<"/api/inspectorate/evaluations/{id}/verification", "put">;
export type Plan = ApiData<"/api/inspectorate/plans">["items"][number];
export type PlanDetail = ApiData<"/api/inspectorate/plans/{id}">;
export type PlanBody = ApiBody<"/api/inspectorate/plans", "post">;
export type Visit = ApiData<"/api/inspectorate/visits">["items"][number];
export type VisitDetail = ApiData<"/api/inspectorate/visits/{id}">;
export type VisitRecordBody = ApiBody<"/api/inspectorate/visits/{id}/record", "post">;
export type RectificationList = ApiData<"/api/inspectorate/rectifications">;
export type Rectification = RectificationList["items"][number];
export type RectificationDetail = ApiData<"/api/inspectorate/rectifications/{id}">;
export type RectificationAction = "submit_plan" | "submit_evidence" | "accept" | "return" | "close";
export type Coverage = ApiData<"/api/inspectorate/assignments/coverage">;
export type Complaint = ApiData<"/api/inspectorate/complaints">["items"][number];
export type ComplaintBody = ApiBody<"/api/public/inspectorate/complaints", "post">;
export type Monitoring = ApiData<"/api/inspectorate/monitoring/analysis">;

export const inspectorateKeys = {
  all: ["inspectorate"] as const,
  board: (year: number) => [...inspectorateKeys.all, "board", year] as const,
  evaluations: (year: number) => [...inspectorateKeys.all, "evaluations", year] as const,
  evaluation: (id: string) => [...inspectorateKeys.all, "evaluation", id] as const,
  plans: () => [...inspectorateKeys.all, "plans"] as const,
  plan: (id: string) => [...inspectorateKeys.all, "plan", id] as const,
  visits: (query: object) => [...inspectorateKeys.all, "visits", query] as const,
  visit: (id: string) => [...inspectorateKeys.all, "visit", id] as const,
  rectifications: (query: object) => [...inspectorateKeys.all, "rectifications", query] as const,
  rectification: (id: string) => [...inspectorateKeys.all, "rectification", id] as const,
  coverage: (month: string) => [...inspectorateKeys.all, "coverage", month] as const,
  complaints: () => [...inspectorateKeys.all, "complaints"] as const,
  monitoring: (year: number) => [...inspectorateKeys.all, "monitoring", year] as const,
  monitoringYears: () => [...inspectorateKeys.all, "monitoring-years"] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const boardQuery = (year: number) =>
  queryOptions({
    queryKey: inspectorateKeys.board(year),
    queryFn: () => api.GET("/api/inspectorate/board", { params: { query: { year } } }),
  });
export const evaluationsQuery = (year: number) =>
  queryOptions({
    queryKey: inspectorateKeys.evaluations(year),
    queryFn: () => api.GET("/api/inspectorate/evaluations", { params: { query: { year } } }),
  });
export const evaluationQuery = (id: string) =>
  queryOptions({
    queryKey: inspectorateKeys.evaluation(id),
    queryFn: () => api.GET("/api/inspectorate/evaluations/{id}", byId(id)),
  });
export const openEvaluations = (year: number) =>
  api.POST("/api/inspectorate/evaluations/open", { body: { year } });
export const saveSelfScores = (id: string, body: SelfScoreBody) =>
  api.PUT("/api/inspectorate/evaluations/{id}/self-scores", { ...byId(id), body });
export const submitEvaluation = (id: string) =>
  api.POST("/api/inspectorate/evaluations/{id}/submit", byId(id));
export const saveVerification = (id: string, body: VerifyBody) =>
  api.PUT("/api/inspectorate/evaluations/{id}/verification", { ...byId(id), body });
export const concludeEvaluation = (id: string, deadline: string) =>
  api.POST("/api/inspectorate/evaluations/{id}/conclude", { ...byId(id), body: { deadline } });
export const uploadEvaluationEvidence = (id: string, item: string, file: File) =>
  uploadFile<Evaluation>(
    `/api/inspectorate/evaluations/${encodeURIComponent(id)}/evidence?item=${encodeURIComponent(item)}`,
    file,
  );
export const evaluationReportUrl = (id: string) =>
  `/api/inspectorate/evaluations/${encodeURIComponent(id)}/report.docx`;
export const evaluationEvidenceUrl = (id: string, evidenceId: string) =>
  `/api/inspectorate/evaluations/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`;

export const plansQuery = () =>
  queryOptions({ queryKey: inspectorateKeys.plans(), queryFn: () => api.GET("/api/inspectorate/plans") });
export const planQuery = (id: string) =>
  queryOptions({
    queryKey: inspectorateKeys.plan(id),
    queryFn: () => api.GET("/api/inspectorate/plans/{id}", byId(id)),
  });
export const createPlan = (body: PlanBody) => api.POST("/api/inspectorate/plans", { body });
export const visitsQuery = (query: { mine?: boolean; from?: string; to?: string }) =>
  queryOptions({
    queryKey: inspectorateKeys.visits(query),
    queryFn: () =>
      api.GET("/api/inspectorate/visits", {
        params: { query: { ...query, mine: query.mine === undefined ? undefined : String(query.mine) } },
      }),
  });
export const visitQuery = (id: string) =>
  queryOptions({
    queryKey: inspectorateKeys.visit(id),
    queryFn: () => api.GET("/api/inspectorate/visits/{id}", byId(id)),
  });
export const uploadVisitPhoto = (id: string, file: File) =>
  uploadFile<VisitDetail>(`/api/inspectorate/visits/${encodeURIComponent(id)}/photos`, file);
export const visitPhotoUrl = (id: string, photoId: string) =>
  `/api/inspectorate/visits/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`;
export const recordVisit = (id: string, body: VisitRecordBody) =>
  api.POST("/api/inspectorate/visits/{id}/record", { ...byId(id), body });

export const rectificationsQuery = (query: { state?: Rectification["state"]; mine?: boolean }) =>
  queryOptions({
    queryKey: inspectorateKeys.rectifications(query),
    queryFn: () =>
      api.GET("/api/inspectorate/rectifications", {
        params: { query: { ...query, mine: query.mine === undefined ? undefined : String(query.mine) } },
      }),
  });
export const rectificationQuery = (id: string) =>
  queryOptions({
    queryKey: inspectorateKeys.rectification(id),
    queryFn: () => api.GET("/api/inspectorate/rectifications/{id}", byId(id)),
  });
export const actOnRectification = (id: string, action: RectificationAction, text: string) =>
  api.POST("/api/inspectorate/rectifications/{id}/{action}", {
    params: { path: { id, action } },
    body: { text },
  });
export const uploadRectificationEvidence = (id: string, file: File) =>
  uploadFile<RectificationDetail>(
    `/api/inspectorate/rectifications/${encodeURIComponent(id)}/evidence`,
    file,
  );
export const rectificationEvidenceUrl = (id: string, evidenceId: string) =>
  `/api/inspectorate/rectifications/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`;

export const coverageQuery = (month: string) =>
  queryOptions({
    queryKey: inspectorateKeys.coverage(month),
    queryFn: () => api.GET("/api/inspectorate/assignments/coverage", { params: { query: { month } } }),
  });
export const complaintsQuery = () =>
  queryOptions({
    queryKey: inspectorateKeys.complaints(),
    queryFn: () => api.GET("/api/inspectorate/complaints"),
  });
export const extendComplaint = (id: string) =>
  api.POST("/api/inspectorate/complaints/{id}/extend", { ...byId(id), body: { days: 30 } });
export const replyComplaint = (
  id: string,
  body: ApiBody<"/api/inspectorate/complaints/{id}/reply", "post">,
) => api.POST("/api/inspectorate/complaints/{id}/reply", { ...byId(id), body });
export const submitComplaint = (body: ComplaintBody) =>
  api.POST("/api/public/inspectorate/complaints", { body, redirectOn401: false });

export const monitoringYearsQuery = () =>
  queryOptions({
    queryKey: inspectorateKeys.monitoringYears(),
    queryFn: () => api.GET("/api/inspectorate/monitoring/years"),
  });
export const monitoringQuery = (year: number) =>
  queryOptions({
    queryKey: inspectorateKeys.monitoring(year),
    queryFn: () => api.GET("/api/inspectorate/monitoring/analysis", { params: { query: { year } } }),
  });

export type Framework = ApiData<"/api/inspectorate/frameworks">["items"][number];
export type FrameworkBody = ApiBody<"/api/inspectorate/frameworks", "post">;
export type Assignment = ApiData<"/api/inspectorate/assignments">["items"][number];
export type ComplaintTeacher = ApiData<"/api/inspectorate/complaints/{id}/teachers">["items"][number];
export type EthicsLinkBody = ApiBody<"/api/inspectorate/complaints/{id}/ethics-record", "post">;

export const frameworksQuery = () =>
  queryOptions({
    queryKey: [...inspectorateKeys.all, "frameworks"] as const,
    queryFn: () => api.GET("/api/inspectorate/frameworks"),
  });
export const measuresQuery = () =>
  queryOptions({
    queryKey: [...inspectorateKeys.all, "measures"] as const,
    queryFn: () => api.GET("/api/inspectorate/frameworks/measures"),
    staleTime: Infinity,
  });
export const createFramework = (body: FrameworkBody) => api.POST("/api/inspectorate/frameworks", { body });
export const updateFramework = (id: string, body: FrameworkBody) =>
  api.PUT("/api/inspectorate/frameworks/{id}", { ...byId(id), body });

export const assignmentsQuery = () =>
  queryOptions({
    queryKey: [...inspectorateKeys.all, "assignments"] as const,
    queryFn: () => api.GET("/api/inspectorate/assignments"),
  });
export const assignableSchoolsQuery = (q: string) =>
  queryOptions({
    queryKey: [...inspectorateKeys.all, "assignable-schools", q] as const,
    queryFn: () => api.GET("/api/inspectorate/assignments/schools", { params: { query: { q } } }),
  });
export const assignSchools = (inspectorId: string, schoolIds: string[]) =>
  api.PUT("/api/inspectorate/assignments", { body: { inspectorId, schoolIds } });

export const complaintTeachersQuery = (id: string) =>
  queryOptions({
    queryKey: [...inspectorateKeys.all, "complaint-teachers", id] as const,
    queryFn: () => api.GET("/api/inspectorate/complaints/{id}/teachers", byId(id)),
  });
export const acceptComplaintBy = (id: string, assigneeId: string | undefined) =>
  api.POST("/api/inspectorate/complaints/{id}/accept", { ...byId(id), body: { assigneeId } });
export const linkEthicsRecord = (id: string, body: EthicsLinkBody) =>
  api.POST("/api/inspectorate/complaints/{id}/ethics-record", { ...byId(id), body });
