import { Button, Code, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { upload, type Schemas } from '../api/client';
import { downloadFile } from '../lib/download';
import { formatNumber } from '../lib/format';
import { ErrorText } from './ErrorText';

const STORE = 'offset-tender.bid-document-name';

/**
 * A sealed document's name is sealed too: until opening the server answers null, so the
 * browser that uploaded it remembers the name to show its owner.
 */
const sentNames = {
  save: (id: string, name: string) => localStorage.setItem(`${STORE}.${id}`, name),
  load: (id: string) => localStorage.getItem(`${STORE}.${id}`),
};

/**
 * The documents of an investor's own bid (name, size, SHA-256), uploaded sealed while the bid
 * may still change; downloadable once the bids are opened (before that nobody can read them).
 */
export function BidDocuments(props: {
  tenderId: string;
  bid: Schemas['BidResponse'];
  canUpload: boolean;
}) {
  const { tenderId, bid, canUpload } = props;
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const base = `/api/v1/tenders/${tenderId}/bids/${bid.id}/documents`;
  const add = useMutation({
    mutationFn: (chosen: File) => upload(base, chosen),
    onSuccess: async (doc) => {
      sentNames.save(doc.id, doc.filename);
      setFile(null);
      await client.invalidateQueries({ queryKey: ['own-bids', tenderId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) add.mutate(file);
  };
  const documents = bid.documents ?? [];
  return (
    <Stack gap="xs" data-testid="bid-documents">
      <Text fw={700}>{t('bidDocuments.title')}</Text>
      {documents.length === 0 && <Text size="sm">{t('bidDocuments.none')}</Text>}
      {documents.map((doc) => {
        const name = doc.filename ?? sentNames.load(doc.id);
        return (
          <Paper withBorder p="xs" key={doc.id} data-testid="bid-document">
            <Stack gap={4}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {name ?? t('bidDocuments.nameSealed')} ·{' '}
                  {t('bidDocuments.size', { size: formatNumber(doc.size) })}
                </Text>
                {bid.sealed ? (
                  <Text size="xs" c="dimmed">
                    {t('bidDocuments.sealed')}
                  </Text>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => void downloadFile(`${base}/${doc.id}`, name ?? doc.id)}
                  >
                    {t('common.download')}
                  </Button>
                )}
              </Group>
              <Text size="xs">
                SHA-256: <Code style={{ overflowWrap: 'anywhere' }}>{doc.sha256}</Code>
              </Text>
            </Stack>
          </Paper>
        );
      })}
      {canUpload && (
        <Group component="form" onSubmit={submit} align="flex-end" gap="xs">
          <FileInput
            label={t('bidDocuments.file')}
            description={t('bidDocuments.hint')}
            value={file}
            onChange={setFile}
            clearable
            style={{ flex: '1 1 14rem' }}
          />
          <Button type="submit" variant="light" disabled={!file} loading={add.isPending}>
            {t('bidDocuments.upload')}
          </Button>
        </Group>
      )}
      <ErrorText error={add.error} />
    </Stack>
  );
}
