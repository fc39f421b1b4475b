import { labelledCodes } from "../labelled-codes.ts";

/**
 * 招生日历: one calendar per year and stage, shared by public and private schools (公民同招,
 * 教育部办公厅关于做好2019年普通中小学招生入学工作的通知). Windows are Beijing calendar days,
 * both ends inclusive, written "YYYY-MM-DD" so they compare as text.
 */
export const { codes: WINDOW_KINDS, labels: WINDOW_LABELS } = labelledCodes({
  application: "报名",
  review: "资格审核",
  draw: "电脑派位",
  publicity: "结果公示",
  admission: "录取确认",
  secondRound: "第二轮派位",
});
export type WindowKind = (typeof WINDOW_KINDS)[number];

export interface DateWindow {
  start: string;
  end: string;
}

export type EnrolmentCalendar = Record<WindowKind, DateWindow>;

export type RuleResult<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Each window is a real range, and the windows follow the order of the process: a window may
 * overlap the next one (review often starts while applications are still open) but not start
 * before the previous one starts or end before it ends.
 */
export function validateCalendar(calendar: EnrolmentCalendar): RuleResult<EnrolmentCalendar> {
  let previous: { kind: WindowKind; window: DateWindow } | null = null;
  for (const kind of WINDOW_KINDS) {
    const window = calendar[kind];
    const label = WINDOW_LABELS[kind];
    for (const end of ["start", "end"] as const) {
      if (!isIsoDate(window[end])) {
        return {
          ok: false,
          field: `calendar.${kind}.${end}`,
          message: `${label}时间「${window[end]}」不是有效日期`,
        };
      }
    }
    if (window.start > window.end) {
      return { ok: false, field: `calendar.${kind}.end`, message: `${label}时间的结束日期早于开始日期` };
    }
    if (previous !== null && (window.start < previous.window.start || window.end < previous.window.end)) {
      const before = WINDOW_LABELS[previous.kind];
      return {
        ok: false,
        field: `calendar.${kind}.start`,
        message: `${label}时间（${describeWindow(window)}）不能早于${before}时间（${describeWindow(previous.window)}）`,
      };
    }
    previous = { kind, window };
  }
  return { ok: true, value: calendar };
}

export function describeWindow(window: DateWindow): string {
  return window.start === window.end ? window.start : `${window.start} 至 ${window.end}`;
}

/** Whether `today` falls inside the window; the refusal names the window and its dates. */
export function checkWindow(calendar: EnrolmentCalendar, kind: WindowKind, today: string): RuleResult<null> {
  const window = calendar[kind];
  if (today >= window.start && today <= window.end) return { ok: true, value: null };
  const label = WINDOW_LABELS[kind];
  const when = today < window.start ? "尚未开始" : "已经结束";
  return {
    ok: false,
    field: "calendar",
    message: `${label}时间${when}：本轮${label}时间为 ${describeWindow(window)}，今天是 ${today}`,
  };
}

/** The windows open on a day, in process order (a page shows "当前阶段"). */
export function openWindows(calendar: EnrolmentCalendar, today: string): WindowKind[] {
  return WINDOW_KINDS.filter((kind) => today >= calendar[kind].start && today <= calendar[kind].end);
}
