/** @module bot/reply: the channel-neutral reply blocks of the referral conversation, and the input a turn takes. */
import { z } from 'zod';
import { GuidanceView, NeedSummaryView, ServiceView } from './views.ts';

export const Choice = z.object({ label: z.string(), action: z.string(), value: z.string() }).meta({ id: 'Choice' });

export const ReplyBlock = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('choices'), prompt: z.string(), choices: z.array(Choice) }),
    z.object({ type: z.literal('needs'), prompt: z.string(), needs: z.array(NeedSummaryView) }),
    z.object({ type: z.literal('redFlag'), title: z.string(), signs: z.string(), action: z.string() }),
    z.object({ type: z.literal('guidance'), guidance: GuidanceView }),
    z.object({ type: z.literal('services'), services: z.array(ServiceView) }),
  ])
  .meta({ id: 'ReplyBlock' });
export type ReplyBlock = z.infer<typeof ReplyBlock>;

/** One turn's input: free text, or a chosen button (`action` + `value`). */
export const TurnInput = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(500) }),
  z.strictObject({ action: z.string().min(1).max(40), value: z.string().max(100) }),
]);
export type TurnInput = z.infer<typeof TurnInput>;
