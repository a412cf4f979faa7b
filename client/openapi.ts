/**
 * Generated from the OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the content types or src/delivery/openapi/, then run `npm run client-types`.
 */

export interface paths {
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published articles */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published articles. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Article"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published article */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published article. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Article"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published topics */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published topics. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Topic"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/topics/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published topic */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published topic. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Topic"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published conditions */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published conditions. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Condition"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/conditions/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published condition */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published condition. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Condition"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published benefits */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published benefits. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Benefit"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/benefits/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published benefit */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published benefit. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Benefit"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/clinic-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published clinic-locations */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published clinic-locations. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ClinicLocation"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/clinic-locations/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published clinic-location */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published clinic-location. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ClinicLocation"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published authors */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description pagination[page] and pagination[pageSize] (at most 100, 25 by default). */
                    pagination?: Record<string, unknown>;
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published authors. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Author"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/authors/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published author */
        get: {
            parameters: {
                query?: {
                    /** @description Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400. */
                    filters?: Record<string, unknown>;
                    /** @description Relations and components to include, e.g. populate[topics][fields][0]=name. */
                    populate?: Record<string, unknown>;
                    /** @description Fields to return, e.g. fields[0]=title. */
                    fields?: string[];
                    /** @description Sort order, e.g. sort=publishedAt:desc. */
                    sort?: string | string[];
                    /** @description Only "published" is accepted here; drafts are a 403. */
                    status?: "published";
                };
                header?: never;
                path: {
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The published author. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Author"];
                            meta: Record<string, unknown>;
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Article cards for lists: the newest published articles with title, excerpt, byline, topics and cover image */
        get: {
            parameters: {
                query?: {
                    /** @description Page number, from 1. */
                    page?: number;
                    /** @description Items per page, 1 to 100. */
                    pageSize?: number;
                    /** @description Only articles with this topic, by its slug; not with condition. */
                    topic?: string;
                    /** @description Only articles about this condition, by its slug; not with topic. */
                    condition?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of cards, newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Article"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article page: the article with everything its page shows, its JSON-LD and its review cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Article"];
                            meta: {
                                jsonLd: components["schemas"]["JsonLd"];
                                /** @description null for an article never reviewed. */
                                review: components["schemas"]["ArticleReview"] | null;
                                /**
                                 * @description noindex: the editor's SEO setting, or a lapsed review under REVIEW_OVERDUE_ACTION=noindex.
                                 * @enum {unknown}
                                 */
                                robots: "index" | "noindex";
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles/slug/{slug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What to read next: published articles sharing conditions and topics, best first */
        get: {
            parameters: {
                query?: {
                    /** @description How many, 1 to 20. */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Related articles with their relevance. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RelatedArticle"][];
                            meta: {
                                limit: number;
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/topics/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A topic page: the topic and its published articles, newest first. */
        get: {
            parameters: {
                query?: {
                    /** @description Page number, from 1. */
                    page?: number;
                    /** @description Items per page, 1 to 100. */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The topic page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Topic"];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                                jsonLd?: components["schemas"]["JsonLd"];
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/conditions/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A condition page: the condition, its published articles and MedicalCondition JSON-LD. */
        get: {
            parameters: {
                query?: {
                    /** @description Page number, from 1. */
                    page?: number;
                    /** @description Items per page, 1 to 100. */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The condition page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Condition"];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                                jsonLd?: components["schemas"]["JsonLd"];
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/benefits/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A benefit page: the benefit and its published articles. */
        get: {
            parameters: {
                query?: {
                    /** @description Page number, from 1. */
                    page?: number;
                    /** @description Items per page, 1 to 100. */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The benefit page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Benefit"];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                                jsonLd?: components["schemas"]["JsonLd"];
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/clinic-locations/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A clinic page with opening hours, services and MedicalClinic JSON-LD */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The page slug, e.g. why-runners-should-get-regular-massage. */
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clinic page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ClinicLocation"];
                            meta: {
                                jsonLd: components["schemas"]["JsonLd"];
                            };
                        };
                    };
                };
                /** @description The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next. */
                301: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                302: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                307: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description An editor redirected this page with this status. Location names where to ask next. */
                308: {
                    headers: {
                        /** @description Where the page is now. */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MovedPage"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/clinic-locations/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clinic finder: published clinics within a radius, nearest first, with great-circle distances */
        get: {
            parameters: {
                query: {
                    /** @description Latitude, -90 to 90. */
                    lat: number;
                    /** @description Longitude, -180 to 180. */
                    lng: number;
                    /** @description Search radius in km, above 0 and at most 500. */
                    radiusKm?: number;
                    /** @description Only clinics offering this service (case-insensitive name). */
                    service?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Clinics, nearest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["NearbyClinic"][];
                            meta: {
                                origin: {
                                    lat: number;
                                    lng: number;
                                };
                                radiusKm: number;
                                service: string | null;
                                count: number;
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/redirects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every redirect, old page path to new: for a redirect map built with the site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All redirects, by path. Page endpoints also answer an old slug with the redirect itself. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Redirect"][];
                        };
                    };
                };
                /** @description A query parameter was given: this endpoint takes none. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
        /** Site search over published articles, conditions and benefits: ranked, highlighted, typo-tolerant */
        get: {
            parameters: {
                query: {
                    /** @description The words to search for (1 to 200 characters). */
                    q: string;
                    /** @description Comma-separated subset of article, condition, benefit. */
                    type?: string;
                    /** @description Page number, from 1. */
                    page?: number;
                    /** @description Items per page, 1 to 50. */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of matches, best first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SearchHit"][];
                            meta: {
                                pagination: components["schemas"]["Pagination"];
                                query: string;
                                /** @description The corrected query that was searched when the given one found nothing. */
                                correctedQuery: string | null;
                            };
                        };
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many searches are waiting for their turn; try again after Retry-After seconds. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/preview/{type}/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft as its page would show it, for the holder of a signed link from the admin panel's Open preview */
        get: {
            parameters: {
                query: {
                    /** @description Link expiry, ms since the epoch (signed). */
                    expires: string;
                    /** @description HMAC-SHA256 signature of the link. */
                    signature: string;
                };
                header?: never;
                path: {
                    /** @description article, topic, condition, benefit, clinic-location or author. */
                    type: string;
                    /** @description The document id. */
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: Record<string, unknown>;
                            meta: {
                                /** @constant */
                                preview: true;
                                /** Format: date-time */
                                expiresAt: string;
                            };
                        };
                    };
                };
                /** @description Not allowed: drafts through the public API, or an invalid or expired preview link. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RSS 2.0 feed of the latest published articles */
        get: {
            parameters: {
                query?: {
                    /** @description Only articles with this topic slug. */
                    topic?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The RSS feed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/rss+xml": string;
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sitemap of every public page with lastmod (an index of pages when large) */
        get: {
            parameters: {
                query?: {
                    /** @description Sitemap page, when the index lists several. */
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sitemap. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description The request is malformed; the message names the parameter and what it must be. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing published answers to this slug or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crawler rules pointing at the sitemap */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description robots.txt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
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
    "/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GraphQL: the content types plus articleBySlug, relatedArticles, nearbyClinics and search, published content only */
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
                        query: string;
                        variables?: Record<string, unknown>;
                        operationName?: string;
                    };
                };
            };
            responses: {
                /** @description A GraphQL response. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data?: unknown;
                            errors?: unknown[];
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
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI 3.1 document. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, unknown>;
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
        /** @description A wellness article: what a treatment does, which complaints it helps, where to book */
        Article: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            title?: string | null;
            slug?: string | null;
            excerpt?: string | null;
            body?: {
                type: string;
            }[] | null;
            cover?: components["schemas"]["SharedCover"] | null;
            featured?: boolean | null;
            scheduledPublishAt?: string | null;
            scheduledUnpublishAt?: string | null;
            scheduleError?: string | null;
            readingTimeMinutes?: number | null;
            author?: components["schemas"]["Author"] | null;
            topics?: components["schemas"]["Topic"][];
            benefits?: components["schemas"]["Benefit"][];
            conditions?: components["schemas"]["Condition"][];
            clinicLocations?: components["schemas"]["ClinicLocation"][];
            seo?: components["schemas"]["SharedSeo"] | null;
            medicalReview?: components["schemas"]["EditorialMedicalReview"] | null;
            reviewIntervalMonths?: number | null;
            lastReviewedOn?: string | null;
            nextReviewDue?: string | null;
            sources?: components["schemas"]["SharedSource"][];
            faq?: components["schemas"]["SharedFaqItem"][];
        };
        /** @description Where the article's medical review stands, as of today. */
        ArticleReview: {
            /** Format: date */
            lastReviewed: string;
            /**
             * Format: date
             * @description From this day on the review is overdue.
             */
            nextReviewDue: string;
            /**
             * @description due-soon: within MEDICAL_REVIEW_DUE_SOON_DAYS of the due date.
             * @enum {unknown}
             */
            status: "current" | "due-soon" | "overdue";
        };
        /** @description A person who writes articles, shown on article bylines */
        Author: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            role?: string | null;
            credentials?: string | null;
            registration?: string | null;
            bio?: string | null;
            avatar?: components["schemas"]["UploadFile"] | null;
            articles?: components["schemas"]["Article"][];
        };
        /** @description What a treatment does for the body, and how strong the evidence is */
        Benefit: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            alsoKnownAs?: components["schemas"]["SharedAlias"][];
            summary?: string | null;
            description?: {
                type: string;
            }[] | null;
            evidenceLevel?: ("strong" | "moderate" | "limited" | "anecdotal") | null;
            conditions?: components["schemas"]["Condition"][];
            articles?: components["schemas"]["Article"][];
        };
        /** @description A place where readers can book a treatment */
        ClinicLocation: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            summary?: string | null;
            address?: components["schemas"]["LocationAddress"] | null;
            latitude?: number | null;
            longitude?: number | null;
            phone?: string | null;
            email?: string | null;
            website?: string | null;
            bookingUrl?: string | null;
            openingHours?: components["schemas"]["LocationOpeningHours"][];
            services?: components["schemas"]["LocationService"][];
            articles?: components["schemas"]["Article"][];
        };
        /** @description A complaint readers look for help with, such as plantar fasciitis */
        Condition: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            alsoKnownAs?: components["schemas"]["SharedAlias"][];
            bodyRegion?: ("foot_ankle" | "lower_leg" | "knee" | "thigh" | "hip_pelvis" | "lower_back" | "upper_back_neck" | "shoulder_arm" | "whole_body") | null;
            summary?: string | null;
            symptoms?: {
                type: string;
            }[] | null;
            whenToSeeClinician?: {
                type: string;
            }[] | null;
            benefits?: components["schemas"]["Benefit"][];
            articles?: components["schemas"]["Article"][];
        };
        /** @description Who checked the clinical accuracy of the article, and when: written by the reviewer's sign-off, never typed */
        EditorialMedicalReview: {
            id?: number;
            reviewerName?: string | null;
            credentials?: string | null;
            registration?: string | null;
            reviewedOn?: string | null;
            signedOffAt?: string | null;
        };
        Error: {
            data: null;
            error: {
                status: number;
                name: string;
                message: string;
                details?: Record<string, unknown>;
            };
        };
        /** @description schema.org JSON-LD, ready for a <script type="application/ld+json"> element. */
        JsonLd: {
            /** @constant */
            "@context": "https://schema.org";
            "@graph"?: Record<string, unknown>[];
            "@type"?: string;
        };
        /** @description A postal address */
        LocationAddress: {
            id?: number;
            street?: string | null;
            city?: string | null;
            region?: string | null;
            postalCode?: string | null;
            country?: string | null;
        };
        /** @description When the clinic is open on one day of the week, as 24-hour HH:MM (the form schema.org uses) */
        LocationOpeningHours: {
            id?: number;
            day?: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") | null;
            opens?: string | null;
            closes?: string | null;
        };
        /** @description A treatment the clinic offers */
        LocationService: {
            id?: number;
            name?: string | null;
            description?: string | null;
            durationMinutes?: number | null;
        };
        MovedPage: {
            data: null;
            meta: {
                redirect: components["schemas"]["Redirect"];
            };
        };
        /** @description A place where readers can book a treatment */
        NearbyClinic: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            summary?: string | null;
            address?: components["schemas"]["LocationAddress"] | null;
            latitude?: number | null;
            longitude?: number | null;
            phone?: string | null;
            email?: string | null;
            website?: string | null;
            bookingUrl?: string | null;
            openingHours?: components["schemas"]["LocationOpeningHours"][];
            services?: components["schemas"]["LocationService"][];
            articles?: components["schemas"]["Article"][];
            distanceKm?: number;
            jsonLd?: components["schemas"]["JsonLd"];
        };
        Pagination: {
            page: number;
            pageSize: number;
            pageCount: number;
            total: number;
        };
        /** @description An old page address and where it leads now. */
        Redirect: {
            /** @description The old path on the site, e.g. /articles/old-slug. */
            from: string;
            /** @description Where it leads: a path on the site, or an http(s) address. */
            to: string;
            /** @enum {unknown} */
            statusCode: 301 | 302 | 307 | 308;
        };
        /** @description A wellness article: what a treatment does, which complaints it helps, where to book */
        RelatedArticle: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            title?: string | null;
            slug?: string | null;
            excerpt?: string | null;
            body?: {
                type: string;
            }[] | null;
            cover?: components["schemas"]["SharedCover"] | null;
            featured?: boolean | null;
            scheduledPublishAt?: string | null;
            scheduledUnpublishAt?: string | null;
            scheduleError?: string | null;
            readingTimeMinutes?: number | null;
            author?: components["schemas"]["Author"] | null;
            topics?: components["schemas"]["Topic"][];
            benefits?: components["schemas"]["Benefit"][];
            conditions?: components["schemas"]["Condition"][];
            clinicLocations?: components["schemas"]["ClinicLocation"][];
            seo?: components["schemas"]["SharedSeo"] | null;
            medicalReview?: components["schemas"]["EditorialMedicalReview"] | null;
            reviewIntervalMonths?: number | null;
            lastReviewedOn?: string | null;
            nextReviewDue?: string | null;
            sources?: components["schemas"]["SharedSource"][];
            faq?: components["schemas"]["SharedFaqItem"][];
            /** @description Weighted count of shared conditions (2) and topics (1). */
            relevance?: number;
        };
        SearchHit: {
            /** @enum {unknown} */
            type: "article" | "condition" | "benefit";
            documentId: string;
            slug: string;
            title: string;
            /** @description Safe HTML: text escaped, matched words wrapped in <mark>. */
            snippet: string;
            /** @description Higher is a better match; comparable within one response. */
            score: number;
            /** @description Where the page lives on the site, e.g. /conditions/shin-splints. */
            path: string;
        };
        /** @description Another name readers use for the same thing */
        SharedAlias: {
            id?: number;
            name?: string | null;
        };
        /** @description The lead image of a page, with the alt text screen readers announce */
        SharedCover: {
            id?: number;
            image?: components["schemas"]["UploadFile"] | null;
            alt?: string | null;
        };
        /** @description A question readers ask, with its answer */
        SharedFaqItem: {
            id?: number;
            question?: string | null;
            answer?: string | null;
        };
        /** @description Search and social metadata for a page */
        SharedSeo: {
            id?: number;
            metaTitle?: string | null;
            metaDescription?: string | null;
            canonicalUrl?: string | null;
            socialImage?: components["schemas"]["UploadFile"] | null;
            noIndex?: boolean | null;
        };
        /** @description A reference that supports a claim in the article */
        SharedSource: {
            id?: number;
            title?: string | null;
            publisher?: string | null;
            url?: string | null;
            year?: number | null;
        };
        /** @description A tag marketers put on articles to build topic pages and campaigns */
        Topic: {
            id?: number;
            documentId?: string;
            createdAt?: string | null;
            updatedAt?: string | null;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string | null;
            slug?: string | null;
            description?: string | null;
            articles?: components["schemas"]["Article"][];
        };
        UploadFile: {
            id?: number;
            documentId?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            publishedAt?: string | null;
            locale?: string | null;
            name?: string;
            alternativeText?: string | null;
            caption?: string | null;
            width?: number | null;
            height?: number | null;
            focalPoint?: {
                x: number;
                y: number;
            } | null;
            formats?: {
                [key: string]: {
                    url: string;
                    width: number;
                    height: number;
                    mime: string;
                    ext?: string;
                    /** @description Kilobytes */
                    size?: number;
                } & {
                    [key: string]: unknown;
                };
            } | null;
            url?: string;
            mime?: string;
            size?: number;
        } & {
            [key: string]: unknown;
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
