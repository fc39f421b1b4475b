import type { ComponentType, LazyExoticComponent } from "react";

/**
 * Pages anyone may open without signing in (政府信息公开, enrolment results, a parent's look-up).
 * Each lives under /public/… and is listed on the public index; a feature adds one entry here.
 */
export interface PublicPage {
  path: `/public/${string}`;
  label: string;
  description: string;
  page: LazyExoticComponent<ComponentType>;
}

export const PUBLIC_PAGES: readonly PublicPage[] = [];
