import { ApiPath, FormStampReply } from '@egoejo/contracts';
import { useEffect, useState } from 'react';
import { apiRequest } from './api/client';

export interface HoneypotValues {
  website: string;
  nickname: string;
  comment: string;
}

export const emptyHoneypot: HoneypotValues = { website: '', nickname: '', comment: '' };

/**
 * The signed "form issued at" stamp of a public form, fetched when the form appears. The server treats a
 * form sent less than 2 s after its stamp as a bot's; the web app always sends it.
 */
export function useFormStamp(): string | undefined {
  const [stamp, setStamp] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    apiRequest(ApiPath.formStamp, { reply: FormStampReply, signal: controller.signal }).then(
      (reply) => setStamp(reply.stamp),
      () => undefined, // without a stamp the form still works: the stamp is optional for the server
    );
    return () => controller.abort();
  }, []);
  return stamp;
}

/** The hidden fields as the API expects them: only the non-empty ones, plus the stamp. */
export function honeypotBody(values: HoneypotValues, formStamp: string | undefined) {
  return {
    ...(values.website ? { website: values.website } : {}),
    ...(values.nickname ? { nickname: values.nickname } : {}),
    ...(values.comment ? { comment: values.comment } : {}),
    ...(formStamp ? { formStamp } : {}),
  };
}
