import { Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { fieldError } from '../lib/field-errors';
import { ErrorText } from '../components/ErrorText';
import { innState } from '../lib/inn';

/** Investor self-registration; the INN's check digit is checked as it is typed. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState({ email: '', password: '', fullName: '', name: '', inn: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  const inn = innState(form.inn);
  const register = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/auth/register', {
          body: {
            email: form.email,
            password: form.password,
            fullName: form.fullName,
            organization: { name: form.name, inn: form.inn },
          },
        }),
      ),
    onSuccess: () => void navigate('/login'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inn === 'valid') register.mutate();
  };
  return (
    <Paper maw={480} mx="auto" p="lg" withBorder component="form" onSubmit={submit}>
      <Stack>
        <Title order={2}>{t('register.title')}</Title>
        <TextInput
          label={t('auth.fullName')}
          required
          value={form.fullName}
          error={fieldError(register.error, 'fullName')}
          onChange={set('fullName')}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          required
          value={form.email}
          error={fieldError(register.error, 'email')}
          onChange={set('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          description={t('register.passwordHint')}
          required
          minLength={12}
          autoComplete="new-password"
          value={form.password}
          error={fieldError(register.error, 'password')}
          onChange={set('password')}
        />
        <TextInput
          label={t('register.organization')}
          required
          value={form.name}
          error={fieldError(register.error, 'organization.name')}
          onChange={set('name')}
        />
        <TextInput
          label={t('register.inn')}
          required
          inputMode="numeric"
          maxLength={10}
          value={form.inn}
          onChange={set('inn')}
          data-testid="inn"
          error={
            inn === 'invalid'
              ? t('register.innInvalid')
              : fieldError(register.error, 'organization.inn')
          }
          description={inn === 'valid' ? t('register.innValid') : t('register.innHint')}
        />
        <ErrorText
          error={register.error}
          fields={['fullName', 'email', 'password', 'organization.name', 'organization.inn']}
        />
        <Button type="submit" loading={register.isPending} disabled={inn !== 'valid'}>
          {t('register.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
