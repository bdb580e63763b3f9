import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, Kind, ValidationContext, type ASTVisitor, type DocumentNode, type SelectionSetNode } from 'graphql';
import { isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Cost counts one per field and assumes five items per list, so nested lists weigh what they may return. */
export const LIMITS = { depth: 10, aliases: 20, cost: 25000, listSize: 5 } as const;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Refuses operations nested deeper than LIMITS.depth (fragments followed). */
export function depthLimit(max: number = LIMITS.depth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
        else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        else if (!seen.has(selection.name.value)) {
          deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet, new Set()) > max) context.reportError(refuse(`Query is nested too deeply (more than ${max} levels)`));
      },
    };
  };
}

/** Refuses documents with more than LIMITS.aliases aliased fields: aliases must not multiply work (sign-in guessing, lookups). */
export function aliasLimit(max: number = LIMITS.aliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) context.reportError(refuse(`Too many aliases (at most ${max})`));
      },
    };
  };
}

const returnsList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** The estimate reads the variables first; variables that do not fit their types are the client's error. */
function complexity(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [listAwareEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError) throw refuse(error.message);
    throw error;
  }
}

const listAwareEstimator: ComplexityEstimator = ({ field, childComplexity }) => 1 + childComplexity * (returnsList(field.type) ? LIMITS.listSize : 1);

/** Costs remembered per document: only boolean variables (@skip, @include) change a cost, so a few per document. */
const COSTS_PER_DOCUMENT = 16;

/**
 * Refuses operations whose estimated cost exceeds LIMITS.cost. Apollo hands the same
 * parsed document for the same query text, so its cost is computed once, not per request.
 */
export function costLimit(schema: () => GraphQLSchema, max: number = LIMITS.cost): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => {
    const switches = Object.entries(variables).filter(([, value]) => typeof value === 'boolean');
    const key = `${operationName ?? ''}\n${JSON.stringify(switches)}`;
    let known = costs.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const cost = complexity(schema(), document, variables, operationName);
    if (!known) costs.set(document, (known = new Map()));
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > max) throw refuse(`Query is too costly (${cost}; at most ${max})`);
        },
      };
    },
  };
}
