// The demo site's language switcher: page text, <html lang>, and the widget's global API (no inline script: the page has a strict CSP).
const TEXT = {
  nl: { brand: 'BVSO · Belgische Vereniging voor Supportieve Oncologie', note: 'Een fictieve website van een vereniging, om de doorverwijshulp te tonen, ingebed met één script-tag.', h1: 'Supportieve zorg in de oncologie', p1: 'Onze leden behandelen volwassenen en kinderen met kanker. Patiënten en naasten hebben vaak meer nodig dan medische behandeling: hulp bij vermoeidheid, pijn, angst, werk, geld en zorg thuis.', p2: 'Gebruik de doorverwijshulp (rechtsonder) om te vinden wie in België kan helpen bij een nood, hoe u doorverwijst en wie betaalt.', open: 'Open de doorverwijshulp', embed: 'Hoe u de assistent op uw eigen site plaatst (Engels)' },
  fr: { brand: 'SBOS · Société belge d’oncologie de support', note: 'Un site fictif de société savante, pour montrer l’assistant d’orientation intégré avec une seule balise script.', h1: 'Les soins de support en oncologie', p1: 'Nos membres soignent des adultes et des enfants atteints de cancer. Patients et proches ont souvent besoin de plus que le traitement médical : aide pour la fatigue, la douleur, l’anxiété, le travail, l’argent et les soins à domicile.', p2: 'Utilisez l’assistant d’orientation (en bas à droite) pour trouver qui peut aider en Belgique, comment orienter et qui paie.', open: 'Ouvrir l’assistant d’orientation', embed: 'Comment intégrer l’assistant sur votre site (en anglais)' },
  en: { brand: 'BSSO · Belgian Society for Supportive Oncology', note: 'A fictitious society website, to show the referral assistant embedded with one script tag.', h1: 'Supportive care in oncology', p1: 'Our members treat adults and children with cancer. Patients and their relatives often need more than medical treatment: help with fatigue, pain, distress, work, money and care at home.', p2: 'Use the referral assistant (bottom right) to find who in Belgium can help with a need, how to refer and who pays.', open: 'Open the referral assistant', embed: 'How to embed the assistant on your own site' },
};

function apply(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = TEXT[lang][el.dataset.t];
  for (const a of document.querySelectorAll('.lang-switch a')) a.setAttribute('aria-current', String(a.dataset.lang === lang));
}

const initial = new URLSearchParams(location.search).get('lang');
apply(initial in TEXT ? initial : 'en');

for (const a of document.querySelectorAll('.lang-switch a'))
  a.addEventListener('click', (e) => {
    e.preventDefault();
    apply(a.dataset.lang);
    history.replaceState(null, '', `?lang=${a.dataset.lang}`);
    window.SupportiveCareWidget?.setLanguage(a.dataset.lang);
  });
document.getElementById('open-widget').addEventListener('click', () => window.SupportiveCareWidget?.open());
