import { schoolYearOn } from "@edubureau/domain/registry";
import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Select, Spin } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { classInstitutionsQuery, classYearsQuery, yearClassesQuery } from "./classes.api.ts";
import { ClassesEditor } from "./classes-editor.tsx";
import { InstitutionSelect } from "./institution-select.tsx";
import { usePlanCalendar } from "../../app/plan-calendar.ts";

const FIRST_SCHOOL_YEAR = 2015;

/** School years from next year's back to 2015-2016, newest first, with the class count where on record. */
function schoolYearOptions(current: string, counts: Map<string, number>): { value: string; label: string }[] {
  const last = Number(current.slice(0, 4)) + 1;
  return Array.from({ length: last - FIRST_SCHOOL_YEAR + 1 }, (_, i) => last - i).map((start) => {
    const value = `${start}-${start + 1}`;
    const classes = counts.get(value);
    return { value, label: classes ? t.classes.yearWithClasses(value, classes) : t.classes.yearLabel(value) };
  });
}

/** A school's classes for one school year: pick the school (a school account has only its own) and the year. */
export function ClassesPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "classes.write");
  const calendar = usePlanCalendar();
  const currentYear = calendar?.schoolYear ?? schoolYearOn(dayjs().format("YYYY-MM-DD"));
  const [params, setParams] = useSearchParams();
  const institutionId = params.get("institution") ?? "";
  const firstPage = useQuery(classInstitutionsQuery(""));
  const years = useQuery(classYearsQuery(institutionId));
  // Without a year in the address, the latest year on record (else the current one).
  const schoolYear = params.get("year") ?? years.data?.[0]?.schoolYear ?? currentYear;
  const counts = new Map((years.data ?? []).map((y) => [y.schoolYear, y.classes]));
  const year = useQuery({
    ...yearClassesQuery(institutionId, schoolYear),
    enabled: institutionId !== "" && (params.has("year") || !years.isPending),
  });

  const go = (next: { institution?: string; year?: string }) => {
    const search = new URLSearchParams();
    const institution = next.institution ?? institutionId;
    if (institution) search.set("institution", institution);
    const yearParam = next.year ?? params.get("year");
    if (yearParam) search.set("year", yearParam);
    setParams(search, { replace: true });
  };

  // Open the first school in scope, so a school account lands straight on its own classes.
  const first = firstPage.data?.[0]?.id;
  useEffect(() => {
    if (!institutionId && first) go({ institution: first });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when nothing is picked yet
  }, [institutionId, first]);

  return (
    <Card data-testid="page-classes">
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <InstitutionSelect
          value={institutionId}
          selected={year.data?.institution}
          onChange={(institution) => go({ institution: institution.id })}
        />
        <Select
          value={schoolYear}
          options={schoolYearOptions(currentYear, counts)}
          onChange={(value: string) => go({ year: value })}
          style={{ width: 220 }}
          data-testid="classes-year"
        />
      </Flex>
      <ErrorAlert error={year.error ?? firstPage.error} />
      {!institutionId && !firstPage.isPending && <Empty description={t.classes.noInstitution} />}
      {institutionId && year.isPending && <Spin />}
      {year.data && (
        <ClassesEditor
          key={`${year.data.institution.id}/${year.data.schoolYear}`}
          data={year.data}
          canWrite={canWrite}
        />
      )}
    </Card>
  );
}
