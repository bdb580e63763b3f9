import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from './routing/router';
import { createApolloClient } from './apollo/client';
import { App } from './app';
import { registerOfflineReading } from './features/offline/register-offline-reading';
import { AuthProvider } from './features/auth/auth-context';
import { i18nReady } from './i18n/i18n';
import './styles/base.css';
import './styles/components.css';
import './styles/content.css';

const client = createApolloClient();
registerOfflineReading();

// The reader's strings arrive as a chunk of their own; the first paint waits for them.
// (A then, not a top-level await: that would make the bundler split the shared modules into many chunks.)
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <AuthProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
