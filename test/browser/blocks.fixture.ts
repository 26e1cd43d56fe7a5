/** @module test/browser/blocks.fixture: one of every reply block of bot/reply.ts, with hostile text and links, validated against the contract. */
import { ReplyBlock } from '../../bot/reply.ts';

const EVIL = '<img src=x onerror="window.pwned=1"><b>bold</b>';
const service = (id: string, contact: Record<string, string>, extra: object = {}) => ({
  id,
  name: `Service ${id} ${EVIL}`,
  description: 'Listens and advises.',
  organization: { id: 'org', name: 'Org' },
  needs: ['psy.emotional-distress'],
  audiences: ['adult'],
  area: { scope: 'national' },
  languages: ['nl', 'fr'],
  cost: { kind: 'free' },
  referral: { routes: ['self'], how: 'Call, no referral needed.' },
  contact,
  source: { url: 'https://source.example/page', checked: '2025-01-15' },
  checks: [],
  checkBeforeReferring: false,
  ...extra,
});

export const BLOCKS: ReplyBlock[] = [
  { type: 'text', text: `Plain text ${EVIL}` },
  { type: 'choices', prompt: 'Who needs help?', choices: [{ label: 'An adult', action: 'audience', value: 'adult' }, { label: 'A child', action: 'audience', value: 'child' }] },
  {
    type: 'multiChoice',
    prompt: 'Which problems this week?',
    action: 'problems',
    submitLabel: 'Show help',
    options: [{ label: 'Fatigue', value: 'med.fatigue' }, { label: 'Pain', value: 'med.pain' }, { label: 'Worry', value: 'psy.anxiety' }],
  },
  { type: 'needs', prompt: 'Needs in this domain', needs: [{ id: 'med.pain', domain: 'medical', title: 'Pain', summary: 'Pain that lasts.' }, { id: 'med.fatigue', domain: 'medical', title: 'Fatigue', summary: 'Tired all the time.' }] },
  { type: 'redFlag', title: 'Suicidal thoughts', signs: 'Talks about ending life.', action: 'Call 1813 now.' },
  {
    type: 'guidance',
    guidance: {
      id: 'g1',
      title: 'Stepped care',
      needs: ['psy.emotional-distress'],
      firstSteps: 'Screen first.',
      rules: 'Reimbursed sessions.',
      tellPatient: 'It is common.',
      sources: [{ url: 'https://guide.example/a', title: 'Guide' }, { url: 'javascript:alert(1)', title: 'Bad source' }],
      reviewed: '2025-02-01',
      checks: [{ field: 'rules', note: 'Numbers differ between sources.', source: 'https://check.example/' }],
      checkBeforeReferring: true,
    },
  },
  {
    type: 'services',
    services: [
      service('svc1', { phone: '+32 2 123 45 67', email: 'help@svc.example', url: 'https://svc.example/' }),
      service('svc2', { url: 'javascript:alert(1)', email: 'x@y.example?cc=evil@z.example', phone: 'ask the hospital' }, {
        checkBeforeReferring: true,
        checks: [{ field: 'contact', note: 'Phone not confirmed.' }],
      }),
      service('svc3', { url: 'http://insecure.example/' }),
    ],
    add: { label: 'Add to plan', action: 'add' },
  },
  {
    type: 'plan',
    title: 'Referral plan',
    items: [{ need: { id: 'psy.emotional-distress', title: 'Distress' }, services: [{ id: 'svc1', name: 'Service svc1', phone: '+32 2 123 45 67', how: 'Call.', checkBeforeReferring: false }] }],
    text: 'Referral plan\n- Distress: Service svc1, +32 2 123 45 67',
    handout: [{ lang: 'fr', label: 'Français', path: '/handout?lang=fr&items=psy.emotional-distress:svc1' }, { lang: 'en', label: 'English', path: '//evil.example/handout' }],
  },
].map((b) => ReplyBlock.parse(b));
