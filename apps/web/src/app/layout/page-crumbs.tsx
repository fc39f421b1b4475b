import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useLocation } from "react-router";

/** One step of a detail page's own breadcrumb end (the same shape as the menu's crumbs). */
export interface Crumb {
  label: string;
  /** A page to go back to; none for the page itself. */
  path?: string;
}

interface PageCrumbsState {
  /** The page the crumbs belong to: crumbs left over from another page are never shown. */
  pathname: string;
  crumbs: Crumb[];
}

const PageCrumbsContext = createContext<{
  current: PageCrumbsState | null;
  set: (state: PageCrumbsState | null) => void;
}>({ current: null, set: () => undefined });

/** Holds the crumbs a detail page names for itself (its record's title, the record above it). */
export function PageCrumbsProvider({ children }: { children: ReactNode }) {
  const [current, set] = useState<PageCrumbsState | null>(null);
  return <PageCrumbsContext value={{ current, set }}>{children}</PageCrumbsContext>;
}

/**
 * A detail page's own end of the layout's breadcrumb: instead of “任务详情” the task's title, and for a
 * target or report the task above it as a link. Null while the record loads.
 */
export function usePageCrumbs(crumbs: Crumb[] | null): void {
  const { set } = useContext(PageCrumbsContext);
  const { pathname } = useLocation();
  const key = crumbs === null ? null : JSON.stringify(crumbs);
  useEffect(() => {
    if (key === null) return;
    set({ pathname, crumbs: JSON.parse(key) as Crumb[] });
    return () => set(null);
  }, [key, pathname, set]);
}

/** The crumbs the current page named, if any. */
export function usePageCrumbsFor(pathname: string): Crumb[] | null {
  const { current } = useContext(PageCrumbsContext);
  return current && current.pathname === pathname ? current.crumbs : null;
}
