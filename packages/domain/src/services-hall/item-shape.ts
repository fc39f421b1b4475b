import { isValidResidentId } from "../identity/index.ts";

/** A field of an item's application form, defined per item as data. */
export interface FormField {
  key: string;
  label: string;
  kind: "text" | "idNumber" | "phone" | "date" | "select";
  required: boolean;
  options?: string[];
}

export interface MaterialSpec {
  code: string;
  name: string;
  required: boolean;
}

/** 情形: a situation of an item with its own conditions and extra materials. */
export interface Situation {
  code: string;
  name: string;
  conditions: string;
  materials: MaterialSpec[];
}

export interface ItemShape {
  formFields: readonly FormField[];
  materials: readonly MaterialSpec[];
  situations: readonly Situation[];
}

export interface FieldIssue {
  field: string;
  message: string;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a submitted form against the item's fields: unknown keys, missing required ones, formats. */
export function checkForm(fields: readonly FormField[], form: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(form)) {
    if (!known.has(key)) issues.push({ field: `form.${key}`, message: `表单中没有“${key}”这一项` });
  }
  for (const field of fields) {
    const raw = form[field.key];
    const value = typeof raw === "string" ? raw.trim() : raw;
    const where = `form.${field.key}`;
    if (value === undefined || value === null || value === "") {
      if (field.required) issues.push({ field: where, message: `请填写${field.label}` });
      continue;
    }
    if (typeof value !== "string") {
      issues.push({ field: where, message: `${field.label}应为文字` });
      continue;
    }
    if (value.length > 200) issues.push({ field: where, message: `${field.label}不能超过 200 字` });
    else if (field.kind === "idNumber" && !isValidResidentId(value))
      issues.push({ field: where, message: `${field.label}不是有效的居民身份证号码` });
    else if (field.kind === "phone" && !PHONE.test(value))
      issues.push({ field: where, message: `${field.label}应为手机号码或带区号的固定电话` });
    else if (field.kind === "date" && !DATE.test(value))
      issues.push({ field: where, message: `${field.label}应为 YYYY-MM-DD 格式的日期` });
    else if (field.kind === "select" && !(field.options ?? []).includes(value))
      issues.push({ field: where, message: `${field.label}应为：${(field.options ?? []).join("、")}` });
  }
  return issues;
}

/** The materials an applicant in a situation must bring: the item's own, then the situation's. */
export function materialsFor(item: ItemShape, situationCode: string | null): MaterialSpec[] {
  const situation = item.situations.find((s) => s.code === situationCode);
  return [...item.materials, ...(situation?.materials ?? [])];
}

/** Materials: PDF, JPEG or PNG, at most 5 MB each; extension and first bytes must agree. */
export const MATERIAL_MAX_BYTES = 5 * 1024 * 1024;

const MATERIAL_TYPES: Record<string, { mediaType: string; magic: readonly number[] }> = {
  pdf: { mediaType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  png: { mediaType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mediaType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { mediaType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
};

export type MaterialCheck = { ok: true; mediaType: string } | { ok: false; message: string };

export function checkMaterialFile(fileName: string, head: Uint8Array, size: number): MaterialCheck {
  const dot = fileName.lastIndexOf(".");
  const type = MATERIAL_TYPES[dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase()];
  if (!type) return { ok: false, message: `材料“${fileName}”的类型不允许：只接受 PDF、JPG、PNG 文件` };
  if (size === 0) return { ok: false, message: `材料“${fileName}”是空文件` };
  if (size > MATERIAL_MAX_BYTES) return { ok: false, message: `材料“${fileName}”超过 5 MB` };
  if (!type.magic.every((byte, i) => head[i] === byte)) {
    return { ok: false, message: `材料“${fileName}”的内容与扩展名不符` };
  }
  return { ok: true, mediaType: type.mediaType };
}
