/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InvalidationParts on Resource {\n    __typename\n    id\n    name\n    version\n    topics {\n      slug\n    }\n    location {\n      locality\n    }\n    organization {\n      resources(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ... on PeerGroup {\n      schedule {\n        rrule\n      }\n      nextMeetings(first: 1, from: \"2027-03-01T00:00:00Z\") {\n        startsAt\n      }\n      history(first: 2) {\n        action\n      }\n      pendingRevision {\n        changedFields\n      }\n    }\n    ... on Workshop {\n      sessions {\n        startsAt\n      }\n    }\n  }\n": typeof types.InvalidationPartsFragmentDoc,
    "\n  mutation InvalidationReadWriteRead($id: ID!, $patch: ResourcePatch!) {\n    before: verifyResource(id: $id) {\n      resource {\n        ...InvalidationParts\n      }\n    }\n    after: updateResource(id: $id, patch: $patch) {\n      resource {\n        ...InvalidationParts\n      }\n      awaitingReview\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.InvalidationReadWriteReadDocument,
    "\n        query ReadFirstPage {\n          resources(first: 3) {\n            totalCount\n            edges {\n              cursor\n              node {\n                id\n                name\n                kind\n                organization {\n                  name\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      ": typeof types.ReadFirstPageDocument,
};
const documents: Documents = {
    "\n  fragment InvalidationParts on Resource {\n    __typename\n    id\n    name\n    version\n    topics {\n      slug\n    }\n    location {\n      locality\n    }\n    organization {\n      resources(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ... on PeerGroup {\n      schedule {\n        rrule\n      }\n      nextMeetings(first: 1, from: \"2027-03-01T00:00:00Z\") {\n        startsAt\n      }\n      history(first: 2) {\n        action\n      }\n      pendingRevision {\n        changedFields\n      }\n    }\n    ... on Workshop {\n      sessions {\n        startsAt\n      }\n    }\n  }\n": types.InvalidationPartsFragmentDoc,
    "\n  mutation InvalidationReadWriteRead($id: ID!, $patch: ResourcePatch!) {\n    before: verifyResource(id: $id) {\n      resource {\n        ...InvalidationParts\n      }\n    }\n    after: updateResource(id: $id, patch: $patch) {\n      resource {\n        ...InvalidationParts\n      }\n      awaitingReview\n      userErrors {\n        code\n      }\n    }\n  }\n": types.InvalidationReadWriteReadDocument,
    "\n        query ReadFirstPage {\n          resources(first: 3) {\n            totalCount\n            edges {\n              cursor\n              node {\n                id\n                name\n                kind\n                organization {\n                  name\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      ": types.ReadFirstPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvalidationParts on Resource {\n    __typename\n    id\n    name\n    version\n    topics {\n      slug\n    }\n    location {\n      locality\n    }\n    organization {\n      resources(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ... on PeerGroup {\n      schedule {\n        rrule\n      }\n      nextMeetings(first: 1, from: \"2027-03-01T00:00:00Z\") {\n        startsAt\n      }\n      history(first: 2) {\n        action\n      }\n      pendingRevision {\n        changedFields\n      }\n    }\n    ... on Workshop {\n      sessions {\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvalidationParts on Resource {\n    __typename\n    id\n    name\n    version\n    topics {\n      slug\n    }\n    location {\n      locality\n    }\n    organization {\n      resources(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n    ... on PeerGroup {\n      schedule {\n        rrule\n      }\n      nextMeetings(first: 1, from: \"2027-03-01T00:00:00Z\") {\n        startsAt\n      }\n      history(first: 2) {\n        action\n      }\n      pendingRevision {\n        changedFields\n      }\n    }\n    ... on Workshop {\n      sessions {\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidationReadWriteRead($id: ID!, $patch: ResourcePatch!) {\n    before: verifyResource(id: $id) {\n      resource {\n        ...InvalidationParts\n      }\n    }\n    after: updateResource(id: $id, patch: $patch) {\n      resource {\n        ...InvalidationParts\n      }\n      awaitingReview\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvalidationReadWriteRead($id: ID!, $patch: ResourcePatch!) {\n    before: verifyResource(id: $id) {\n      resource {\n        ...InvalidationParts\n      }\n    }\n    after: updateResource(id: $id, patch: $patch) {\n      resource {\n        ...InvalidationParts\n      }\n      awaitingReview\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadFirstPage {\n          resources(first: 3) {\n            totalCount\n            edges {\n              cursor\n              node {\n                id\n                name\n                kind\n                organization {\n                  name\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadFirstPage {\n          resources(first: 3) {\n            totalCount\n            edges {\n              cursor\n              node {\n                id\n                name\n                kind\n                organization {\n                  name\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;