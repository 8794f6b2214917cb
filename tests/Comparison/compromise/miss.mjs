import nlp from 'compromise';
import * as yaml from 'js-yaml';
import fs from 'fs';
const [artDir, goldDir] = process.argv.slice(2);
const tok = s => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
for (const f of fs.readdirSync(goldDir).filter(f => f.endsWith('.yaml') && f !== 'corpus.yaml')) {
  const g = yaml.load(fs.readFileSync(goldDir + '/' + f, 'utf8'));
  const text = fs.readFileSync(artDir + '/' + g.article, 'utf8');
  const pred = nlp(text).quotations().out('array');
  console.log('==', g.article); pred.forEach(p => console.log('  PRED', p.slice(0, 90)));
  (g.statements || []).filter(s => s.kind === 'direct').forEach(s => console.log('  GOLD', s.text.slice(0, 90)));
}
