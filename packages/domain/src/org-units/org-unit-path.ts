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
