import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, session, unwrap } from '../api/client';
import { fieldError } from '../lib/field-errors';
import { ErrorText } from '../components/ErrorText';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: async ({ accessToken }) => {
      session.set(accessToken);
      await client.invalidateQueries();
      void navigate('/');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Paper maw={420} mx="auto" p="lg" withBorder component="form" onSubmit={submit}>
      <Stack>
        <Title order={2}>{t('auth.signIn')}</Title>
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          error={fieldError(login.error, 'email')}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          error={fieldError(login.error, 'password')}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorText error={login.error} fields={['email', 'password']} />
        <Button type="submit" loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
        <Text size="sm">
          {t('auth.noAccount')}{' '}
          <Anchor component={Link} to="/register">
            {t('auth.register')}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
