import nlp from 'compromise';
import * as yaml from 'js-yaml';
import fs from 'fs';
import path from 'path';
const tok = s => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
function f1(a, b) { const ta = tok(a), tb = tok(b); if (!ta.length || !tb.length) return 0; const c = new Map(); ta.forEach(t => c.set(t, (c.get(t)||0)+1)); let common = 0; tb.forEach(t => { if (c.get(t) > 0) { common++; c.set(t, c.get(t)-1); } }); if (!common) return 0; const p = common/tb.length, r = common/ta.length; return 2*p*r/(p+r); }
function match(gold, pred) { const pairs = []; gold.forEach((g, i) => pred.forEach((p, j) => { const s = f1(g, p); if (s >= 0.8) pairs.push([s, i, j]); })); pairs.sort((x, y) => y[0]-x[0]); const ug = new Set(), up = new Set(); let m = 0; for (const [s, i, j] of pairs) { if (ug.has(i) || up.has(j)) continue; ug.add(i); up.add(j); m++; } return m; }
let M = 0, P = 0, G = 0;
for (const [artDir, goldDir] of process.argv.slice(2).map(a => a.split(':'))) {
  for (const f of fs.readdirSync(goldDir).filter(f => f.endsWith('.yaml') && f !== 'corpus.yaml')) {
    const g = yaml.load(fs.readFileSync(path.join(goldDir, f), 'utf8'));
    const text = fs.readFileSync(path.join(artDir, g.article), 'utf8');
    const gold = (g.statements || []).filter(s => s.kind === 'direct').map(s => s.text);
    const pred = nlp(text).quotations().out('array').map(q => q.replace(/^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„.,]+$/g, ''));
    const m = match(gold, pred); M += m; P += pred.length; G += gold.length;
  }
}
const p = M/P, r = M/G; console.log(`compromise quotations(): direct P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(2*p*r/(p+r)).toFixed(3)} (${M}/${G} matched, ${P} predicted); no speakers, no reported speech`);
