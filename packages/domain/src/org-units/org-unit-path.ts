/**
 * Materialised paths: "/<rootId>/<childId>/…/<ownId>/". A unit is inside X exactly when its path
 * starts with X's path, so "everything under X" is one indexed prefix query.
 */
export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

export function rootPath(id: string): string {
  return `/${id}/`;
}

export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

export function ancestorIds(path: string): string[] {
  return path.split("/").filter((part) => part.length > 0);
}

/** The path of the deepest unit that holds every one of `paths` (itself when there is one path). */
export function commonAncestorPath(paths: readonly string[]): string {
  const [first, ...rest] = paths.map(ancestorIds);
  if (!first) return "/";
  let depth = first.length;
  for (const ids of rest) {
    let same = 0;
    while (same < Math.min(depth, ids.length) && ids[same] === first[same]) same++;
    depth = same;
  }
  return depth === 0 ? "/" : `/${first.slice(0, depth).join("/")}/`;
}
