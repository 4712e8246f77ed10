import {
  Button,
  Card,
  Code,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError } from '../lib/field-errors';
import { ErrorText } from '../components/ErrorText';
import { KeyRates, WorkingCalendar } from '../components/ReferenceData';

type NewUser = Schemas['CreateUserDto'];

/**
 * Users (the admin creates officers, auditors and admins; investors register themselves) and
 * the reference data deadlines and penalties are computed from: key rates and the calendar.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [user, setUser] = useState<NewUser>({
    email: '',
    password: '',
    fullName: '',
    role: 'officer',
  });
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { limit: 200 } } })),
  });
  const create = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/users', { body: user })),
    onSuccess: async () => {
      setUser({ ...user, email: '', fullName: '', password: '' });
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Stack>
      <Title order={2}>{t('admin.title')}</Title>
      <Card withBorder component="form" onSubmit={submit}>
        <Title order={3} size="h4" mb="xs">
          {t('admin.newUser')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('auth.fullName')}
            required
            value={user.fullName}
            error={fieldError(create.error, 'fullName')}
            onChange={(e) => setUser({ ...user, fullName: e.currentTarget.value })}
          />
          <TextInput
            label={t('auth.email')}
            type="email"
            required
            value={user.email}
            error={fieldError(create.error, 'email')}
            onChange={(e) => setUser({ ...user, email: e.currentTarget.value })}
          />
          <PasswordInput
            label={t('auth.password')}
            description={t('register.passwordHint')}
            required
            autoComplete="new-password"
            value={user.password}
            error={fieldError(create.error, 'password')}
            onChange={(e) => setUser({ ...user, password: e.currentTarget.value })}
          />
          <Select
            label={t('admin.role')}
            allowDeselect={false}
            value={user.role}
            error={fieldError(create.error, 'role')}
            onChange={(v) => v && setUser({ ...user, role: v as NewUser['role'] })}
            data={(['officer', 'auditor', 'admin'] as const).map((r) => ({
              value: r,
              label: t(`roles.${r}`),
            }))}
          />
        </SimpleGrid>
        <ErrorText error={create.error} fields={['fullName', 'email', 'password', 'role']} />
        <Button type="submit" mt="md" loading={create.isPending}>
          {t('admin.create')}
        </Button>
      </Card>
      <ErrorText error={users.error} />
      {users.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auth.fullName')}</Table.Th>
                <Table.Th>{t('auth.email')}</Table.Th>
                <Table.Th>{t('admin.role')}</Table.Th>
                <Table.Th>{t('admin.id')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>
                    <Code>{u.id}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <KeyRates />
        <WorkingCalendar initialYear={new Date().getFullYear()} />
      </SimpleGrid>
    </Stack>
  );
}
