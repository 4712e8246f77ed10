import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe, useSignOut, type Role } from '../auth';
import { setLanguage, type Language } from '../i18n';
import { SandboxClock } from './SandboxClock';

interface NavItem {
  to: string;
  label: string;
  roles?: Role[];
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const items: NavItem[] = [
    { to: '/', label: t('nav.tenders') },
    { to: '/tenders/new', label: t('nav.newTender'), roles: ['officer'] },
    { to: '/contracts', label: t('nav.contracts'), roles: ['officer', 'auditor', 'investor'] },
    { to: '/reviews', label: t('nav.reviews'), roles: ['auditor', 'officer'] },
    { to: '/audit', label: t('nav.audit'), roles: ['auditor', 'admin'] },
    {
      to: '/notifications',
      label: t('nav.notifications'),
      roles: ['officer', 'auditor', 'investor', 'admin'],
    },
    { to: '/admin', label: t('nav.admin'), roles: ['admin'] },
  ];
  const visible = items.filter((item) => !item.roles || (me && item.roles.includes(me.role)));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
            />
            <Title order={1} size="h4">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm">
            <SandboxClock />
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'ru', label: 'RU' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.main')}>
        <Stack gap={4} justify="space-between" h="100%">
          <div>
            {visible.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={location.pathname === item.to}
                variant="filled"
                onClick={close}
              />
            ))}
          </div>
          <div>
            {me ? (
              <Stack gap={4}>
                <Text size="sm" fw={500} data-testid="who">
                  {me.fullName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`roles.${me.role}`)}
                  {me.organization ? ` · ${me.organization.name}` : ''}
                </Text>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => {
                    signOut();
                    void navigate('/login');
                  }}
                >
                  {t('auth.signOut')}
                </Button>
              </Stack>
            ) : (
              <Stack gap={4}>
                <NavLink component={Link} to="/login" label={t('auth.signIn')} onClick={close} />
                <NavLink
                  component={Link}
                  to="/register"
                  label={t('auth.register')}
                  onClick={close}
                />
              </Stack>
            )}
          </div>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <VisuallyHidden>
          <Text>{t('app.tagline')}</Text>
        </VisuallyHidden>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
