import type { FastifyInstance, FastifySchema } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { Permission } from "@edubureau/domain";
import type { Actor } from "../../http/actor.ts";
import { requirePermission } from "../../http/authenticate.ts";
import { attachment } from "../../platform/downloads.ts";
import { readAttachmentUpload, type AttachmentUpload } from "../work-plan/attachment-upload.ts";
import * as s from "./inspectorate.schemas.ts";

type App = Parameters<FastifyPluginAsyncZod>[0];

/** A stored evidence file as the service hands it back. */
interface EvidenceFile {
  data: Buffer;
  mediaType: string;
  fileName: string;
}

/**
 * The evidence files of one kind of 督导 record (a visit's photos, a rectification's or an evaluation's
 * evidence): `POST {path}` stores one multipart file and answers the record; `GET {path}/:evidenceId`
 * hands a stored file back with its own type and name to anyone who may read the inspectorate.
 */
export interface EvidenceRoutes<R extends z.ZodType, Q extends z.ZodType> {
  /** The files' collection under a record, e.g. "/visits/:id/photos". */
  path: string;
  tags: string[];
  /** Who may add a file. */
  upload: Permission;
  /** The record the upload answers with. */
  response: R;
  /** The upload's query string, e.g. the evaluation item the evidence supports. */
  query?: Q;
  add: (actor: Actor, id: string, upload: AttachmentUpload, query: z.output<Q>) => Promise<z.output<R>>;
  file: (actor: Actor, id: string, evidenceId: string) => Promise<EvidenceFile>;
  /** The download's name for clients that cannot read the stored (Chinese) one. */
  asciiName: string;
}

export function evidenceRoutes<R extends z.ZodType, Q extends z.ZodType>(
  app: App,
  spec: EvidenceRoutes<R, Q>,
): void {
  const { path, tags, upload, response, query, add, file, asciiName } = spec;
  const server = app as unknown as FastifyInstance;
  type Parsed = { params: { id: string; evidenceId: string }; query: z.output<Q> };
  const uploadSchema: FastifySchema = {
    tags,
    params: s.idParams,
    ...(query ? { querystring: query } : {}),
    consumes: ["multipart/form-data"],
    response: { 200: response },
  };
  server.route({
    method: "POST",
    url: path,
    schema: uploadSchema,
    handler: async (request) => {
      const actor = requirePermission(request, upload);
      const parsed = request as unknown as Parsed;
      const stored = await readAttachmentUpload(request);
      return add(actor, parsed.params.id, stored, parsed.query);
    },
  });
  server.route({
    method: "GET",
    url: `${path}/:evidenceId`,
    schema: { tags, params: s.evidenceParams },
    handler: async (request, reply) => {
      const { id, evidenceId } = (request as unknown as Parsed).params;
      const found = await file(requirePermission(request, "inspectorate.read"), id, evidenceId);
      return reply
        .type(found.mediaType)
        .header("content-disposition", attachment(found.fileName, asciiName))
        .send(found.data);
    },
  });
}
