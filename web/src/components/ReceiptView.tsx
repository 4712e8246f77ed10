import { Alert, Code, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../lib/format';
import { verifyReceipt, type Receipt } from '../lib/receipt';

const STORE = 'offset-tender.bid-content';

/**
 * The content an investor sent, kept in this browser: the server cannot read a sealed bid,
 * so only the sender can recompute the receipt's hash before opening.
 */
export const sentContent = {
  key: (bidId: string, version: number) => `${STORE}.${bidId}.${version}`,
  save(bidId: string, version: number, content: unknown) {
    localStorage.setItem(this.key(bidId, version), JSON.stringify(content));
  },
  load(bidId: string, version: number): unknown {
    const text = localStorage.getItem(this.key(bidId, version));
    return text === null ? undefined : (JSON.parse(text) as unknown);
  },
};

export function usePublicKey() {
  return useQuery({
    queryKey: ['receipt-public-key'],
    queryFn: async () => unwrap(await api.GET('/api/v1/receipts/public-key')),
    staleTime: Infinity,
  });
}

/** A bid receipt, checked here with WebCrypto: SHA-256 of the canonical content + Ed25519. */
export function ReceiptView(props: {
  bidId: string;
  version: number;
  receipt: Receipt;
  content: unknown;
}) {
  const { t } = useTranslation();
  const key = usePublicKey();
  const check = useQuery({
    queryKey: ['receipt-check', props.bidId, props.version, props.receipt, props.content],
    enabled: key.data !== undefined && props.content !== undefined,
    queryFn: () =>
      verifyReceipt({
        ...props,
        publicKeyPem: (key.data as { publicKeyPem: string }).publicKeyPem,
      }),
  });
  return (
    <Stack gap={4} data-testid="receipt">
      <Text size="sm">
        {t('receipt.submittedAt')}: {formatDateTime(props.receipt.submittedAt)} ·{' '}
        {t('receipt.version')} {props.version}
      </Text>
      <Text size="sm">
        SHA-256: <Code>{props.receipt.sha256}</Code>
      </Text>
      {props.content === undefined ? (
        <Alert color="gray" data-testid="receipt-unknown">
          {t('receipt.noContent')}
        </Alert>
      ) : check.data ? (
        check.data.verified ? (
          <Alert color="green" title={t('receipt.verified')} data-testid="receipt-verified">
            {t('receipt.verifiedText')}
          </Alert>
        ) : (
          <Alert color="red" title={t('receipt.notVerified')} data-testid="receipt-not-verified">
            {check.data.hashMatches ? t('receipt.badSignature') : t('receipt.hashMismatch')}
          </Alert>
        )
      ) : (
        <Text size="sm">{t('receipt.checking')}</Text>
      )}
    </Stack>
  );
}
