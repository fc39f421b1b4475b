/**
 * The server's API contract as TypeScript types, generated from its OpenAPI document (the zod route schemas).
 * Do not edit: run `npm run api:generate` after changing a route or a schema.
 */
export interface paths {
  "/api/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          event?: string;
          entity?: string;
          entityId?: string;
          action?: string;
          actor?: string;
          from?: unknown;
          to?: unknown;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: number;
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                actorId: string | null;
                actorName: string | null;
                ip: string | null;
                event: string | null;
                entity: string;
                entityId: string | null;
                action: string;
                before: unknown;
                after: unknown;
                chainSeq: number;
                digest: string;
              }[];
              total: number;
              names: {
                [key: string]: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit-log/head": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              seq: number;
              lastId: number | null;
              digest: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              user: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                /** @enum {string} */
                role:
                  | "sys_admin"
                  | "city_leader"
                  | "city_division"
                  | "district"
                  | "school"
                  | "inspector"
                  | "teacher"
                  | "public";
                roleLabel: string;
                orgUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  kind: "city" | "division" | "district" | "street" | "community" | "institution";
                };
                permissions: string[];
                mustChangePassword: boolean;
              };
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              secondFactor: "verify" | "enrol";
              challenge: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login/code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            challenge: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              user: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                /** @enum {string} */
                role:
                  | "sys_admin"
                  | "city_leader"
                  | "city_division"
                  | "district"
                  | "school"
                  | "inspector"
                  | "teacher"
                  | "public";
                roleLabel: string;
                orgUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  kind: "city" | "division" | "district" | "street" | "community" | "institution";
                };
                permissions: string[];
                mustChangePassword: boolean;
              };
              csrfToken: string;
              recoveryCodes: string[] | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login/enrolment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            challenge: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              secret: string;
              otpauthUrl: string;
              qrDataUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              user: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                /** @enum {string} */
                role:
                  | "sys_admin"
                  | "city_leader"
                  | "city_division"
                  | "district"
                  | "school"
                  | "inspector"
                  | "teacher"
                  | "public";
                roleLabel: string;
                orgUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  kind: "city" | "division" | "district" | "street" | "community" | "institution";
                };
                permissions: string[];
                mustChangePassword: boolean;
              };
              csrfToken: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/two-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              enrolled: boolean;
              required: boolean;
              recoveryCodesLeft: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/two-factor/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/two-factor/recovery-codes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/two-factor/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              secret: string;
              otpauthUrl: string;
              qrDataUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/board": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: date-time */
              at: string;
              openBySeverity: {
                /** @enum {string} */
                severity: "I" | "II" | "III" | "IV";
                label: string;
                total: number;
                byAge: {
                  [key: string]: number;
                };
              }[];
              ageBands: {
                key: string;
                label: string;
              }[];
              overdueHazards: number;
              openHazards: number;
              hazardClosureRate: number | null;
              compliance: {
                schools: number;
                compliant: number;
                noRegister: number;
                rate: number | null;
              };
              today: {
                drills: number;
                inspections: number;
              };
              openCrisisCases: number;
              openOpinionEvents: number;
              districts: {
                /** Format: uuid */
                id: string;
                name: string;
                openIncidents: number;
                seriousOpen: number;
                overdueHazards: number;
                complianceRate: number | null;
              }[];
              timeline: components["schemas"]["SafetyTimelineStep"][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/checklist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          topic:
            | "fire"
            | "food"
            | "buildings"
            | "traffic"
            | "water"
            | "electricity"
            | "labs"
            | "dormitories"
            | "security";
          month: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/compliance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              total: {
                schools: number;
                compliant: number;
                noRegister: number;
                rate: number | null;
              };
              districts: {
                schools: number;
                compliant: number;
                noRegister: number;
                rate: number | null;
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              standards: {
                rule: string;
                source: string;
                reference: boolean;
                /** @enum {string} */
                item:
                  | "guards"
                  | "closedManagement"
                  | "alarmLinked"
                  | "entranceVideo"
                  | "videoRetention"
                  | "vehicleBarriers"
                  | "escortPost";
                label: string;
                /** @enum {string} */
                defence: "people" | "physical" | "technical";
                more: {
                  rule: string;
                  source: string;
                  reference: boolean;
                }[];
              }[];
              schools: {
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                /** Format: uuid */
                districtId: string;
                districtName: string;
                typeLabel: string;
                /** @enum {string} */
                status: "not_applicable" | "no_register" | "compliant" | "non_compliant";
                statusLabel: string;
                items: {
                  /** @enum {string} */
                  item:
                    | "guards"
                    | "closedManagement"
                    | "alarmLinked"
                    | "entranceVideo"
                    | "videoRetention"
                    | "vehicleBarriers"
                    | "escortPost";
                  label: string;
                  required: number | boolean;
                  actual: number | boolean;
                  met: boolean;
                  /** @description 参考值：平台取值，非法定要求 */
                  reference: boolean;
                }[];
                register: {
                  enrolment: number;
                  guards: number;
                  closedManagement: boolean;
                  alarmLinked: boolean;
                  entranceVideo: boolean;
                  videoRetentionDays: number;
                  vehicleBarriers: boolean;
                  escortPost: boolean;
                } | null;
                canEdit: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/crisis-cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fullAccess: boolean;
              items: {
                /** Format: uuid */
                id: string;
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                subjectKind: "student" | "staff";
                subjectName: string;
                masked: boolean;
                /** @enum {string} */
                risk: "high" | "medium" | "low";
                riskLabel: string;
                /** Format: date */
                openedOn: string;
                /** Format: date */
                nextFollowUp: string;
                followUpOverdue: boolean;
                /** @enum {string} */
                status: "open" | "closed";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            subjectKind: "student" | "staff";
            subjectName: string;
            /** @enum {string} */
            risk: "high" | "medium" | "low";
            summary: string;
            /** @default  */
            intervention?: string;
            /** Format: date */
            openedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/crisis-cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              school: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** @enum {string} */
              subjectKind: "student" | "staff";
              subjectName: string;
              masked: boolean;
              /** @enum {string} */
              risk: "high" | "medium" | "low";
              riskLabel: string;
              /** Format: date */
              openedOn: string;
              /** Format: date */
              nextFollowUp: string;
              followUpOverdue: boolean;
              /** @enum {string} */
              status: "open" | "closed";
              summary: string;
              intervention: string;
              followUps: {
                /** Format: uuid */
                id: string;
                /** Format: date */
                onDate: string;
                note: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/crisis-cases/{id}/follow-ups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            onDate: string;
            note: string;
            /** @enum {string} */
            risk?: "high" | "medium" | "low";
            /** @default false */
            close?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/crisis-officers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            duty: "school_psychologist" | "district_officer";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/drills": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          term?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              term: string;
              termLabel: string;
              drills: {
                /** Format: uuid */
                id: string;
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                drillType: string;
                drillTypeLabel: string;
                /** Format: date */
                heldOn: string;
                participants: number;
                problems: string;
              }[];
              lessons: {
                /** Format: uuid */
                id: string;
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                topic: string;
                /** Format: date */
                heldOn: string;
                grade: string;
                participants: number;
              }[];
              perSchool: {
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                districtName: string;
                held: number;
                required: number;
                shortfall: number;
                lessons: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            drillType: "evacuation" | "fire" | "earthquake" | "anti_terror" | "flood" | "other";
            /** Format: date */
            heldOn: string;
            participants: number;
            /** @default  */
            problems?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/facilities/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            enrolment: number;
            guards: number;
            closedManagement: boolean;
            alarmLinked: boolean;
            entranceVideo: boolean;
            videoRetentionDays: number;
            vehicleBarriers: boolean;
            escortPost: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/hazards": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: ("reported" | "assigned" | "rectified" | "verified" | "closed") | "open" | "overdue";
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["SafetyHazard"][];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** Format: uuid */
            inspectionId?: string;
            /** @enum {string} */
            level: "major" | "serious" | "general";
            title: string;
            /** @default  */
            description?: string;
            responsible?: string;
            /** Format: date */
            deadline?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyHazard"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/hazards/by-district": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                open: number;
                overdue: number;
                major: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/hazards/{id}/transition": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            action: "assign" | "rectify" | "verify" | "reject" | "close";
            responsible?: string;
            /** Format: date */
            deadline?: string;
            evidence?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyHazard"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/incidents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: ("reported" | "acknowledged" | "closed") | "open";
          severity?: "I" | "II" | "III" | "IV";
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["SafetyIncident"][];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            clientKey?: string;
            /** @enum {string} */
            category:
              | "accident"
              | "violence"
              | "fire"
              | "food"
              | "traffic"
              | "drowning"
              | "building"
              | "health"
              | "psychological"
              | "public_security"
              | "natural_disaster"
              | "other";
            /** @enum {string} */
            severity: "I" | "II" | "III" | "IV";
            title: string;
            description: string;
            /** @default 0 */
            casualties?: number;
            /**
             * Format: date-time
             * @description 事发时间
             */
            occurredAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncident"];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncident"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/incidents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncidentDetail"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/incidents/{id}/acknowledge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncidentDetail"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/incidents/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncidentDetail"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/incidents/{id}/follow-up": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SafetyIncidentDetail"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/inspections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                kind: "self" | "spot";
                kindLabel: string;
                topic: string;
                topicLabel: string;
                /** Format: date */
                inspectedOn: string;
                inspector: string;
                checkedItems: {
                  item: string;
                  ok: boolean;
                }[];
                findings: string;
              }[];
              missed: {
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                months: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            kind: "self" | "spot";
            /** @enum {string} */
            topic:
              | "fire"
              | "food"
              | "buildings"
              | "traffic"
              | "water"
              | "electricity"
              | "labs"
              | "dormitories"
              | "security";
            /** Format: date */
            inspectedOn: string;
            inspector: string;
            /** @default [] */
            checkedItems?: {
              item: string;
              ok: boolean;
            }[];
            /** @default  */
            findings?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/lessons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            topic: string;
            /** Format: date */
            heldOn: string;
            /** @default  */
            grade?: string;
            participants: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/opinion-events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                unit: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                incident: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                } | null;
                source: string;
                /** @enum {string} */
                level: "high" | "medium" | "low";
                levelLabel: string;
                summary: string;
                response: string;
                /** @enum {string} */
                status: "open" | "closed";
                /** Format: date-time */
                reportedAt: string;
                /** Format: date-time */
                closedAt: string | null;
                canHandle: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            orgUnitId: string;
            /** Format: uuid */
            incidentId?: string;
            source: string;
            /** @enum {string} */
            level: "high" | "medium" | "low";
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/opinion-events/{id}/respond": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            response: string;
            /** @default false */
            close?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              unit: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              incident: {
                /** Format: uuid */
                id: string;
                title: string;
              } | null;
              source: string;
              /** @enum {string} */
              level: "high" | "medium" | "low";
              levelLabel: string;
              summary: string;
              response: string;
              /** @enum {string} */
              status: "open" | "closed";
              /** Format: date-time */
              reportedAt: string;
              /** Format: date-time */
              closedAt: string | null;
              canHandle: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/sweep": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              incidentsEscalated: number;
              hazardsEscalated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/timeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["SafetyTimelineStep"][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/upgrades": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                school: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                item: string;
                itemLabel: string;
                budgetWan: number;
                /** Format: date */
                plannedBy: string;
                /** Format: date */
                completedOn: string | null;
              }[];
              totals: {
                items: number;
                completed: number;
                budgetWan: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            item:
              | "guards"
              | "closedManagement"
              | "alarmLinked"
              | "entranceVideo"
              | "videoRetention"
              | "vehicleBarriers"
              | "escortPost";
            budgetWan: number;
            /** Format: date */
            plannedBy: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/campus-safety/upgrades/{id}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default  */
            note?: string;
            /** Format: date */
            completedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            institutionId: string;
            schoolYear: string;
            grade: number;
            name: string;
            students: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              schoolYear: string;
              grade: number;
              gradeLabel: string;
              name: string;
              students: number;
              /** @enum {string|null} */
              band: "standard" | "oversized" | "large" | "superLarge" | null;
              bandLabel: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/institutions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                type:
                  | "kindergarten"
                  | "primary"
                  | "junior"
                  | "nine_year"
                  | "complete_secondary"
                  | "senior"
                  | "secondary_vocational"
                  | "special"
                  | "higher_vocational"
                  | "community_learning_centre"
                  | "out_of_school";
                typeLabel: string;
                places: number;
                district: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                grades: number[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/institutions/{institutionId}/years": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                schoolYear: string;
                classes: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/institutions/{institutionId}/years/{schoolYear}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          schoolYear: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              institution: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                type:
                  | "kindergarten"
                  | "primary"
                  | "junior"
                  | "nine_year"
                  | "complete_secondary"
                  | "senior"
                  | "secondary_vocational"
                  | "special"
                  | "higher_vocational"
                  | "community_learning_centre"
                  | "out_of_school";
                typeLabel: string;
                places: number;
                district: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                grades: number[];
              };
              schoolYear: string;
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                institutionId: string;
                schoolYear: string;
                grade: number;
                gradeLabel: string;
                name: string;
                students: number;
                /** @enum {string|null} */
                band: "standard" | "oversized" | "large" | "superLarge" | null;
                bandLabel: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              summary: {
                classes: number;
                students: number;
                places: number;
                placesRecorded: boolean;
                measuredClasses: number;
                byBand: {
                  standard: number;
                  oversized: number;
                  large: number;
                  superLarge: number;
                };
                largeShare: number | null;
                superLargeShare: number | null;
                byGrade: {
                  grade: number;
                  gradeLabel: string;
                  classes: number;
                  students: number;
                  large: number;
                  superLarge: number;
                }[];
              };
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          schoolYear: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            classes: {
              grade: number;
              name: string;
              students: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              institution: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                type:
                  | "kindergarten"
                  | "primary"
                  | "junior"
                  | "nine_year"
                  | "complete_secondary"
                  | "senior"
                  | "secondary_vocational"
                  | "special"
                  | "higher_vocational"
                  | "community_learning_centre"
                  | "out_of_school";
                typeLabel: string;
                places: number;
                district: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                grades: number[];
              };
              schoolYear: string;
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                institutionId: string;
                schoolYear: string;
                grade: number;
                gradeLabel: string;
                name: string;
                students: number;
                /** @enum {string|null} */
                band: "standard" | "oversized" | "large" | "superLarge" | null;
                bandLabel: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              summary: {
                classes: number;
                students: number;
                places: number;
                placesRecorded: boolean;
                measuredClasses: number;
                byBand: {
                  standard: number;
                  oversized: number;
                  large: number;
                  superLarge: number;
                };
                largeShare: number | null;
                superLargeShare: number | null;
                byGrade: {
                  grade: number;
                  gradeLabel: string;
                  classes: number;
                  students: number;
                  large: number;
                  superLarge: number;
                }[];
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/institutions/{institutionId}/years/{schoolYear}/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          schoolYear: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              classes: number;
              students: number;
              places: number;
              placesRecorded: boolean;
              measuredClasses: number;
              byBand: {
                standard: number;
                oversized: number;
                large: number;
                superLarge: number;
              };
              largeShare: number | null;
              superLargeShare: number | null;
              byGrade: {
                grade: number;
                gradeLabel: string;
                classes: number;
                students: number;
                large: number;
                superLarge: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          schoolYear: string;
          districtId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              schoolYear: string;
              items: {
                institution: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  type:
                    | "kindergarten"
                    | "primary"
                    | "junior"
                    | "nine_year"
                    | "complete_secondary"
                    | "senior"
                    | "secondary_vocational"
                    | "special"
                    | "higher_vocational"
                    | "community_learning_centre"
                    | "out_of_school";
                  typeLabel: string;
                  places: number;
                  district: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                  };
                  grades: number[];
                };
                summary: {
                  classes: number;
                  students: number;
                  places: number;
                  placesRecorded: boolean;
                  measuredClasses: number;
                  byBand: {
                    standard: number;
                    oversized: number;
                    large: number;
                    superLarge: number;
                  };
                  largeShare: number | null;
                  superLargeShare: number | null;
                  byGrade: {
                    grade: number;
                    gradeLabel: string;
                    classes: number;
                    students: number;
                    large: number;
                    superLarge: number;
                  }[];
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/classes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            grade?: number;
            name?: string;
            students?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              schoolYear: string;
              grade: number;
              gradeLabel: string;
              name: string;
              students: number;
              /** @enum {string|null} */
              band: "standard" | "oversized" | "large" | "superLarge" | null;
              bandLabel: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/data/approvals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          period: string;
          status?: "draft" | "submitted" | "district_approved" | "city_confirmed";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              period: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "year" | "school_year";
              };
              items: {
                orgUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  kind: "city" | "division" | "district" | "street" | "community" | "institution";
                  kindLabel: string;
                };
                valueCount: number;
                approval: {
                  /** @enum {string} */
                  status: "draft" | "submitted" | "district_approved" | "city_confirmed";
                  statusLabel: string;
                  locked: boolean;
                  /** Format: date-time */
                  submittedAt: string | null;
                  /** Format: date-time */
                  districtApprovedAt: string | null;
                  /** Format: date-time */
                  cityConfirmedAt: string | null;
                  returnedReason: string | null;
                };
                actions: {
                  edit: boolean;
                  submit: boolean;
                  approve: boolean;
                  confirm: boolean;
                  reopen: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/data/approvals/{action}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          action: "submit" | "approve" | "confirm" | "reopen";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            orgUnitId: string;
            period: string;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
              };
              period: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "year" | "school_year";
              };
              approval: {
                /** @enum {string} */
                status: "draft" | "submitted" | "district_approved" | "city_confirmed";
                statusLabel: string;
                locked: boolean;
                /** Format: date-time */
                submittedAt: string | null;
                /** Format: date-time */
                districtApprovedAt: string | null;
                /** Format: date-time */
                cityConfirmedAt: string | null;
                returnedReason: string | null;
              };
              actions: {
                edit: boolean;
                submit: boolean;
                approve: boolean;
                confirm: boolean;
                reopen: boolean;
              };
              elements: {
                code: string;
                name: string;
                unit: string;
                /** @enum {string} */
                valueType: "integer" | "number" | "percent";
                minValue: number | null;
                maxValue: number | null;
                description: string | null;
                value: number | null;
                /** Format: date-time */
                updatedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/data/elements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                name: string;
                unit: string;
                /** @enum {string} */
                valueType: "integer" | "number" | "percent";
                valueTypeLabel: string;
                /** @enum {string} */
                periodType: "year" | "school_year";
                periodTypeLabel: string;
                minValue: number | null;
                maxValue: number | null;
                description: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            name: string;
            unit: string;
            /** @enum {string} */
            valueType: "integer" | "number" | "percent";
            /** @enum {string} */
            periodType: "year" | "school_year";
            /** @default null */
            minValue?: number | null;
            /** @default null */
            maxValue?: number | null;
            /** @default null */
            description?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              name: string;
              unit: string;
              /** @enum {string} */
              valueType: "integer" | "number" | "percent";
              valueTypeLabel: string;
              /** @enum {string} */
              periodType: "year" | "school_year";
              periodTypeLabel: string;
              minValue: number | null;
              maxValue: number | null;
              description: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/data/elements/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            unit?: string;
            minValue?: number | null;
            maxValue?: number | null;
            description?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              code: string;
              name: string;
              unit: string;
              /** @enum {string} */
              valueType: "integer" | "number" | "percent";
              valueTypeLabel: string;
              /** @enum {string} */
              periodType: "year" | "school_year";
              periodTypeLabel: string;
              minValue: number | null;
              maxValue: number | null;
              description: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/data/forms": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          orgUnitId: string;
          period: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
              };
              period: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "year" | "school_year";
              };
              approval: {
                /** @enum {string} */
                status: "draft" | "submitted" | "district_approved" | "city_confirmed";
                statusLabel: string;
                locked: boolean;
                /** Format: date-time */
                submittedAt: string | null;
                /** Format: date-time */
                districtApprovedAt: string | null;
                /** Format: date-time */
                cityConfirmedAt: string | null;
                returnedReason: string | null;
              };
              actions: {
                edit: boolean;
                submit: boolean;
                approve: boolean;
                confirm: boolean;
                reopen: boolean;
              };
              elements: {
                code: string;
                name: string;
                unit: string;
                /** @enum {string} */
                valueType: "integer" | "number" | "percent";
                minValue: number | null;
                maxValue: number | null;
                description: string | null;
                value: number | null;
                /** Format: date-time */
                updatedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/data/values": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            orgUnitId: string;
            period: string;
            values: {
              [key: string]: number | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
              };
              period: {
                key: string;
                label: string;
                /** @enum {string} */
                type: "year" | "school_year";
              };
              approval: {
                /** @enum {string} */
                status: "draft" | "submitted" | "district_approved" | "city_confirmed";
                statusLabel: string;
                locked: boolean;
                /** Format: date-time */
                submittedAt: string | null;
                /** Format: date-time */
                districtApprovedAt: string | null;
                /** Format: date-time */
                cityConfirmedAt: string | null;
                returnedReason: string | null;
              };
              actions: {
                edit: boolean;
                submit: boolean;
                approve: boolean;
                confirm: boolean;
                reopen: boolean;
              };
              elements: {
                code: string;
                name: string;
                unit: string;
                /** @enum {string} */
                valueType: "integer" | "number" | "percent";
                minValue: number | null;
                maxValue: number | null;
                description: string | null;
                value: number | null;
                /** Format: date-time */
                updatedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/designations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          typeCode?: string;
          year?: number;
          districtId?: string;
          institutionId?: string;
          q?: string;
          includeRevoked?: "0" | "1" | "true" | "false";
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Designation"][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            institutionId: string;
            typeCode: string;
            year: number;
            documentNo?: string | null;
            /** Format: date */
            documentDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Designation"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/designations/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          year?: number;
          districtId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                typeCode: string;
                typeName: string;
                year: number;
                active: number;
                revoked: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/designations/types": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/designations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Designation"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            documentNo?: string | null;
            /** Format: date */
            documentDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Designation"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/designations/{id}/revoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            revokedOn: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Designation"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            districtId: string;
            /** @enum {string} */
            household: "district" | "city" | "other";
            /** @enum {string} */
            residence: "owned" | "rented" | "other";
            children: {
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              idNumber: string;
            }[];
            choices: string[];
            guardian?: {
              name: string;
              /** @enum {string} */
              relation: "father" | "mother" | "grandparent" | "other";
              phone: string;
              address: string;
            };
            /** @enum {boolean} */
            pledged?: true;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EnrolmentApplication"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/applications/mine": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["EnrolmentApplication"][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/applications/{id}/decline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EnrolmentApplication"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/applications/{id}/second-choices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            choices: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EnrolmentApplication"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/applications/{id}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EnrolmentApplication"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/draws/{id}/redraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
            seedInputs: {
              label: string;
              value: string;
              nonce?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              phase: number;
              /** @enum {string} */
              status: "frozen" | "drawn" | "published" | "superseded";
              label: string;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              applicants: number;
              lists: {
                school: string;
                quota: number;
                applicants: number;
                digest: string;
              }[];
              seedInputs:
                | {
                    label: string;
                    value: string;
                    nonce?: string;
                  }[]
                | null;
              seed: string | null;
              admitted: number | null;
              unplaced: number | null;
              redrawReason: string | null;
              /** Format: date-time */
              frozenAt: string;
              /** Format: date-time */
              drawnAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/draws/{id}/run": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            seedInputs: {
              label: string;
              value: string;
              nonce?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              phase: number;
              /** @enum {string} */
              status: "frozen" | "drawn" | "published" | "superseded";
              label: string;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              applicants: number;
              lists: {
                school: string;
                quota: number;
                applicants: number;
                digest: string;
              }[];
              seedInputs:
                | {
                    label: string;
                    value: string;
                    nonce?: string;
                  }[]
                | null;
              seed: string | null;
              admitted: number | null;
              unplaced: number | null;
              redrawReason: string | null;
              /** Format: date-time */
              frozenAt: string;
              /** Format: date-time */
              drawnAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          roundId: string;
          status?: "submitted" | "approved" | "returned" | "withdrawn";
          q?: string;
          page?: number;
          pageSize?: number;
          sort?: "number" | "submittedAt" | "status" | "household" | "district";
          order?: "asc" | "desc";
          districtId?: string;
          institutionId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                roundId: string;
                number: string;
                district: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                household: "district" | "city" | "other";
                /** @enum {string} */
                residence: "owned" | "rented" | "other";
                choices: string[];
                secondChoices: string[] | null;
                /** @enum {string} */
                status: "submitted" | "approved" | "returned" | "withdrawn";
                returnReason: string | null;
                /** Format: date-time */
                reviewedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                guardian: {
                  name: string;
                  relation: string;
                  phone: string;
                  address: string;
                } | null;
                /** Format: date-time */
                pledgedAt: string | null;
                children: {
                  number: string;
                  name: string;
                  /** @enum {string} */
                  sex: "male" | "female";
                  birthDate: string;
                  idNumber: string;
                }[];
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/review/{id}/approve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              roundId: string;
              number: string;
              district: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** @enum {string} */
              household: "district" | "city" | "other";
              /** @enum {string} */
              residence: "owned" | "rented" | "other";
              choices: string[];
              secondChoices: string[] | null;
              /** @enum {string} */
              status: "submitted" | "approved" | "returned" | "withdrawn";
              returnReason: string | null;
              /** Format: date-time */
              reviewedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              guardian: {
                name: string;
                relation: string;
                phone: string;
                address: string;
              } | null;
              /** Format: date-time */
              pledgedAt: string | null;
              children: {
                number: string;
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                birthDate: string;
                idNumber: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/review/{id}/personal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                number: string;
                name: string;
                idNumber: string;
                birthDate: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/review/{id}/return": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              roundId: string;
              number: string;
              district: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /** @enum {string} */
              household: "district" | "city" | "other";
              /** @enum {string} */
              residence: "owned" | "rented" | "other";
              choices: string[];
              secondChoices: string[] | null;
              /** @enum {string} */
              status: "submitted" | "approved" | "returned" | "withdrawn";
              returnReason: string | null;
              /** Format: date-time */
              reviewedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              guardian: {
                name: string;
                relation: string;
                phone: string;
                address: string;
              } | null;
              /** Format: date-time */
              pledgedAt: string | null;
              children: {
                number: string;
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                birthDate: string;
                idNumber: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                year: number;
                /** @enum {string} */
                stage: "primary_1" | "junior_1";
                name: string;
                code: string;
                maxChoices: number;
                /** @enum {string} */
                mechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                secondMechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                partialUnit: "skip" | "stop";
                calendar: {
                  application: {
                    start: string;
                    end: string;
                  };
                  review: {
                    start: string;
                    end: string;
                  };
                  draw: {
                    start: string;
                    end: string;
                  };
                  publicity: {
                    start: string;
                    end: string;
                  };
                  admission: {
                    start: string;
                    end: string;
                  };
                  secondRound: {
                    start: string;
                    end: string;
                  };
                };
                seedAnnouncement: {
                  digits: number;
                  labels: string[];
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            /** @enum {string} */
            stage: "primary_1" | "junior_1";
            name: string;
            maxChoices: number;
            /** @enum {string} */
            mechanism: "boston" | "deferred-acceptance";
            /** @enum {string} */
            secondMechanism: "boston" | "deferred-acceptance";
            /**
             * @default skip
             * @enum {string}
             */
            partialUnit?: "skip" | "stop";
            calendar: {
              application: {
                start: string;
                end: string;
              };
              review: {
                start: string;
                end: string;
              };
              draw: {
                start: string;
                end: string;
              };
              publicity: {
                start: string;
                end: string;
              };
              admission: {
                start: string;
                end: string;
              };
              secondRound: {
                start: string;
                end: string;
              };
            };
            seedAnnouncement: {
              digits: number;
              labels: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              year: number;
              /** @enum {string} */
              stage: "primary_1" | "junior_1";
              name: string;
              code: string;
              maxChoices: number;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              secondMechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              partialUnit: "skip" | "stop";
              calendar: {
                application: {
                  start: string;
                  end: string;
                };
                review: {
                  start: string;
                  end: string;
                };
                draw: {
                  start: string;
                  end: string;
                };
                publicity: {
                  start: string;
                  end: string;
                };
                admission: {
                  start: string;
                  end: string;
                };
                secondRound: {
                  start: string;
                  end: string;
                };
              };
              seedAnnouncement: {
                digits: number;
                labels: string[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/rounds/{roundId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              year: number;
              /** @enum {string} */
              stage: "primary_1" | "junior_1";
              name: string;
              code: string;
              maxChoices: number;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              secondMechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              partialUnit: "skip" | "stop";
              calendar: {
                application: {
                  start: string;
                  end: string;
                };
                review: {
                  start: string;
                  end: string;
                };
                draw: {
                  start: string;
                  end: string;
                };
                publicity: {
                  start: string;
                  end: string;
                };
                admission: {
                  start: string;
                  end: string;
                };
                secondRound: {
                  start: string;
                  end: string;
                };
              };
              seedAnnouncement: {
                digits: number;
                labels: string[];
              };
              plans: {
                /** Format: uuid */
                institutionId: string;
                code: string;
                name: string;
                ownership: string;
                type: string;
                district: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                places: number;
                inLottery: boolean;
                reservedPercent: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            maxChoices: number;
            /** @enum {string} */
            mechanism: "boston" | "deferred-acceptance";
            /** @enum {string} */
            secondMechanism: "boston" | "deferred-acceptance";
            /**
             * @default skip
             * @enum {string}
             */
            partialUnit?: "skip" | "stop";
            calendar: {
              application: {
                start: string;
                end: string;
              };
              review: {
                start: string;
                end: string;
              };
              draw: {
                start: string;
                end: string;
              };
              publicity: {
                start: string;
                end: string;
              };
              admission: {
                start: string;
                end: string;
              };
              secondRound: {
                start: string;
                end: string;
              };
            };
            seedAnnouncement: {
              digits: number;
              labels: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              year: number;
              /** @enum {string} */
              stage: "primary_1" | "junior_1";
              name: string;
              code: string;
              maxChoices: number;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              secondMechanism: "boston" | "deferred-acceptance";
              /** @enum {string} */
              partialUnit: "skip" | "stop";
              calendar: {
                application: {
                  start: string;
                  end: string;
                };
                review: {
                  start: string;
                  end: string;
                };
                draw: {
                  start: string;
                  end: string;
                };
                publicity: {
                  start: string;
                  end: string;
                };
                admission: {
                  start: string;
                  end: string;
                };
                secondRound: {
                  start: string;
                  end: string;
                };
              };
              seedAnnouncement: {
                digits: number;
                labels: string[];
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/enrolment/rounds/{roundId}/draws": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                phase: number;
                /** @enum {string} */
                status: "frozen" | "drawn" | "published" | "superseded";
                label: string;
                /** @enum {string} */
                mechanism: "boston" | "deferred-acceptance";
                applicants: number;
                lists: {
                  school: string;
                  quota: number;
                  applicants: number;
                  digest: string;
                }[];
                seedInputs:
                  | {
                      label: string;
                      value: string;
                      nonce?: string;
                    }[]
                  | null;
                seed: string | null;
                admitted: number | null;
                unplaced: number | null;
                redrawReason: string | null;
                /** Format: date-time */
                frozenAt: string;
                /** Format: date-time */
                drawnAt: string | null;
                /** Format: date-time */
                publishedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            phase: 1 | 2;
            /** Format: date-time */
            earliestDrawAt: string;
            publicValues: {
              label: string;
              digits: number;
              source: string;
              /** Format: date-time */
              availableAt: string;
            }[];
            commitments?: {
              label: string;
              digest: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              phase: number;
              /** @enum {string} */
              status: "frozen" | "drawn" | "published" | "superseded";
              label: string;
              /** @enum {string} */
              mechanism: "boston" | "deferred-acceptance";
              applicants: number;
              lists: {
                school: string;
                quota: number;
                applicants: number;
                digest: string;
              }[];
              seedInputs:
                | {
                    label: string;
                    value: string;
                    nonce?: string;
                  }[]
                | null;
              seed: string | null;
              admitted: number | null;
              unplaced: number | null;
              redrawReason: string | null;
              /** Format: date-time */
              frozenAt: string;
              /** Format: date-time */
              drawnAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/rounds/{roundId}/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            institutionId: string;
            places: number;
            /** @default false */
            inLottery?: boolean;
            /** @default null */
            reservedPercent?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              institutionId: string;
              code: string;
              name: string;
              ownership: string;
              type: string;
              district: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              places: number;
              inLottery: boolean;
              reservedPercent: number | null;
            } | null;
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/enrolment/rounds/{roundId}/statistics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              applicants: number;
              schools: {
                code: string;
                name: string;
                district: string;
                places: number;
                firstChoice: number;
                anyChoice: number;
                ratio: number | null;
              }[];
              districts: {
                name: string;
                places: number;
                firstChoice: number;
                ratio: number | null;
                applicantsFromDistrict: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok";
              /** @enum {string} */
              engine: "pglite" | "postgresql";
              migrationVersion: number;
              bureauName: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/intakes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              items: {
                districtId: string;
                districtName: string;
                students: number | null;
              }[];
              total: number;
              target: {
                code: string;
                value: number;
              } | null;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            districtId: string;
            year: number;
            students: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              programme: string;
              districtId: string;
              year: number;
              students: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                title: string;
                kind: string;
                year: number;
                seriesNo: number | null;
                windowFrom: string;
                windowTo: string;
                /** @enum {string} */
                stage: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
                history: {
                  /** @enum {string} */
                  stage: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
                  on: string;
                  note?: string;
                }[];
                nominees: number;
                awarded: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind:
              | "famousPrincipal"
              | "teacherStudio"
              | "principalStudio"
              | "ruralStation"
              | "excellentTeacher"
              | "charmingTeacher";
            year: number;
            seriesNo?: number;
            windowFrom: string;
            windowTo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/rounds/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              title: string;
              kind: string;
              year: number;
              seriesNo: number | null;
              windowFrom: string;
              windowTo: string;
              /** @enum {string} */
              stage: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
              history: {
                /** @enum {string} */
                stage: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
                on: string;
                note?: string;
              }[];
              nominees: {
                teacherId: string;
                name: string;
                teacherNumber: string;
                institutionName: string;
                post: string;
                selected: boolean;
                awardedOn: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/rounds/{id}/advance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            to: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
            selected?: string[];
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              stage: "nomination" | "review" | "publicity" | "awarded" | "cancelled";
              stageLabel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/rounds/{id}/nominations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            teacherId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              nominated: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/studios": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                type: string;
                name: string;
                establishment: string;
                year: number;
                leaderId: string;
                leaderName: string;
                institutionName: string;
                members: number;
                assessments: {
                  year: number;
                  grade: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            type: "名校长工作室" | "名园长工作室" | "名师工作室" | "名师农村工作站";
            name: string;
            /** @enum {string} */
            establishment: "新建" | "换届";
            year: number;
            /** Format: uuid */
            leaderId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/studios/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              type: string;
              name: string;
              establishment: string;
              year: number;
              leaderId: string;
              leaderName: string;
              institutionName: string;
              members: {
                teacherId: string;
                teacherNumber: string;
                name: string;
                institutionName: string;
                post: string;
                title: string;
                leader: boolean;
              }[];
              assessments: {
                year: number;
                grade: string;
                note: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/studios/{id}/assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            /** @enum {string} */
            grade: "excellent" | "pass" | "fail";
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              year: number;
              /** @enum {string} */
              grade: "excellent" | "pass" | "fail";
              note?: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/studios/{id}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            teacherIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              added: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/honours/studios/{id}/members/{teacherId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          teacherId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                name: string;
                unit: string;
                factor: number;
                /** @enum {string} */
                periodType: "year" | "school_year";
                snapshot: boolean;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
                /** @enum {string} */
                source: "registry" | "reported";
                description: string;
                numeratorText: string;
                denominatorText: string | null;
                params: {
                  key: string;
                  label: string;
                  multiple: boolean;
                  default: string;
                  options: {
                    value: string;
                    label: string;
                  }[];
                }[];
              }[];
              periods: {
                year: {
                  value: string;
                  label: string;
                }[];
                school_year: {
                  value: string;
                  label: string;
                }[];
              };
              defaults: {
                year: string;
                school_year: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators/{code}/breakdown": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          orgUnitId?: string;
          period?: string;
          includeUnapproved?: "true" | "false";
          stage?: string;
          designationType?: string;
          kinds?: string;
          ownership?: string;
          basis?: string;
          minStatus?: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              indicator: {
                code: string;
                name: string;
                numeratorText: string;
                denominatorText: string | null;
                unit: string;
                factor: number;
                /** @enum {string} */
                periodType: "year" | "school_year";
                snapshot: boolean;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
                params: {
                  [key: string]: string;
                };
              };
              period: {
                key: string;
                label: string;
              };
              includeUnapproved: boolean;
              dataBasis: {
                /** @enum {string} */
                kind: "approved" | "approved_and_own";
                label: string;
              };
              ancestors: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
                numerator: number;
                denominator: number;
                value: number | null;
              };
              children: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
                childCount: number;
                numerator: number;
                denominator: number;
                value: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators/{code}/evaluate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          orgUnitId?: string;
          period?: string;
          includeUnapproved?: "true" | "false";
          stage?: string;
          designationType?: string;
          kinds?: string;
          ownership?: string;
          basis?: string;
          minStatus?: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              indicator: {
                code: string;
                name: string;
                numeratorText: string;
                denominatorText: string | null;
                unit: string;
                factor: number;
                /** @enum {string} */
                periodType: "year" | "school_year";
                snapshot: boolean;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
                params: {
                  [key: string]: string;
                };
              };
              period: {
                key: string;
                label: string;
              };
              includeUnapproved: boolean;
              dataBasis: {
                /** @enum {string} */
                kind: "approved" | "approved_and_own";
                label: string;
              };
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
              };
              numerator: number;
              denominator: number;
              value: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators/{code}/series": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          orgUnitId?: string;
          period?: string;
          includeUnapproved?: "true" | "false";
          stage?: string;
          designationType?: string;
          kinds?: string;
          ownership?: string;
          basis?: string;
          minStatus?: string;
          count?: number;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              indicator: {
                code: string;
                name: string;
                numeratorText: string;
                denominatorText: string | null;
                unit: string;
                factor: number;
                /** @enum {string} */
                periodType: "year" | "school_year";
                snapshot: boolean;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
                params: {
                  [key: string]: string;
                };
              };
              period: {
                key: string;
                label: string;
              };
              includeUnapproved: boolean;
              dataBasis: {
                /** @enum {string} */
                kind: "approved" | "approved_and_own";
                label: string;
              };
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
              };
              points: {
                period: string;
                label: string;
                numerator: number;
                denominator: number;
                value: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/indicators/{code}/values": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          period?: string;
          includeUnapproved?: "true" | "false";
          stage?: string;
          designationType?: string;
          kinds?: string;
          ownership?: string;
          basis?: string;
          minStatus?: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              indicator: {
                code: string;
                name: string;
                numeratorText: string;
                denominatorText: string | null;
                unit: string;
                factor: number;
                /** @enum {string} */
                periodType: "year" | "school_year";
                snapshot: boolean;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
                params: {
                  [key: string]: string;
                };
              };
              period: {
                key: string;
                label: string;
              };
              includeUnapproved: boolean;
              dataBasis: {
                /** @enum {string} */
                kind: "approved" | "approved_and_own";
                label: string;
              };
              items: {
                /** Format: uuid */
                orgUnitId: string;
                numerator: number;
                denominator: number;
                value: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/assignments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                schools: {
                  id: string;
                  name: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            inspectorId: string;
            schoolIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              inspectorId: string;
              schools: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/assignments/coverage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          month: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              month: string;
              ok: boolean;
              totalSchools: number;
              coveredSchools: number;
              uncovered: {
                id: string;
                name: string;
              }[];
              underAssigned: {
                id: string;
                name: string;
                schools: number;
              }[];
              inspectors: {
                id: string;
                name: string;
                schools: number;
                visits: number;
                coverage: number | null;
              }[];
              monthlyCoverage: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/assignments/mine": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/assignments/schools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/board": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              indicators: {
                code: string;
                name: string;
                maxScore: number;
                computed: boolean;
                parentName: string;
              }[];
              districts: {
                id: string;
                name: string;
                /** @enum {string} */
                status: "self_evaluating" | "submitted" | "verified";
                total: number;
                rank: number;
                scores: (number | null)[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Complaint"][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            assigneeId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/contact": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              name: string | null;
              phone: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/ethics-record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            teacherId: string;
            /** Format: date */
            foundOn?: string;
            /** @enum {string} */
            severity: "minor" | "serious";
            description: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            days: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/reply": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            investigation: string;
            substantiated: boolean;
            reply: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/complaints/{id}/teachers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                subject: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/duty-visits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          month: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                school: {
                  id: string;
                  name: string;
                };
                /** Format: date */
                visitDate: string;
                matters: string[];
                feedback: string;
                mine: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            schoolId: string;
            /** Format: date */
            visitDate: string;
            matters: (
              | "校务管理"
              | "招生、收费、择校"
              | "课程开设和课业负担"
              | "教育教学和教师队伍"
              | "校园安全"
              | "食品卫生"
              | "学生体质健康"
              | "师德师风"
            )[];
            feedback: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              items: {
                id: string;
                district: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: "self_evaluating" | "submitted" | "verified";
                statusLabel: string;
                total: number;
                rank: number;
                scored: number;
                leafCount: number;
                weaknessCount: number;
                previousTotal: number | null;
                closureRate: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/open": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              opened: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/summary.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/conclude": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            deadline: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query: {
          item: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/evidence/{evidenceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          evidenceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/self-scores": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            items: {
              code: string;
              input:
                | {
                    /** @enum {string} */
                    kind: "yes_no";
                    met: boolean;
                  }
                | {
                    /** @enum {string} */
                    kind: "graded";
                    grade: string;
                  }
                | {
                    /** @enum {string} */
                    kind: "score";
                    score: number;
                  };
              note?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/evaluations/{id}/verification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            items: {
              code: string;
              score: number;
              comment?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DutyEvaluation"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/frameworks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                year: number;
                name: string;
                indicators: {
                  code: string;
                  name: string;
                  level: 1 | 2;
                  parentCode: string | null;
                  maxScore: number;
                  rule:
                    | (
                        | {
                            /** @enum {string} */
                            kind: "yes_no";
                          }
                        | {
                            /** @enum {string} */
                            kind: "graded";
                            grades: {
                              label: string;
                              fraction: number;
                            }[];
                          }
                        | {
                            /** @enum {string} */
                            kind: "computed";
                            measure: string;
                            filter: {
                              [key: string]: unknown;
                            };
                            /** @enum {string} */
                            betterWhen: "higher" | "lower";
                            thresholds: {
                              threshold: number;
                              fraction: number;
                            }[];
                          }
                      )
                    | null;
                }[];
                editable: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            name: string;
            indicators: {
              code: string;
              name: string;
              level: 1 | 2;
              parentCode: string | null;
              maxScore: number;
              rule:
                | (
                    | {
                        /** @enum {string} */
                        kind: "yes_no";
                      }
                    | {
                        /** @enum {string} */
                        kind: "graded";
                        grades: {
                          label: string;
                          fraction: number;
                        }[];
                      }
                    | {
                        /** @enum {string} */
                        kind: "computed";
                        measure: string;
                        filter: {
                          [key: string]: unknown;
                        };
                        /** @enum {string} */
                        betterWhen: "higher" | "lower";
                        thresholds: {
                          threshold: number;
                          fraction: number;
                        }[];
                      }
                  )
                | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/frameworks/measures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                label: string;
                /** @enum {string} */
                betterWhen: "higher" | "lower";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/frameworks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            name: string;
            indicators: {
              code: string;
              name: string;
              level: 1 | 2;
              parentCode: string | null;
              maxScore: number;
              rule:
                | (
                    | {
                        /** @enum {string} */
                        kind: "yes_no";
                      }
                    | {
                        /** @enum {string} */
                        kind: "graded";
                        grades: {
                          label: string;
                          fraction: number;
                        }[];
                      }
                    | {
                        /** @enum {string} */
                        kind: "computed";
                        measure: string;
                        filter: {
                          [key: string]: unknown;
                        };
                        /** @enum {string} */
                        betterWhen: "higher" | "lower";
                        thresholds: {
                          threshold: number;
                          fraction: number;
                        }[];
                      }
                  )
                | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/analysis": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              groups: {
                subject: string;
                grade: string;
                schools: number;
                cityMean: number | null;
                nationalMean: number | null;
                cvLimit: number;
                districts: {
                  id: string;
                  name: string;
                  schools: number;
                  mean: number | null;
                  gapToCity: number | null;
                  cv: number | null;
                  balanced: boolean | null;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/monitoring/years": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              years: number[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/plan-progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              taskCode: string;
              evaluation: {
                year: number;
                districts: number;
                submitted: number;
                verified: number;
              };
              rectification: {
                total: number;
                closed: number;
                overdue: number;
                closureRate: number | null;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                title: string;
                /** @enum {string} */
                topic: "ethics" | "burden" | "conduct" | "safety" | "other";
                topicLabel: string;
                unannounced: boolean;
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string;
                sampleSize: number;
                inspectors: {
                  id: string;
                  name: string;
                }[];
                isMember: boolean;
                visibleVisits: number;
                recordedVisits: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /** @enum {string} */
            topic: "ethics" | "burden" | "conduct" | "safety" | "other";
            unannounced: boolean;
            checklist: {
              code: string;
              question: string;
            }[];
            /** Format: uuid */
            scopeUnitId: string;
            sampleSize: number;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            inspectorIds: string[];
            /** @default false */
            public?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/plans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              title: string;
              /** @enum {string} */
              topic: "ethics" | "burden" | "conduct" | "safety" | "other";
              topicLabel: string;
              unannounced: boolean;
              /** Format: date */
              startsOn: string;
              /** Format: date */
              endsOn: string;
              sampleSize: number;
              checklist: {
                code: string;
                question: string;
              }[];
              inspectors: {
                id: string;
                name: string;
              }[];
              isMember: boolean;
              seed: string | null;
              algorithm: string | null;
              visits: {
                id: string;
                school: {
                  id: string;
                  name: string;
                };
                /** Format: date */
                visitDate: string;
                /** @enum {string} */
                status: "scheduled" | "recorded";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          state?: "ordered" | "plan_submitted" | "evidence_submitted" | "returned" | "accepted" | "closed";
          mine?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                title: string;
                /** @enum {string} */
                sourceKind: "finding" | "weakness";
                unit: {
                  id: string;
                  name: string;
                };
                /** Format: date */
                deadline: string;
                /** @enum {string} */
                state:
                  "ordered" | "plan_submitted" | "evidence_submitted" | "returned" | "accepted" | "closed";
                stateLabel: string;
                overdue: boolean;
                /** Format: date */
                escalatedOn: string | null;
              }[];
              closureRate: number | null;
              overdue: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications/sweep": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              escalated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Rectification"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Rectification"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications/{id}/evidence/{evidenceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          evidenceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/rectifications/{id}/{action}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          action: "submit_plan" | "submit_evidence" | "accept" | "return" | "close";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default  */
            text?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Rectification"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/visits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          mine?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                plan: {
                  id: string;
                  title: string;
                  unannounced: boolean;
                };
                school: {
                  id: string;
                  name: string;
                };
                /** Format: date */
                visitDate: string;
                /** @enum {string} */
                status: "scheduled" | "recorded";
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/visits/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InspectionVisit"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/visits/{id}/photos": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InspectionVisit"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/visits/{id}/photos/{evidenceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          evidenceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/inspectorate/visits/{id}/record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answers: {
              code: string;
              compliant: boolean;
              /** @default  */
              note?: string;
            }[];
            /** @default  */
            summary?: string;
            findings: {
              /** @enum {string} */
              severity: "minor" | "major" | "serious";
              description: string;
              rectify?: {
                /** @enum {string} */
                unit: "school" | "district";
                /** Format: date */
                deadline: string;
                /** @default  */
                requirement?: string;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InspectionVisit"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          streetId?: string;
          type?:
            | "kindergarten"
            | "primary"
            | "junior"
            | "nine_year"
            | "complete_secondary"
            | "senior"
            | "secondary_vocational"
            | "special"
            | "higher_vocational"
            | "community_learning_centre"
            | "out_of_school";
          ownership?: "public" | "private";
          inclusive?: string;
          status?: "operating" | "closed" | "preparing";
          q?: string;
          page?: number;
          pageSize?: number;
          sort?: "district" | "code" | "name" | "type" | "places" | "status" | "updatedAt";
          order?: "asc" | "desc";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                type:
                  | "kindergarten"
                  | "primary"
                  | "junior"
                  | "nine_year"
                  | "complete_secondary"
                  | "senior"
                  | "secondary_vocational"
                  | "special"
                  | "higher_vocational"
                  | "community_learning_centre"
                  | "out_of_school";
                /** @enum {string} */
                ownership: "public" | "private";
                inclusive: boolean;
                educationGroup: string | null;
                groupLead: boolean;
                district: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                };
                street: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                } | null;
                address: string | null;
                longitude: number | null;
                latitude: number | null;
                /** @enum {string} */
                status: "operating" | "closed" | "preparing";
                places: number;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
            name: string;
            /** @enum {string} */
            type:
              | "kindergarten"
              | "primary"
              | "junior"
              | "nine_year"
              | "complete_secondary"
              | "senior"
              | "secondary_vocational"
              | "special"
              | "higher_vocational"
              | "community_learning_centre"
              | "out_of_school";
            /** @enum {string} */
            ownership: "public" | "private";
            /** @default false */
            inclusive?: boolean;
            /** @default null */
            educationGroup?: string | null;
            /** @default false */
            groupLead?: boolean;
            /** Format: uuid */
            districtId: string;
            /**
             * Format: uuid
             * @default null
             */
            streetId?: string | null;
            /** @default null */
            address?: string | null;
            /** @default null */
            longitude?: number | null;
            /** @default null */
            latitude?: number | null;
            /**
             * @default operating
             * @enum {string}
             */
            status?: "operating" | "closed" | "preparing";
            /** @default 0 */
            places?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InstitutionDetail"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/areas": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              districts: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                streets: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          streetId?: string;
          type?:
            | "kindergarten"
            | "primary"
            | "junior"
            | "nine_year"
            | "complete_secondary"
            | "senior"
            | "secondary_vocational"
            | "special"
            | "higher_vocational"
            | "community_learning_centre"
            | "out_of_school";
          ownership?: "public" | "private";
          inclusive?: string;
          status?: "operating" | "closed" | "preparing";
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/map": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          streetId?: string;
          type?:
            | "kindergarten"
            | "primary"
            | "junior"
            | "nine_year"
            | "complete_secondary"
            | "senior"
            | "secondary_vocational"
            | "special"
            | "higher_vocational"
            | "community_learning_centre"
            | "out_of_school";
          ownership?: "public" | "private";
          inclusive?: string;
          status?: "operating" | "closed" | "preparing";
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | "kindergarten"
                  | "primary"
                  | "junior"
                  | "nine_year"
                  | "complete_secondary"
                  | "senior"
                  | "secondary_vocational"
                  | "special"
                  | "higher_vocational"
                  | "community_learning_centre"
                  | "out_of_school";
                lng: number;
                lat: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/institutions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InstitutionDetail"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code?: string;
            name?: string;
            /** @enum {string} */
            type?:
              | "kindergarten"
              | "primary"
              | "junior"
              | "nine_year"
              | "complete_secondary"
              | "senior"
              | "secondary_vocational"
              | "special"
              | "higher_vocational"
              | "community_learning_centre"
              | "out_of_school";
            /** @enum {string} */
            ownership?: "public" | "private";
            inclusive?: boolean;
            educationGroup?: string | null;
            groupLead?: boolean;
            /** Format: uuid */
            districtId?: string;
            /** Format: uuid */
            streetId?: string | null;
            address?: string | null;
            longitude?: number | null;
            latitude?: number | null;
            /** @enum {string} */
            status?: "operating" | "closed" | "preparing";
            places?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InstitutionDetail"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/institutions/{id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: number;
                /** Format: date-time */
                at: string;
                actorName: string | null;
                entity: string;
                action: string;
                before: unknown;
                after: unknown;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          unread?: "true" | "false";
          kind?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                kind: string;
                title: string;
                body: string;
                link: string | null;
                /** Format: date-time */
                createdAt: string;
                read: boolean;
              }[];
              total: number;
              kinds: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notifications/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notifications/read-all": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              marked: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notifications/unread-count": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              unread: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notifications/{id}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/org-units": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            parentId: string;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "city" | "division" | "district" | "street" | "community" | "institution";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              parentId: string | null;
              code: string;
              name: string;
              /** @enum {string} */
              kind: "city" | "division" | "district" | "street" | "community" | "institution";
              kindLabel: string;
              path: string;
              depth: number;
              childCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/org-units/roots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                parentId: string | null;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
                path: string;
                depth: number;
                childCount: number;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/org-units/scope-filters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              districts: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              schools: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                districtId: string | null;
              }[];
              schoolCount: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/org-units/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                parentId: string | null;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
                path: string;
                depth: number;
                childCount: number;
                /** Format: date-time */
                createdAt: string;
                pathNames: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/org-units/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              parentId: string | null;
              code: string;
              name: string;
              /** @enum {string} */
              kind: "city" | "division" | "district" | "street" | "community" | "institution";
              kindLabel: string;
              path: string;
              depth: number;
              childCount: number;
              /** Format: date-time */
              createdAt: string;
              pathNames: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code?: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              parentId: string | null;
              code: string;
              name: string;
              /** @enum {string} */
              kind: "city" | "division" | "district" | "street" | "community" | "institution";
              kindLabel: string;
              path: string;
              depth: number;
              childCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/org-units/{id}/children": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                parentId: string | null;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
                kindLabel: string;
                path: string;
                depth: number;
                childCount: number;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          level?: "preschool" | "compulsory" | "senior" | "special";
          kind?: "new" | "rebuild" | "expand";
          q?: string;
          status?: "planned" | "under_construction" | "completed" | "in_use";
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["ConstructionProject"][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** Format: uuid */
            institutionId?: string | null;
            plannedInstitutionName?: string | null;
            /** Format: uuid */
            districtId?: string | null;
            /** @enum {string} */
            kind: "new" | "rebuild" | "expand";
            /** @enum {string} */
            level: "preschool" | "compulsory" | "senior" | "special";
            /** @enum {string} */
            ownership?: "public" | "private";
            /** @default 0 */
            placesAdded?: number;
            /** Format: date */
            plannedStart?: string | null;
            /** Format: date */
            plannedFinish?: string | null;
            investmentWan?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ConstructionProject"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/board": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          districtId?: string;
          level?: "preschool" | "compulsory" | "senior" | "special";
          kind?: "new" | "rebuild" | "expand";
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              columns: {
                /** @enum {string} */
                status: "planned" | "under_construction" | "completed" | "in_use";
                statusLabel: string;
                count: number;
                placesAdded: number;
                investmentWan: number;
                items: components["schemas"]["ConstructionProject"][];
              }[];
              totals: {
                count: number;
                placesAdded: number;
                investmentWan: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ConstructionProject"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            /** Format: uuid */
            institutionId?: string | null;
            plannedInstitutionName?: string | null;
            /** Format: uuid */
            districtId?: string;
            /** @enum {string} */
            kind?: "new" | "rebuild" | "expand";
            /** @enum {string} */
            level?: "preschool" | "compulsory" | "senior" | "special";
            /** @enum {string} */
            ownership?: "public" | "private";
            placesAdded?: number;
            /** Format: date */
            plannedStart?: string | null;
            /** Format: date */
            plannedFinish?: string | null;
            /** Format: date */
            actualStart?: string | null;
            /** Format: date */
            actualFinish?: string | null;
            investmentWan?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ConstructionProject"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/projects/{id}/tests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            indoorAir?: {
              /** @enum {string} */
              result: "pending" | "passed" | "failed";
              /** Format: date */
              testedOn?: string | null;
            };
            syntheticTrack?: {
              /** @enum {string} */
              result: "pending" | "passed" | "failed";
              /** Format: date */
              testedOn?: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ConstructionProject"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{id}/transition": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "planned" | "under_construction" | "completed" | "in_use";
            /** Format: date */
            actualStart?: string;
            /** Format: date */
            actualFinish?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ConstructionProject"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/districts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                year: number;
                /** @enum {string} */
                stage: "primary_1" | "junior_1";
                name: string;
                code: string;
                maxChoices: number;
                /** @enum {string} */
                mechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                secondMechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                partialUnit: "skip" | "stop";
                calendar: {
                  application: {
                    start: string;
                    end: string;
                  };
                  review: {
                    start: string;
                    end: string;
                  };
                  draw: {
                    start: string;
                    end: string;
                  };
                  publicity: {
                    start: string;
                    end: string;
                  };
                  admission: {
                    start: string;
                    end: string;
                  };
                  secondRound: {
                    start: string;
                    end: string;
                  };
                };
                seedAnnouncement: {
                  digits: number;
                  labels: string[];
                };
                phases: {
                  phase: number;
                  status: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/announcements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                phase: number;
                algorithmVersion: string;
                round: string;
                /** @enum {string} */
                mechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                partialUnit: "skip" | "stop";
                lists: {
                  school: string;
                  quota: number;
                  applicants: number;
                  digest: string;
                }[];
                seedAnnouncement: {
                  digits: number;
                  labels: string[];
                  publicValues?: {
                    label: string;
                    digits: number;
                    source: string;
                    availableAt: string;
                  }[];
                  commitments?: {
                    label: string;
                    digest: string;
                  }[];
                };
                earliestDrawAt: string;
                publishedAt: string;
                digest: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/bundle": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              algorithmVersion: string;
              rounds: {
                label: string;
                /** @enum {string} */
                mechanism: "boston" | "deferred-acceptance";
                /** @enum {string} */
                partialUnit: "skip" | "stop";
                lists: {
                  school: string;
                  quota: number;
                  applicants: {
                    number: string;
                    choice: number;
                  }[];
                  units: {
                    id: string;
                    members: string[];
                  }[];
                  digest: string;
                }[];
                seedAnnouncement: {
                  digits: number;
                  labels: string[];
                  publicValues?: {
                    label: string;
                    digits: number;
                    source: string;
                    availableAt: string;
                  }[];
                  commitments?: {
                    label: string;
                    digest: string;
                  }[];
                };
                seedInputs: {
                  label: string;
                  value: string;
                  nonce?: string;
                }[];
                seed: string;
                outcome: {
                  schools: {
                    school: string;
                    oversubscribed: boolean;
                    admitted: string[];
                    waiting: string[];
                  }[];
                  unplaced: string[];
                };
                drawnAt?: string;
                announcementDigest?: string;
                previousDraws?: {
                  seedInputs: {
                    label: string;
                    value: string;
                    nonce?: string;
                  }[];
                  seed: string;
                  outcome: {
                    schools: {
                      school: string;
                      oversubscribed: boolean;
                      admitted: string[];
                      waiting: string[];
                    }[];
                    unplaced: string[];
                  };
                  drawnAt?: string;
                  replacedAt: string;
                  reason: string;
                }[];
              }[];
              events?: (
                | {
                    /** @enum {string} */
                    kind: "round";
                    round: string;
                  }
                | {
                    /** @enum {string} */
                    kind: "declined";
                    number: string;
                    school: string;
                    at: string;
                  }
                | {
                    /** @enum {string} */
                    kind: "promoted";
                    number: string;
                    school: string;
                    from: string | null;
                    list: string;
                  }
              )[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/lists/{phase}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
          phase: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              phase: number;
              status: string;
              /** Format: date-time */
              frozenAt: string;
              lists: {
                school: string;
                quota: number;
                applicants: {
                  number: string;
                  choice: number;
                }[];
                units: {
                  id: string;
                  members: string[];
                }[];
                digest: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/results": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              figures: {
                schools: {
                  school: string;
                  name: string;
                  plannedPlaces: number;
                  reservedPlaces: number;
                  places: number;
                  admitted: number;
                  free: number;
                  waiting: number;
                }[];
                places: number;
                admitted: number;
                free: number;
                applicants: number;
                unplaced: number;
                declined: number;
              };
              items: {
                phase: number;
                /** Format: date-time */
                publishedAt: string | null;
                seed: string;
                seedInputs: {
                  label: string;
                  value: string;
                  nonce?: string;
                }[];
                schools: {
                  code: string;
                  name: string;
                  district: string;
                  quota: number;
                  oversubscribed: boolean;
                  admitted: number;
                  waiting: number;
                }[];
                unplaced: number;
                moves: number;
                redraws: {
                  reason: string;
                  /** Format: date-time */
                  at: string;
                  seed: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/results/{phase}/{school}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
          phase: number;
          school: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              phase: number;
              school: string;
              name: string;
              drawnAdmitted: {
                number: string;
                name: string;
                idNumber: string;
              }[];
              admitted: {
                number: string;
                name: string;
                idNumber: string;
              }[];
              waiting: {
                number: string;
                name: string;
                idNumber: string;
              }[];
              moves: {
                number: string;
                name: string;
                idNumber: string;
                /** @enum {string} */
                kind: "declined" | "promoted";
                school: string;
                from?: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/rounds/{roundId}/schools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                name: string;
                district: string;
                places: number;
                plannedPlaces: number;
                reservedPlaces: number;
                reservedPercent: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/enrolment/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          number: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round: {
                /** Format: uuid */
                id: string;
                name: string;
                year: number;
              };
              number: string;
              /** @enum {string} */
              status: "submitted" | "approved" | "returned" | "withdrawn";
              published: boolean;
              children: {
                number: string;
                name: string;
                idNumber: string;
                placement:
                  | {
                      /** @enum {string} */
                      kind: "admitted";
                      phase: number;
                      school: string;
                      schoolName?: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "declined";
                      phase: number;
                      school: string;
                      schoolName?: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "waiting";
                      phase: number;
                      school: string;
                      position: number;
                      schoolName?: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: "unplaced";
                      phase: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: "none";
                    };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/health-record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            idNumber: string;
            birthDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              student: {
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                gradeLabel: string;
                className: string;
                institutionName: string;
              };
              screenings: {
                screenedOn: string;
                schoolYear: string;
                gradeLabel: string;
                acuityRight: number | null;
                acuityLeft: number | null;
                seRight: number | null;
                seLeft: number | null;
                correction: string;
                worseClass: string | null;
                myopia: string;
                myopic: boolean;
              }[];
              fitness: {
                schoolYear: string;
                testedOn: string;
                gradeLabel: string;
                heightCm: number | null;
                weightKg: number | null;
                bmi: number | null;
                weightStatus: string | null;
                items: {
                  label: string;
                  value: number | null;
                  score: number | null;
                }[];
                weighted: number;
                bonus: number;
                total: number;
                band: string;
              }[];
              graduation: {
                score: number;
                band: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/inspectorate/complaints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            topic: "burden" | "paid_tutoring" | "ethics" | "school_conduct" | "other";
            schoolCode?: string;
            content: string;
            anonymous: boolean;
            name?: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** Format: date */
              receivedOn: string;
              /** Format: date */
              acceptDeadline: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/inspectorate/rectifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                title: string;
                unitName: string;
                /** Format: date */
                deadline: string;
                stateLabel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/inspectorate/schools/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              schoolName: string;
              inspectors: string[];
              complaintPath: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/services-hall/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["ServiceItemGuide"][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/services-hall/items/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceItemGuide"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/services-hall/items/{id}/checklist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          situation?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              materials: {
                code: string;
                name: string;
                required: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/services-hall/verify/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              found: boolean;
              valid: boolean;
              title: string | null;
              caseNo: string | null;
              itemName: string | null;
              holder: string | null;
              unit: string | null;
              issuedOn: string | null;
              revoked: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/sign-up": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            phone: string;
            code: string;
            displayName: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/sign-up/code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              resendAfterSeconds: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/work-plan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                year: number;
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/work-plan/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              plan: {
                year: number;
                title: string;
                issuer: string;
                /** Format: date */
                publishDate: string;
                sourceUrl: string | null;
                /** Format: date */
                today: string;
                demoDataNote: string | null;
              };
              summary: {
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                counts: {
                  not_started: number;
                  on_track: number;
                  lagging: number;
                  seriously_lagging: number;
                  completed: number;
                  overdue: number;
                };
              };
              focusAreas: {
                code: string;
                title: string;
                summary: string;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                tasks: {
                  code: string;
                  title: string;
                  text: string;
                  leadUnitName: string;
                  /** @enum {string} */
                  status:
                    "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                  progress: number;
                  targets: {
                    code: string;
                    name: string;
                    unit: string;
                    targetValue: number;
                    comparator: string;
                    /** Format: date */
                    deadline: string;
                    current: number | null;
                    /** @enum {string} */
                    status:
                      "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                    progress: number;
                  }[];
                  milestones: {
                    name: string;
                    /** Format: date */
                    dueDate: string;
                    /** @enum {string} */
                    status: "done" | "late" | "pending";
                  }[];
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registration/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            teacherIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              confirmed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registration/due": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          year?: number;
          outcome?: "passed" | "deferred" | "failed";
          page?: number;
          pageSize?: number;
          sort?: "institution" | "teacherNumber" | "name" | "registeredOn";
          order?: "asc" | "desc";
          districtId?: string;
          institutionId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              items: {
                teacherId: string;
                teacherNumber: string;
                name: string;
                institutionName: string;
                registeredOn: string;
                cycle: {
                  from: string;
                  to: string;
                };
                outcome: string;
                outcomeLabel: string;
                reasons: string[];
                notes: string[];
                hours: {
                  counted: number;
                  required: number;
                } | null;
                confirmedOutcome: string | null;
              }[];
              total: number;
              due: number;
              summary: {
                passed: number;
                deferred: number;
                failed: number;
                confirmed: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registration/ethics/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                foundOn: string;
                severity: string;
                description: string;
                recordedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            foundOn: string;
            /** @enum {string} */
            severity: "minor" | "serious";
            description: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registration/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              registeredOn: string | null;
              dueYear: number | null;
              due: boolean;
              evaluation: {
                cycle: {
                  from: string;
                  to: string;
                };
                /** @enum {string} */
                outcome: "passed" | "deferred" | "failed" | "notDue";
                outcomeLabel: string;
                reasons: string[];
                hours: {
                  counted: number;
                  required: number;
                } | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              groups: {
                /** @enum {string} */
                kind: "institutions" | "teachers" | "tasks" | "targets";
                items: {
                  id: string;
                  title: string;
                  subtitle: string;
                  path: string;
                }[];
                more: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          mine?: string;
          open?: string;
          overdue?: string;
          status?: "submitted" | "correction" | "notAccepted" | "reviewing" | "concluded" | "delivered";
          caseNo?: string;
          page?: number;
          pageSize?: number;
          sort?: "caseNo" | "item" | "applicant" | "status" | "submittedOn" | "deadline";
          order?: "asc" | "desc";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                caseNo: string;
                /** Format: uuid */
                itemId: string;
                itemName: string;
                applicantName: string;
                handlingUnitName: string;
                /** @enum {string} */
                status: "submitted" | "correction" | "notAccepted" | "reviewing" | "concluded" | "delivered";
                statusLabel: string;
                /** @enum {string|null} */
                outcome: "approved" | "refused" | null;
                holder: string;
                stepName: string | null;
                submittedOn: string;
                acceptedOn: string | null;
                concludedOn: string | null;
                deadline: string | null;
                limitDays: number;
                legalDays: number;
                timeLimit: {
                  deadline: string;
                  usedDays: number;
                  remainingDays: number;
                  /** @enum {string} */
                  status: "normal" | "dueSoon" | "overdue";
                } | null;
                escalated: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            itemId: string;
            situationCode?: string | null;
            /** Format: uuid */
            districtId?: string | null;
            form: {
              [key: string]: string;
            };
            materials: {
              code: string;
              /** Format: uuid */
              materialId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/districts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/escalate-overdue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              escalated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/materials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              fileName: string;
              size: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/actions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json":
            | {
                /** @enum {string} */
                kind: "accept";
                note?: string;
              }
            | {
                /** @enum {string} */
                kind: "notAccept";
                reason?: string;
              }
            | {
                /** @enum {string} */
                kind: "requestCorrection";
                items?: string[];
              }
            | {
                /** @enum {string} */
                kind: "review";
                /** @enum {string} */
                decision: "pass" | "refuse";
                reason?: string;
                note?: string;
              }
            | {
                /** @enum {string} */
                kind: "deliver";
                note?: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/materials/{materialId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          materialId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/rating": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            rating: number;
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/rating/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/resubmit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            materials: {
              code: string;
              /** Format: uuid */
              materialId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceCase"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/cases/{id}/result.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                itemType: string;
                ownerUnitName: string;
                /** @enum {string} */
                handlingLevel: "city" | "district";
                legalBasis: string;
                conditions: string;
                process: string;
                legalDays: number;
                promisedDays: number;
                fee: string;
                location: string;
                phone: string;
                online: boolean;
                onlineDepth: 1 | 2 | 3 | 4;
                steps: string[];
                formFields: {
                  key: string;
                  label: string;
                  /** @enum {string} */
                  kind: "text" | "idNumber" | "phone" | "date" | "select";
                  required: boolean;
                  options?: string[];
                }[];
                materials: {
                  code: string;
                  name: string;
                  required: boolean;
                }[];
                situations: {
                  code: string;
                  name: string;
                  conditions: string;
                  materials: {
                    code: string;
                    name: string;
                    required: boolean;
                  }[];
                }[];
                /** @enum {string} */
                status: "draft" | "published" | "withdrawn";
                abilities: {
                  manage: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/items/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            onlineDepth?: 1 | 2 | 3 | 4;
            promisedDays?: number;
            legalDays?: number;
            fee?: string;
            location?: string;
            phone?: string;
            conditions?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceItemGuide"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/services-hall/items/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceItemGuide"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/items/{id}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ServiceItemGuide"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/services-hall/stats": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              catalogue: {
                published: number;
                fullyOnline: number;
                fullyOnlineShare: number | null;
                onlineApplicable: number;
              };
              cases: {
                total: number;
                onlineShare: number | null;
                concluded: number;
                avgDays: number | null;
                maxDays: number | null;
                onceRate: number | null;
                openOverdue: number;
                escalated: number;
              };
              ratings: {
                count: number;
                satisfaction: number | null;
                bad: number;
                followUpsOpen: number;
              };
              items: {
                /** Format: uuid */
                itemId: string;
                itemName: string;
                onlineDepth: number;
                promisedDays: number;
                legalDays: number;
                cases: number;
                avgDays: number | null;
                maxDays: number | null;
                ratings: number;
                good: number;
                satisfaction: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sms-outbox": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                phone: string;
                body: string;
                purpose: string;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/fitness/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/fitness/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/fitness/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/fitness/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          unitId?: string;
          schoolYear?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              unit: {
                id: string;
                name: string;
                kind: string;
                path: string;
              };
              schoolYear: string;
              previousYear: string;
              overall: {
                current: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                };
                previous: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                } | null;
              };
              bySex: {
                /** @enum {string} */
                sex: "male" | "female";
                current: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                };
                previous: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                } | null;
              }[];
              byGrade: {
                grade: number;
                gradeLabel: string;
                /** @enum {string} */
                sex: "all" | "male" | "female";
                current: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                };
                previous: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                } | null;
              }[];
              /** @enum {string|null} */
              childKind: "district" | "school" | null;
              children: {
                id: string;
                name: string;
                current: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                };
                previous: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                } | null;
                myopiaChange: number | null;
                goodRateChange: number | null;
              }[];
              largestChanges: {
                myopia: {
                  id: string;
                  name: string;
                  current: {
                    screened: number;
                    myopiaRate: number | null;
                    poorVisionRate: number | null;
                    tested: number;
                    passRate: number | null;
                    goodRate: number | null;
                    excellentRate: number | null;
                    bmiScreened: number;
                    overweightRate: number | null;
                    obesityRate: number | null;
                  };
                  previous: {
                    screened: number;
                    myopiaRate: number | null;
                    poorVisionRate: number | null;
                    tested: number;
                    passRate: number | null;
                    goodRate: number | null;
                    excellentRate: number | null;
                    bmiScreened: number;
                    overweightRate: number | null;
                    obesityRate: number | null;
                  } | null;
                  myopiaChange: number | null;
                  goodRateChange: number | null;
                }[];
                goodRate: {
                  id: string;
                  name: string;
                  current: {
                    screened: number;
                    myopiaRate: number | null;
                    poorVisionRate: number | null;
                    tested: number;
                    passRate: number | null;
                    goodRate: number | null;
                    excellentRate: number | null;
                    bmiScreened: number;
                    overweightRate: number | null;
                    obesityRate: number | null;
                  };
                  previous: {
                    screened: number;
                    myopiaRate: number | null;
                    poorVisionRate: number | null;
                    tested: number;
                    passRate: number | null;
                    goodRate: number | null;
                    excellentRate: number | null;
                    bmiScreened: number;
                    overweightRate: number | null;
                    obesityRate: number | null;
                  } | null;
                  myopiaChange: number | null;
                  goodRateChange: number | null;
                }[];
              };
              trend: {
                schoolYear: string;
                rates: {
                  screened: number;
                  myopiaRate: number | null;
                  poorVisionRate: number | null;
                  tested: number;
                  passRate: number | null;
                  goodRate: number | null;
                  excellentRate: number | null;
                  bmiScreened: number;
                  overweightRate: number | null;
                  obesityRate: number | null;
                };
              }[];
              targets: {
                myopiaThisYear: number | null;
                myopiaBaseline: number | null;
                myopia2030: {
                  age6: number;
                  primary: number;
                  junior: number;
                  senior: number;
                };
                goodRate2022: number;
                goodRate2030: number;
                goodRateThisYear: number | null;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            unitId?: string;
            schoolYear?: string;
            /**
             * @default docx
             * @enum {string}
             */
            format?: "docx" | "xlsx";
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report-jobs/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              state: "running" | "done" | "failed";
              progress: number;
              message?: string;
              fileName?: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report-jobs/{jobId}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          unitId?: string;
          schoolYear?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          unitId?: string;
          schoolYear?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/screening/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/screening/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/screening/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/screening/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/students/{id}/record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              student: {
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                gradeLabel: string;
                className: string;
                institutionName: string;
              };
              screenings: {
                screenedOn: string;
                schoolYear: string;
                gradeLabel: string;
                acuityRight: number | null;
                acuityLeft: number | null;
                seRight: number | null;
                seLeft: number | null;
                correction: string;
                worseClass: string | null;
                myopia: string;
                myopic: boolean;
              }[];
              fitness: {
                schoolYear: string;
                testedOn: string;
                gradeLabel: string;
                heightCm: number | null;
                weightKg: number | null;
                bmi: number | null;
                weightStatus: string | null;
                items: {
                  label: string;
                  value: number | null;
                  score: number | null;
                }[];
                weighted: number;
                bonus: number;
                total: number;
                band: string;
              }[];
              graduation: {
                score: number;
                band: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/student-health/{kind}/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          roster?: string;
        };
        header?: never;
        path: {
          kind: "screening" | "fitness";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
          institutionId?: string;
          grade?: number;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                studentNo: string;
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                birthDate: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                grade: number;
                gradeLabel: string;
                className: string;
                masked: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            studentNo: string;
            name: string;
            /** @enum {string} */
            sex?: "male" | "female";
            birthDate?: string;
            /** Format: uuid */
            institutionId: string;
            grade: number;
            className: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              studentNo: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string;
              grade: number;
              gradeLabel: string;
              className: string;
              masked: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          institutionId?: string;
          grade?: number;
          full?: "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/students/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              studentNo: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string;
              grade: number;
              gradeLabel: string;
              className: string;
              masked: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            grade?: number;
            className?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              studentNo: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string;
              grade: number;
              gradeLabel: string;
              className: string;
              masked: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/students/{id}/personal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              studentNo: string;
              name: string;
              birthDate: string;
              idNumber: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          subject?: string;
          minTitle?: "unranked" | "third" | "second" | "first" | "senior" | "fullSenior";
          honoured?: "true" | "false";
          minHours?: number;
          ruralCertified?: "true" | "false";
          page?: number;
          pageSize?: number;
          sort?: "honours" | "hours" | "teacherNumber" | "name" | "institution" | "subject" | "title";
          order?: "asc" | "desc";
          districtId?: string;
          institutionId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherNumber: string;
                name: string;
                institutionName: string;
                subject: string;
                title: string;
                hours: number;
                honours: string[];
                ruralCertified: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/me/rural-experience": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              experience: {
                periods: {
                  from: string;
                  to: string;
                }[];
                totalDays: number;
                totalMonths: number;
                years: number;
                months: number;
                recognised: boolean;
                basis: string;
                message: string;
              };
              applications: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                institutionName: string;
                employment: string;
                /** @enum {string} */
                status: "pending" | "certified" | "rejected";
                asOf: string;
                totalMonths: number;
                totalDays: number;
                periods: {
                  from: string;
                  to: string;
                }[];
                basis: string;
                message: string;
                appliedAt: string;
                appliedByName: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewNote: string | null;
                certificateNo: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/me/rural-recognitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              status: "pending";
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/rural-recognitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: "pending" | "certified" | "rejected";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                institutionName: string;
                employment: string;
                /** @enum {string} */
                status: "pending" | "certified" | "rejected";
                asOf: string;
                totalMonths: number;
                totalDays: number;
                periods: {
                  from: string;
                  to: string;
                }[];
                basis: string;
                message: string;
                appliedAt: string;
                appliedByName: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewNote: string | null;
                certificateNo: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/rural-recognitions/{id}/certify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              status: "certified";
              certificateNo: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/rural-recognitions/{id}/reject": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              status: "rejected";
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/teachers/{id}/exchanges": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                kind: string;
                fromName: string;
                toName: string;
                fromDate: string;
                toDate: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "rotation" | "support" | "countyHired";
            /** Format: uuid */
            toInstitutionId: string;
            fromDate: string;
            toDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/teachers/{id}/rural-experience": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              periods: {
                from: string;
                to: string;
              }[];
              totalDays: number;
              totalMonths: number;
              years: number;
              months: number;
              recognised: boolean;
              basis: string;
              message: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/talent-pool/teachers/{id}/rural-recognitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                institutionName: string;
                employment: string;
                /** @enum {string} */
                status: "pending" | "certified" | "rejected";
                asOf: string;
                totalMonths: number;
                totalDays: number;
                periods: {
                  from: string;
                  to: string;
                }[];
                basis: string;
                message: string;
                appliedAt: string;
                appliedByName: string | null;
                reviewedAt: string | null;
                reviewedByName: string | null;
                reviewNote: string | null;
                certificateNo: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              status: "pending";
              message: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
          subject?: string;
          stage?: "kindergarten" | "primary" | "junior" | "senior" | "vocational" | "special";
          title?: "unranked" | "third" | "second" | "first" | "senior" | "fullSenior";
          post?: "teacher" | "principal" | "kindergartenHead" | "researcher";
          employment?: "publicInStaff" | "publicOffStaff" | "privateInPost";
          page?: number;
          pageSize?: number;
          sort?: "teacherNumber" | "name" | "institution" | "district" | "subject" | "title" | "registeredOn";
          order?: "asc" | "desc";
          districtId?: string;
          institutionId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherNumber: string;
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                birthDate: string;
                idNumber: string;
                institution: {
                  id: string;
                  name: string;
                };
                district: {
                  id: string;
                  name: string;
                };
                post: string;
                subject: string;
                stage: string;
                title: string;
                employment: string;
                qualification: {
                  type: string | null;
                  subject: string | null;
                  number: string | null;
                  firstRegisteredOn: string | null;
                };
                registeredOn: string | null;
                linkedAccount: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            teacherNumber: string;
            name: string;
            idNumber: string;
            /** Format: uuid */
            institutionId: string;
            /** @enum {string} */
            post: "teacher" | "principal" | "kindergartenHead" | "researcher";
            subject: string;
            /** @enum {string} */
            stage: "kindergarten" | "primary" | "junior" | "senior" | "vocational" | "special";
            /** @enum {string} */
            title: "unranked" | "third" | "second" | "first" | "senior" | "fullSenior";
            /** @enum {string} */
            employment: "publicInStaff" | "publicOffStaff" | "privateInPost";
            qualificationType?: string | null;
            qualificationSubject?: string | null;
            qualificationNumber?: string | null;
            firstRegisteredOn?: string | null;
            registeredOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              teacherNumber: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              idNumber: string;
              institution: {
                id: string;
                name: string;
              };
              district: {
                id: string;
                name: string;
              };
              post: string;
              subject: string;
              stage: string;
              title: string;
              employment: string;
              qualification: {
                type: string | null;
                subject: string | null;
                number: string | null;
                firstRegisteredOn: string | null;
              };
              registeredOn: string | null;
              linkedAccount: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/corrections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                field: string;
                currentValue: string | null;
                requestedValue: string;
                reason: string;
                status: string;
                reviewNote: string | null;
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/corrections/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            approve: boolean;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          wait?: string;
          mode?: "insert" | "upsert";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/import/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/import/{jobId}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/import/{jobId}/problems.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              teacherNumber: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              idNumber: string;
              institution: {
                id: string;
                name: string;
              };
              district: {
                id: string;
                name: string;
              };
              post: string;
              subject: string;
              stage: string;
              title: string;
              employment: string;
              qualification: {
                type: string | null;
                subject: string | null;
                number: string | null;
                firstRegisteredOn: string | null;
              };
              registeredOn: string | null;
              linkedAccount: boolean;
              postings: {
                id: string;
                schoolName: string;
                from: string;
                to: string | null;
                rural: boolean;
              }[];
              reviews: {
                year: number;
                grade: string;
                approvedLeave: string | null;
              }[];
              ruralCertificate: {
                certificateNo: string;
                certifiedOn: string;
                totalMonths: number;
              } | null;
              corrections: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                field: string;
                currentValue: string | null;
                requestedValue: string;
                reason: string;
                status: string;
                reviewNote: string | null;
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/me/corrections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            field: "name" | "subject" | "qualificationType" | "qualificationSubject" | "qualificationNumber";
            requestedValue: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              teacherNumber: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              idNumber: string;
              institution: {
                id: string;
                name: string;
              };
              district: {
                id: string;
                name: string;
              };
              post: string;
              subject: string;
              stage: string;
              title: string;
              employment: string;
              qualification: {
                type: string | null;
                subject: string | null;
                number: string | null;
                firstRegisteredOn: string | null;
              };
              registeredOn: string | null;
              linkedAccount: boolean;
              postings: {
                id: string;
                schoolName: string;
                from: string;
                to: string | null;
                rural: boolean;
              }[];
              reviews: {
                year: number;
                grade: string;
                approvedLeave: string | null;
              }[];
              ruralCertificate: {
                certificateNo: string;
                certifiedOn: string;
                totalMonths: number;
              } | null;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            teacherNumber: string;
            name: string;
            idNumber: string;
            /** Format: uuid */
            institutionId: string;
            /** @enum {string} */
            post: "teacher" | "principal" | "kindergartenHead" | "researcher";
            subject: string;
            /** @enum {string} */
            stage: "kindergarten" | "primary" | "junior" | "senior" | "vocational" | "special";
            /** @enum {string} */
            title: "unranked" | "third" | "second" | "first" | "senior" | "fullSenior";
            /** @enum {string} */
            employment: "publicInStaff" | "publicOffStaff" | "privateInPost";
            qualificationType?: string | null;
            qualificationSubject?: string | null;
            qualificationNumber?: string | null;
            firstRegisteredOn?: string | null;
            registeredOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              teacherNumber: string;
              name: string;
              /** @enum {string} */
              sex: "male" | "female";
              birthDate: string;
              idNumber: string;
              institution: {
                id: string;
                name: string;
              };
              district: {
                id: string;
                name: string;
              };
              post: string;
              subject: string;
              stage: string;
              title: string;
              employment: string;
              qualification: {
                type: string | null;
                subject: string | null;
                number: string | null;
                firstRegisteredOn: string | null;
              };
              registeredOn: string | null;
              linkedAccount: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}/absences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                from: string;
                to: string;
                /** @enum {string|null} */
                approvedLeave: "maternity" | "sick" | "fullTimeStudy" | null;
                note: string | null;
                recordedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            from: string;
            to: string;
            /** @enum {string|null} */
            approvedLeave?: "maternity" | "sick" | "fullTimeStudy" | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              from: string;
              to: string;
              /** @enum {string|null} */
              approvedLeave: "maternity" | "sick" | "fullTimeStudy" | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}/absences/{absenceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          absenceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}/identity": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              idNumber: string;
              birthDate: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}/postings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            schoolName: string;
            from: string;
            to?: string | null;
            rural: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              schoolName: string;
              from: string;
              to: string | null;
              rural: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/teachers/{id}/reviews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            year: number;
            /** @enum {string} */
            grade: "excellent" | "pass" | "basicPass" | "fail" | "notTaken";
            /** @enum {string|null} */
            approvedLeave?: "maternity" | "sick" | "fullTimeStudy" | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              grade: string;
              approvedLeave: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/external/pending": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                programmeId: string | null;
                title: string;
                level: string;
                kind: string;
                hours: number;
                creditedOn: string;
                status: string;
                evidence: string | null;
                reviewNote: string | null;
                teacherName: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/external/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            approve: boolean;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/me/credits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                programmeId: string | null;
                title: string;
                level: string;
                kind: string;
                hours: number;
                creditedOn: string;
                status: string;
                evidence: string | null;
                reviewNote: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/me/external": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            hours: number;
            creditedOn: string;
            evidence: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/programmes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          year?: number;
          kind?:
            | "municipalTraining"
            | "backboneRolling"
            | "offsiteAdvanced"
            | "masterStudio"
            | "schoolBased"
            | "external";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                level: string;
                kind: string;
                hours: number;
                startsOn: string;
                endsOn: string;
                capacity: number;
                eligibility: {
                  [key: string]: unknown;
                };
                organiserId: string;
                organiserName: string;
                organiserPath: string;
                enrolled: number;
                completed: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @enum {string} */
            level: "national" | "provincial" | "municipal" | "district" | "school";
            /** @enum {string} */
            kind:
              "municipalTraining" | "backboneRolling" | "offsiteAdvanced" | "masterStudio" | "schoolBased";
            hours: number;
            startsOn: string;
            endsOn: string;
            capacity: number;
            /** @default {} */
            eligibility?: {
              stages?: ("kindergarten" | "primary" | "junior" | "senior" | "vocational" | "special")[];
              subjects?: string[];
              /** @enum {string} */
              minTitle?: "unranked" | "third" | "second" | "first" | "senior" | "fullSenior";
              minYearsOfService?: number;
              maxYearsOfService?: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              level: string;
              kind: string;
              hours: number;
              startsOn: string;
              endsOn: string;
              capacity: number;
              eligibility: {
                [key: string]: unknown;
              };
              organiserId: string;
              organiserName: string;
              organiserPath: string;
              enrolled: number;
              completed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/programmes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              level: string;
              kind: string;
              hours: number;
              startsOn: string;
              endsOn: string;
              capacity: number;
              eligibility: {
                [key: string]: unknown;
              };
              organiserId: string;
              organiserName: string;
              organiserPath: string;
              enrolled: number;
              completed: number;
              quotas: {
                districtId: string;
                districtName: string;
                quota: number;
                enrolled: number;
              }[];
              enrolments: {
                id: string;
                teacherId: string;
                teacherName: string;
                teacherNumber: string;
                institutionName: string;
                districtId: string;
                status: string;
                attendedHours: number | null;
                assessmentPassed: boolean | null;
                completedOn: string | null;
                note: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/programmes/{id}/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            completedOn: string;
            records: {
              /** Format: uuid */
              teacherId: string;
              attendedHours: number;
              assessmentPassed: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              results: {
                teacherId: string;
                status: string;
                hours: number;
                message: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/programmes/{id}/enrolments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            teacherIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              enrolled: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/programmes/{id}/quotas": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            quotas: {
              /** Format: uuid */
              districtId: string;
              quota: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                districtId: string;
                districtName: string;
                quota: number;
                enrolled: number;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/training/teachers/{id}/credits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                teacherId: string;
                programmeId: string | null;
                title: string;
                level: string;
                kind: string;
                hours: number;
                creditedOn: string;
                status: string;
                evidence: string | null;
                reviewNote: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          q?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                /** @enum {string} */
                role:
                  | "sys_admin"
                  | "city_leader"
                  | "city_division"
                  | "district"
                  | "school"
                  | "inspector"
                  | "teacher"
                  | "public";
                roleLabel: string;
                orgUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  /** @enum {string} */
                  kind: "city" | "division" | "district" | "street" | "community" | "institution";
                };
                disabled: boolean;
                /** Format: date-time */
                lockedUntil: string | null;
                /** Format: date-time */
                lastLoginAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            username: string;
            displayName: string;
            password: string;
            /** @enum {string} */
            role:
              | "sys_admin"
              | "city_leader"
              | "city_division"
              | "district"
              | "school"
              | "inspector"
              | "teacher"
              | "public";
            /** Format: uuid */
            orgUnitId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              role:
                | "sys_admin"
                | "city_leader"
                | "city_division"
                | "district"
                | "school"
                | "inspector"
                | "teacher"
                | "public";
              roleLabel: string;
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
              };
              disabled: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              /** Format: date-time */
              lastLoginAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName?: string;
            /** @enum {string} */
            role?:
              | "sys_admin"
              | "city_leader"
              | "city_division"
              | "district"
              | "school"
              | "inspector"
              | "teacher"
              | "public";
            /** Format: uuid */
            orgUnitId?: string;
            disabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              role:
                | "sys_admin"
                | "city_leader"
                | "city_division"
                | "district"
                | "school"
                | "inspector"
                | "teacher"
                | "public";
              roleLabel: string;
              orgUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "division" | "district" | "street" | "community" | "institution";
              };
              disabled: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              /** Format: date-time */
              lastLoginAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/api/users/{id}/reset-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{id}/two-factor/reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              year: number;
              /** Format: date */
              today: string;
              schoolYear: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                issuer: string;
                /** Format: date */
                publishDate: string;
                /** @enum {string} */
                reportingFrequency: "monthly" | "quarterly";
                /** Format: date */
                evaluationDate: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              planId: string;
              year: number;
              title: string;
              counts: {
                focusAreas: number;
                tasks: number;
                targets: number;
                milestones: number;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          example?: "0" | "1";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              plan: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                issuer: string;
                /** Format: date */
                publishDate: string;
                sourceUrl: string | null;
                sourceNote: string;
                /** @enum {string} */
                reportingFrequency: "monthly" | "quarterly";
                demoDataNote: string | null;
                /** Format: date */
                evaluationDate: string | null;
                /** Format: date */
                today: string;
              };
              summary: {
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                counts: {
                  not_started: number;
                  on_track: number;
                  lagging: number;
                  seriously_lagging: number;
                  completed: number;
                  overdue: number;
                };
              };
              targetCounts: {
                not_started: number;
                on_track: number;
                lagging: number;
                seriously_lagging: number;
                completed: number;
                overdue: number;
              };
              focusAreas: {
                /** Format: uuid */
                id: string;
                code: string;
                seq: number;
                title: string;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                counts: {
                  not_started: number;
                  on_track: number;
                  lagging: number;
                  seriously_lagging: number;
                  completed: number;
                  overdue: number;
                };
                taskCount: number;
              }[];
              worstTargets: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                unit: string;
                baseline: number | null;
                targetValue: number;
                comparator: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                deadline: string;
                sourceQuote: string;
                bound: boolean;
                source: string;
                note: string | null;
                current: number | null;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                elapsed: number;
                task: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  title: string;
                };
                leadUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                shares: {
                  unit: {
                    /** Format: uuid */
                    id: string;
                    code: string;
                    name: string;
                    kind: string;
                  };
                  targetValue: number;
                  current: number | null;
                  /** @enum {string} */
                  status:
                    "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                  progress: number;
                }[];
              }[];
              reportProgress: {
                period: {
                  key: string;
                  label: string;
                  /** Format: date */
                  start: string;
                  /** Format: date */
                  end: string;
                  /** Format: date */
                  dueDate: string;
                };
                /** Format: uuid */
                unitId: string | null;
                owed: number;
                submitted: number;
                awaitingReview: number;
                accepted: number;
                returned: number;
                notSubmitted: number;
                overdue: number;
                previous: {
                  period: {
                    key: string;
                    label: string;
                    /** Format: date */
                    start: string;
                    /** Format: date */
                    end: string;
                    /** Format: date */
                    dueDate: string;
                  };
                  owed: number;
                  submitted: number;
                  awaitingReview: number;
                  accepted: number;
                  returned: number;
                  notSubmitted: number;
                  overdue: number;
                } | null;
              } | null;
              notices: {
                total: number;
                open: number;
                escalated: number;
              };
              trend: {
                months: string[];
                series: {
                  code: string;
                  title: string;
                  progress: (number | null)[];
                }[];
                overall: (number | null)[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/my-tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                focusArea: {
                  code: string;
                  title: string;
                };
                leadUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                coUnits: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                }[];
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                counts: {
                  not_started: number;
                  on_track: number;
                  lagging: number;
                  seriously_lagging: number;
                  completed: number;
                  overdue: number;
                };
                targetCount: number;
                milestoneCount: number;
                /** @enum {string} */
                role: "lead" | "co";
                reports: {
                  periodKey: string;
                  periodLabel: string;
                  /** Format: date */
                  dueDate: string;
                  /** @enum {string} */
                  state: "not_due" | "due" | "overdue" | "submitted" | "submitted_late";
                  /** Format: uuid */
                  reportId: string | null;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/provenance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              plan: {
                /** Format: uuid */
                id: string;
                title: string;
                year: number;
              };
              /** Format: date-time */
              readAt: string;
              items: {
                /** Format: uuid */
                targetId: string;
                code: string;
                name: string;
                /** Format: uuid */
                taskId: string;
                taskCode: string;
                unit: string;
                targetValue: number;
                /** @enum {string} */
                comparator: ">=" | "<=" | "=";
                current: number | null;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                statusLabel: string;
                indicator: string;
                dataSource: string;
                dataBasis: string;
                /** Format: date-time */
                approvedAsOf: string | null;
                units: {
                  reporting: number;
                  approved: number;
                  missing: number;
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/report-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            docNumber?: string;
            recipients?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              jobId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/report-progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              progress: {
                period: {
                  key: string;
                  label: string;
                  /** Format: date */
                  start: string;
                  /** Format: date */
                  end: string;
                  /** Format: date */
                  dueDate: string;
                };
                /** Format: uuid */
                unitId: string | null;
                owed: number;
                submitted: number;
                awaitingReview: number;
                accepted: number;
                returned: number;
                notSubmitted: number;
                overdue: number;
                previous: {
                  period: {
                    key: string;
                    label: string;
                    /** Format: date */
                    start: string;
                    /** Format: date */
                    end: string;
                    /** Format: date */
                    dueDate: string;
                  };
                  owed: number;
                  submitted: number;
                  awaitingReview: number;
                  accepted: number;
                  returned: number;
                  notSubmitted: number;
                  overdue: number;
                } | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          docNumber?: string;
          recipients?: string;
        };
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                unit: string;
                baseline: number | null;
                targetValue: number;
                comparator: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                deadline: string;
                sourceQuote: string;
                bound: boolean;
                source: string;
                note: string | null;
                current: number | null;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                elapsed: number;
                task: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  title: string;
                };
                leadUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                shares: {
                  unit: {
                    /** Format: uuid */
                    id: string;
                    code: string;
                    name: string;
                    kind: string;
                  };
                  targetValue: number;
                  current: number | null;
                  /** @enum {string} */
                  status:
                    "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                  progress: number;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/plans/{planId}/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          focusArea?: string;
          status?: "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
          unitId?: string;
          mine?: "true" | "false";
          q?: string;
        };
        header?: never;
        path: {
          planId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                focusArea: {
                  code: string;
                  title: string;
                };
                leadUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                coUnits: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                }[];
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                counts: {
                  not_started: number;
                  on_track: number;
                  lagging: number;
                  seriously_lagging: number;
                  completed: number;
                  overdue: number;
                };
                targetCount: number;
                milestoneCount: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/report-jobs/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              state: "running" | "done" | "failed";
              progress: number;
              message?: string;
              fileName?: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/report-jobs/{jobId}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          queue?: "review" | "mine";
          taskId?: string;
          status?: "draft" | "submitted" | "accepted" | "returned";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                task: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  title: string;
                };
                unit: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                periodKey: string;
                /** @enum {string} */
                status: "draft" | "submitted" | "accepted" | "returned";
                /** Format: date */
                submittedOn: string | null;
                returnReason: string | null;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            taskId: string;
            periodKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            narrative?: string;
            values?: {
              /** Format: uuid */
              targetId: string;
              value: number;
            }[];
            milestones?: {
              /** Format: uuid */
              milestoneId: string;
              /** Format: date */
              completedOn: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/work-plan/reports/{id}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports/{id}/attachments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports/{id}/attachments/{attachmentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports/{id}/return": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/reports/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanReport"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/supervision/notices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          planId?: string;
          view?: "mine" | "leader" | "all";
          state?: "awaiting_response" | "escalated" | "responded" | "responded_late" | "not_required";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                planId: string;
                task: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  title: string;
                };
                unit: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                };
                kind: string;
                kindLabel: string;
                reason: string;
                /** Format: date */
                raisedOn: string;
                /** Format: date */
                responseDeadline: string;
                /** Format: date */
                escalatedOn: string | null;
                response: string | null;
                /** Format: date */
                respondedOn: string | null;
                /** @enum {string} */
                state: "awaiting_response" | "escalated" | "responded" | "responded_late" | "not_required";
                canRespond: boolean;
                instruction: string | null;
                /** Format: date */
                instructedOn: string | null;
                urgedCount: number;
                /** Format: date */
                lastUrgedOn: string | null;
                canInstruct: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/supervision/notices/{id}/instruct": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            instruction: string;
            /** @default true */
            urge?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: date */
              instructedOn: string;
              urgedCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/supervision/notices/{id}/respond": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            response: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: date */
              respondedOn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/supervision/sweep": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              raised: number;
              escalated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/targets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              unit: string;
              baseline: number | null;
              targetValue: number;
              comparator: string;
              /** Format: date */
              startDate: string;
              /** Format: date */
              deadline: string;
              sourceQuote: string;
              bound: boolean;
              source: string;
              note: string | null;
              current: number | null;
              /** @enum {string} */
              status: "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
              progress: number;
              elapsed: number;
              task: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
              };
              leadUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                kind: string;
              };
              shares: {
                unit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                targetValue: number;
                current: number | null;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
              }[];
              focusArea: {
                code: string;
                title: string;
              };
              plan: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                issuer: string;
                /** Format: date */
                publishDate: string;
                sourceUrl: string | null;
                sourceNote: string;
                /** @enum {string} */
                reportingFrequency: "monthly" | "quarterly";
                demoDataNote: string | null;
                /** Format: date */
                evaluationDate: string | null;
                /** Format: date */
                today: string;
              };
              history: {
                /** Format: date */
                date: string;
                value: number | null;
                progress: number;
                status: string;
              }[];
              reportedValues: {
                periodKey: string;
                unitName: string;
                value: number;
                status: string;
                /** Format: date */
                submittedOn: string | null;
              }[];
              changes: {
                /** Format: date-time */
                at: string;
                actor: string | null;
                action: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-plan/tasks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              focusArea: {
                code: string;
                title: string;
              };
              leadUnit: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                kind: string;
              };
              coUnits: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                kind: string;
              }[];
              /** @enum {string} */
              status: "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
              progress: number;
              counts: {
                not_started: number;
                on_track: number;
                lagging: number;
                seriously_lagging: number;
                completed: number;
                overdue: number;
              };
              targetCount: number;
              milestoneCount: number;
              plan: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                issuer: string;
                /** Format: date */
                publishDate: string;
                sourceUrl: string | null;
                sourceNote: string;
                /** @enum {string} */
                reportingFrequency: "monthly" | "quarterly";
                demoDataNote: string | null;
                /** Format: date */
                evaluationDate: string | null;
                /** Format: date */
                today: string;
              };
              text: string;
              responsibleUnits: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                kind: string;
              }[];
              isMine: boolean;
              isLead: boolean;
              targets: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                unit: string;
                baseline: number | null;
                targetValue: number;
                comparator: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                deadline: string;
                sourceQuote: string;
                bound: boolean;
                source: string;
                note: string | null;
                current: number | null;
                /** @enum {string} */
                status:
                  "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                progress: number;
                elapsed: number;
                task: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  title: string;
                };
                leadUnit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                shares: {
                  unit: {
                    /** Format: uuid */
                    id: string;
                    code: string;
                    name: string;
                    kind: string;
                  };
                  targetValue: number;
                  current: number | null;
                  /** @enum {string} */
                  status:
                    "not_started" | "on_track" | "lagging" | "seriously_lagging" | "completed" | "overdue";
                  progress: number;
                }[];
              }[];
              milestones: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
                /** Format: date */
                dueDate: string;
                /** Format: date */
                completedOn: string | null;
                /** @enum {string} */
                status: "done" | "late" | "pending";
              }[];
              reportStates: {
                unit: {
                  /** Format: uuid */
                  id: string;
                  code: string;
                  name: string;
                  kind: string;
                };
                periodKey: string;
                periodLabel: string;
                /** Format: date */
                dueDate: string;
                /** @enum {string} */
                state: "not_due" | "due" | "overdue" | "submitted" | "submitted_late";
                /** Format: uuid */
                reportId: string | null;
              }[];
              liveFigures: {
                label: string;
                value: number | null;
                unit: string;
                note: string;
                link: string | null;
              }[];
              notices: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                unitId: string;
                kind: string;
                reason: string;
                /** Format: date */
                raisedOn: string;
                /** Format: date */
                responseDeadline: string;
                /** Format: date */
                respondedOn: string | null;
                response: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/work-queue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @enum {string} */
                key:
                  | "notices"
                  | "noticesToInstruct"
                  | "reportsToReview"
                  | "reportsReturned"
                  | "applicationsToReview"
                  | "casesToHandle"
                  | "casesToCorrect"
                  | "rectificationsToAnswer"
                  | "rectificationsToVerify"
                  | "hazardsOpen"
                  | "hazardsOverdue"
                  | "incidentsToAcknowledge";
                count: number;
                path: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Complaint: {
      id: string;
      topic: string;
      topicLabel: string;
      school: {
        id: string;
        name: string;
      } | null;
      content: string;
      anonymous: boolean;
      name: string | null;
      phone: string | null;
      /** Format: date */
      receivedOn: string;
      /** Format: date */
      acceptDeadline: string;
      /** Format: date */
      acceptedOn: string | null;
      /** Format: date */
      replyDeadline: string | null;
      assignee: {
        id: string;
        name: string;
      } | null;
      extensionDays: number;
      investigation: string | null;
      substantiated: boolean | null;
      reply: string | null;
      /** Format: date */
      repliedOn: string | null;
      state: string;
      stateLabel: string;
      ethicsRecordId: string | null;
      canLinkEthics: boolean;
    };
    ConstructionProject: {
      /** Format: uuid */
      id: string;
      name: string;
      institution: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
      } | null;
      plannedInstitutionName: string | null;
      district: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
        /** @enum {string} */
        kind: "city" | "division" | "district" | "street" | "community" | "institution";
      };
      /** @enum {string} */
      kind: "new" | "rebuild" | "expand";
      kindLabel: string;
      /** @enum {string} */
      level: "preschool" | "compulsory" | "senior" | "special";
      levelLabel: string;
      /** @enum {string} */
      ownership: "public" | "private";
      placesAdded: number;
      /** Format: date */
      plannedStart: string | null;
      /** Format: date */
      plannedFinish: string | null;
      /** Format: date */
      actualStart: string | null;
      /** Format: date */
      actualFinish: string | null;
      /** @enum {string} */
      status: "planned" | "under_construction" | "completed" | "in_use";
      statusLabel: string;
      investmentWan: number | null;
      /** @enum {string} */
      indoorAirTest: "pending" | "passed" | "failed";
      /** Format: date */
      indoorAirTestedOn: string | null;
      /** @enum {string} */
      syntheticTrackTest: "pending" | "passed" | "failed";
      /** Format: date */
      syntheticTrackTestedOn: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Designation: {
      /** Format: uuid */
      id: string;
      typeCode: string;
      typeName: string;
      year: number;
      documentNo: string | null;
      /** Format: date */
      documentDate: string | null;
      revoked: boolean;
      /** Format: date */
      revokedOn: string | null;
      revokeReason: string | null;
      institution: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
        /** @enum {string} */
        type:
          | "kindergarten"
          | "primary"
          | "junior"
          | "nine_year"
          | "complete_secondary"
          | "senior"
          | "secondary_vocational"
          | "special"
          | "higher_vocational"
          | "community_learning_centre"
          | "out_of_school";
        /** @enum {string} */
        ownership: "public" | "private";
      };
      district: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    DutyEvaluation: {
      id: string;
      year: number;
      frameworkName: string;
      district: {
        id: string;
        name: string;
      };
      /** @enum {string} */
      status: "self_evaluating" | "submitted" | "verified";
      statusLabel: string;
      total: number;
      rank: number;
      districtCount: number;
      scored: number;
      leafCount: number;
      items: {
        code: string;
        name: string;
        level: number;
        parentCode: string | null;
        maxScore: number;
        /** @enum {string|null} */
        ruleKind: "yes_no" | "graded" | "computed" | null;
        grades: string[];
        liveValue: number | null;
        selfScore: number | null;
        selfNote: string;
        verifiedScore: number | null;
        verifyComment: string;
        finalScore: number | null;
        weakness: boolean;
        evidence: {
          id: string;
          itemCode: string | null;
          fileName: string;
          mediaType: string;
          sizeBytes: number;
          /** Format: date-time */
          uploadedAt: string;
        }[];
      }[];
      weaknesses: string[];
      abilities: {
        read: boolean;
        selfEvaluate: boolean;
        verify: boolean;
      };
    };
    EnrolmentApplication: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      roundId: string;
      number: string;
      district: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** @enum {string} */
      household: "district" | "city" | "other";
      /** @enum {string} */
      residence: "owned" | "rented" | "other";
      choices: string[];
      secondChoices: string[] | null;
      /** @enum {string} */
      status: "submitted" | "approved" | "returned" | "withdrawn";
      returnReason: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      guardian: {
        name: string;
        relation: string;
        phone: string;
        address: string;
      } | null;
      /** Format: date-time */
      pledgedAt: string | null;
      children: {
        number: string;
        name: string;
        /** @enum {string} */
        sex: "male" | "female";
        birthDate: string;
        idNumber: string;
        placement:
          | {
              /** @enum {string} */
              kind: "admitted";
              phase: number;
              school: string;
              schoolName?: string;
            }
          | {
              /** @enum {string} */
              kind: "declined";
              phase: number;
              school: string;
              schoolName?: string;
            }
          | {
              /** @enum {string} */
              kind: "waiting";
              phase: number;
              school: string;
              position: number;
              schoolName?: string;
            }
          | {
              /** @enum {string} */
              kind: "unplaced";
              phase: number;
            }
          | {
              /** @enum {string} */
              kind: "none";
            };
      }[];
    };
    ImportJob: {
      /** Format: uuid */
      id: string;
      fileName: string;
      /** @enum {string} */
      state: "parsing" | "validating" | "writing" | "done" | "failed";
      processed: number;
      total: number;
      errors?: {
        row: number;
        column: string;
        message: string;
      }[];
      errorCount?: number;
      result?: {
        rows: number;
        created: number;
        updated: number;
        unchanged: number;
      };
      message?: string;
    };
    InspectionVisit: {
      id: string;
      plan: {
        id: string;
        title: string;
        topic: string;
        topicLabel: string;
        unannounced: boolean;
      };
      school: {
        id: string;
        name: string;
      };
      /** Format: date */
      visitDate: string;
      /** @enum {string} */
      status: "scheduled" | "recorded";
      summary: string;
      checklist: {
        code: string;
        question: string;
      }[];
      answers: {
        code: string;
        compliant: boolean;
        note: string;
      }[];
      inspectors: {
        id: string;
        name: string;
      }[];
      findings: {
        id: string;
        /** @enum {string} */
        severity: "minor" | "major" | "serious";
        severityLabel: string;
        description: string;
        rectificationId: string | null;
      }[];
      photos: {
        id: string;
        itemCode: string | null;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
        /** Format: date-time */
        uploadedAt: string;
      }[];
      abilities: {
        record: boolean;
      };
    };
    InstitutionDetail: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      /** @enum {string} */
      type:
        | "kindergarten"
        | "primary"
        | "junior"
        | "nine_year"
        | "complete_secondary"
        | "senior"
        | "secondary_vocational"
        | "special"
        | "higher_vocational"
        | "community_learning_centre"
        | "out_of_school";
      /** @enum {string} */
      ownership: "public" | "private";
      inclusive: boolean;
      educationGroup: string | null;
      groupLead: boolean;
      district: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
      };
      street: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
      } | null;
      address: string | null;
      longitude: number | null;
      latitude: number | null;
      /** @enum {string} */
      status: "operating" | "closed" | "preparing";
      places: number;
      /** Format: date-time */
      updatedAt: string;
      designationCount: number;
      enrolment: {
        schoolYear: string;
        students: number;
      } | null;
    };
    PlanReport: {
      /** Format: uuid */
      id: string;
      task: {
        /** Format: uuid */
        id: string;
        code: string;
        title: string;
      };
      plan: {
        /** Format: uuid */
        id: string;
        year: number;
      };
      unit: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      periodKey: string;
      periodLabel: string;
      /** Format: date */
      dueDate: string | null;
      /** @enum {string} */
      status: "draft" | "submitted" | "accepted" | "returned";
      narrative: string;
      manualTargets: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
        unit: string;
        value: number | null;
      }[];
      milestones: {
        /** Format: uuid */
        id: string;
        code: string;
        name: string;
        /** Format: date */
        dueDate: string;
        /** Format: date */
        completedOn: string | null;
        /** Format: date */
        reportedOn: string | null;
      }[];
      attachments: {
        /** Format: uuid */
        id: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
        /** Format: date-time */
        uploadedAt: string;
      }[];
      /** Format: date */
      submittedOn: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      returnReason: string | null;
      revision: number;
      abilities: {
        update: boolean;
        review: boolean;
      };
      canEdit: boolean;
      canReview: boolean;
      history: {
        /** Format: date-time */
        at: string;
        actor: string | null;
        action: string;
        after: unknown;
      }[];
    };
    Rectification: {
      id: string;
      title: string;
      /** @enum {string} */
      sourceKind: "finding" | "weakness";
      unit: {
        id: string;
        name: string;
      };
      /** Format: date */
      deadline: string;
      /** @enum {string} */
      state: "ordered" | "plan_submitted" | "evidence_submitted" | "returned" | "accepted" | "closed";
      stateLabel: string;
      overdue: boolean;
      /** Format: date */
      escalatedOn: string | null;
      requirement: string;
      planText: string | null;
      evidenceNote: string | null;
      returnReason: string | null;
      public: boolean;
      /** Format: date-time */
      orderedAt: string;
      evidence: {
        id: string;
        itemCode: string | null;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
        /** Format: date-time */
        uploadedAt: string;
      }[];
      abilities: {
        submitPlan: boolean;
        submitEvidence: boolean;
        attach: boolean;
        review: boolean;
        close: boolean;
      };
      history: {
        /** Format: date-time */
        at: string;
        actor: string | null;
        action: string;
        after: unknown;
      }[];
    };
    SafetyHazard: {
      /** Format: uuid */
      id: string;
      school: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      districtName: string | null;
      /** @enum {string} */
      level: "major" | "serious" | "general";
      levelLabel: string;
      title: string;
      description: string;
      /** @enum {string} */
      status: "reported" | "assigned" | "rectified" | "verified" | "closed";
      statusLabel: string;
      responsible: string | null;
      /** Format: date */
      deadline: string | null;
      /** Format: date */
      reportedOn: string;
      /** Format: date */
      escalatedOn: string | null;
      /** Format: date */
      closedOn: string | null;
      overdue: boolean;
      evidence: {
        note: string;
        at: string;
        by: string;
      }[];
      abilities: {
        read: boolean;
        report: boolean;
        rectify: boolean;
        verify: boolean;
      };
    };
    SafetyIncident: {
      /** Format: uuid */
      id: string;
      school: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      districtName: string | null;
      category: string;
      categoryLabel: string;
      /** @enum {string} */
      severity: "I" | "II" | "III" | "IV";
      severityLabel: string;
      title: string;
      description: string;
      casualties: number;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      reportedAt: string;
      late: boolean;
      /** @enum {string} */
      status: "reported" | "acknowledged" | "closed";
      statusLabel: string;
      /** Format: date-time */
      acknowledgedAt: string | null;
      /** Format: date-time */
      followedUpAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      closureReport: string | null;
      /** Format: date-time */
      acknowledgeBy: string;
      /** Format: date-time */
      followUpBy: string;
      /** Format: date-time */
      closeBy: string;
      overdue: string[];
      abilities: {
        read: boolean;
        acknowledge: boolean;
        followUp: boolean;
        close: boolean;
      };
    };
    SafetyIncidentDetail: {
      /** Format: uuid */
      id: string;
      school: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      districtName: string | null;
      category: string;
      categoryLabel: string;
      /** @enum {string} */
      severity: "I" | "II" | "III" | "IV";
      severityLabel: string;
      title: string;
      description: string;
      casualties: number;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      reportedAt: string;
      late: boolean;
      /** @enum {string} */
      status: "reported" | "acknowledged" | "closed";
      statusLabel: string;
      /** Format: date-time */
      acknowledgedAt: string | null;
      /** Format: date-time */
      followedUpAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      closureReport: string | null;
      /** Format: date-time */
      acknowledgeBy: string;
      /** Format: date-time */
      followUpBy: string;
      /** Format: date-time */
      closeBy: string;
      overdue: string[];
      abilities: {
        read: boolean;
        acknowledge: boolean;
        followUp: boolean;
        close: boolean;
      };
      timeline: components["schemas"]["SafetyTimelineStep"][];
    };
    SafetyTimelineStep: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      incidentId: string;
      /** Format: date-time */
      at: string;
      kind: string;
      kindLabel: string;
      actorName: string | null;
      note: string;
      title: string;
      schoolName: string;
      /** @enum {string} */
      severity: "I" | "II" | "III" | "IV";
    };
    ServiceCase: {
      /** Format: uuid */
      id: string;
      caseNo: string;
      /** Format: uuid */
      itemId: string;
      itemName: string;
      applicantName: string;
      handlingUnitName: string;
      /** @enum {string} */
      status: "submitted" | "correction" | "notAccepted" | "reviewing" | "concluded" | "delivered";
      statusLabel: string;
      /** @enum {string|null} */
      outcome: "approved" | "refused" | null;
      holder: string;
      stepName: string | null;
      submittedOn: string;
      acceptedOn: string | null;
      concludedOn: string | null;
      deadline: string | null;
      limitDays: number;
      legalDays: number;
      timeLimit: {
        deadline: string;
        usedDays: number;
        remainingDays: number;
        /** @enum {string} */
        status: "normal" | "dueSoon" | "overdue";
      } | null;
      escalated: boolean;
      situationCode: string | null;
      form: {
        [key: string]: string;
      };
      formLabelled: {
        label: string;
        value: string;
      }[];
      correctionItems: string[] | null;
      reason: string | null;
      steps: string[];
      stepIndex: number;
      hasResult: boolean;
      verificationCode: string | null;
      events: {
        action: string;
        note: string;
        actorName: string | null;
        at: string;
        workingDays: number;
      }[];
      materials: {
        /** Format: uuid */
        id: string;
        code: string | null;
        name: string;
        fileName: string;
        size: number;
      }[];
      rating: {
        rating: number;
        comment: string | null;
        followUpDue: string | null;
        followUpAnswer: string | null;
      } | null;
      abilities: {
        read: boolean;
        readMaterials: boolean;
        accept: boolean;
        notAccept: boolean;
        requestCorrection: boolean;
        resubmit: boolean;
        review: boolean;
        deliver: boolean;
        rate: boolean;
        answerRating: boolean;
      };
    };
    ServiceItemGuide: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      itemType: string;
      ownerUnitName: string;
      /** @enum {string} */
      handlingLevel: "city" | "district";
      legalBasis: string;
      conditions: string;
      process: string;
      legalDays: number;
      promisedDays: number;
      fee: string;
      location: string;
      phone: string;
      online: boolean;
      onlineDepth: 1 | 2 | 3 | 4;
      steps: string[];
      formFields: {
        key: string;
        label: string;
        /** @enum {string} */
        kind: "text" | "idNumber" | "phone" | "date" | "select";
        required: boolean;
        options?: string[];
      }[];
      materials: {
        code: string;
        name: string;
        required: boolean;
      }[];
      situations: {
        code: string;
        name: string;
        conditions: string;
        materials: {
          code: string;
          name: string;
          required: boolean;
        }[];
      }[];
      /** @enum {string} */
      status: "draft" | "published" | "withdrawn";
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
