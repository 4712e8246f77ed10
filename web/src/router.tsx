import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { LoginPage } from './pages/LoginPage';
import { TendersPage } from './pages/TendersPage';

/** The first page (tender list) and login load at once; every other page on demand. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <TendersPage /> },
      { path: 'login', element: <LoginPage /> },
      {
        path: 'register',
        lazy: async () => ({ Component: (await import('./pages/RegisterPage')).RegisterPage }),
      },
      {
        path: 'tenders/new',
        lazy: async () => ({ Component: (await import('./pages/NewTenderPage')).NewTenderPage }),
      },
      {
        path: 'tenders/:id',
        lazy: async () => ({ Component: (await import('./pages/TenderPage')).TenderPage }),
      },
      {
        path: 'tenders/:id/evaluation',
        lazy: async () => ({ Component: (await import('./pages/EvaluationPage')).EvaluationPage }),
      },
      {
        path: 'contracts',
        lazy: async () => ({ Component: (await import('./pages/ContractsPage')).ContractsPage }),
      },
      {
        path: 'contracts/:id',
        lazy: async () => ({ Component: (await import('./pages/ContractPage')).ContractPage }),
      },
      {
        path: 'reviews',
        lazy: async () => ({ Component: (await import('./pages/ReviewsPage')).ReviewsPage }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('./pages/AuditPage')).AuditPage }),
      },
      {
        path: 'notifications',
        lazy: async () => ({
          Component: (await import('./pages/NotificationsPage')).NotificationsPage,
        }),
      },
      {
        path: 'admin',
        lazy: async () => ({ Component: (await import('./pages/AdminPage')).AdminPage }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./pages/NotFoundPage')).NotFoundPage }),
      },
    ],
  },
]);
