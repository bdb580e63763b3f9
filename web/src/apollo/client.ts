import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { tokenStore } from '../features/auth/token-store';
import { currentLanguage } from '../i18n/i18n';

// Content comes in the language of the request, so every request names the UI language.
const headersLink = new SetContextLink((previous) => {
  const token = tokenStore.get();
  return {
    headers: {
      ...previous.headers,
      'Accept-Language': currentLanguage(),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  };
});

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([headersLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Course: {
          keyFields: ['slug'],
          // Pages ask for different fields of the same weeks: merge them week by week rather than drop the others'.
          fields: {
            weeks: {
              merge(existing: unknown[] | undefined, incoming: unknown[], { mergeObjects }) {
                return incoming.map((week, index) => (existing?.[index] ? mergeObjects(existing[index] as never, week as never) : week));
              },
            },
          },
        },
        Progress: { keyFields: ['courseSlug'] },
        // Weeks and week progress have no id of their own; they live inside their course.
        Week: { keyFields: false },
        WeekProgress: { keyFields: false },
        QuestionFeedback: { keyFields: false },
        // A certificate is known by its code; trainee rows and roster entries live inside their lists.
        Certificate: { keyFields: ['code'] },
        CohortProgress: { keyFields: false },
        TraineeProgress: { keyFields: false },
        RosterEntry: { keyFields: false },
      },
    }),
    defaultOptions: {
      // Show what is cached at once, then bring progress up to date.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
