import type { OperationRequestBodyContent, SuccessResponseJSON } from "openapi-typescript-helpers";
import type { paths } from "./api-schema.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";

/** What a route answers, e.g. `ApiData<"/api/users">["items"][number]` for one user of the list. */
export type ApiData<P extends keyof paths, M extends Method & keyof paths[P] = "get"> = SuccessResponseJSON<
  paths[P][M] & Record<string | number, unknown>
>;

/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends Method & keyof paths[P]> = NonNullable<
  OperationRequestBodyContent<paths[P][M]>
>;

/** The query a route takes (all of it optional unless the server requires a field). */
export type ApiQuery<P extends keyof paths, M extends Method & keyof paths[P] = "get"> = NonNullable<
  paths[P][M] extends { parameters: { query?: infer Q } } ? Q : never
>;
