using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Statements.Subjects;
using static SeedGen.Extraction.Statements.DirectQuotes;
using static SeedGen.Extraction.Statements.ReportedSpeech;

namespace SeedGen.Extraction.Statements
{
    /// <summary>Reported speech: "X said (that) …", "…, X said.", "according to X, …", "in his words, …",
    /// "X believes/stressed/noted … that …", "X urged Y to …". Work per sentence is bounded.</summary>
    internal static class ReportedSpeech
    {
        internal const int MaxClauseChars = 2000;

        internal static void IndirectInSentence(ArticleDocument doc, Sentence s, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result)
        {
            string t = doc.Text;
            var tokens = doc.Tokens(s.Offset, s.End);
            if (tokens.Count < 3) return;

            // "According to X, CLAUSE" / "In his words, CLAUSE"
            if (Accordingly(tokens, resolver, out var acc))
            {
                int c = tokens.FindIndex(x => x.Text == ",");
                if (c >= 0 && c + 1 < tokens.Count) Add(doc, result, tokens[c + 1].Offset, s.End, acc!.Value, inQuote);
                return;
            }

            for (int v = 1; v < tokens.Count; v++)
            {
                var tk = tokens[v];
                if (!tk.IsWord || !IsVerb(tk.Text, cues.Reporting) || inQuote.Contains(tk.Offset)) continue;
                string prev = tokens[v - 1].Text.ToLowerInvariant();
                if (prev is "is" or "was" or "were" or "be" or "been" or "are" or "being") continue; // passive: "is said to"
                int next = v + 1;
                if (next >= tokens.Count) { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                string nx = tokens[next].Text;
                if (nx == ".") { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                if (nx is ":" or "“" or "\"" or "‘" or "«" or "„" or "'" or "`") continue; // introduces a direct quote
                if (nx == ",")
                {
                    // "…, X said, …" mid-sentence or "X said, “…”"
                    if (next + 1 < tokens.Count && tokens[next + 1].Text is "“" or "\"" or "«" or "„" or "'" or "`") continue;
                    TrailingAttribution(doc, tokens, v, resolver, inQuote, result);
                    continue;
                }
                if (nx is "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "said on Monday that …": the clause follows the "that"
                    int th = -1;
                    for (int q = next + 1; q < tokens.Count && q <= next + 6; q++) if (tokens[q].Text == "that") { th = q; break; } else if (!tokens[q].IsWord) break;
                    var subj = th > 0 ? SubjectBefore(tokens, v, resolver, cues) : null;
                    if (subj != null && th + 1 < tokens.Count)
                    {
                        Add(doc, result, tokens[th + 1].Offset, ClauseEnd(tokens, th + 1, s.End, cues), subj.Value, inQuote);
                        resolver.LastSpeaker = (subj.Value.Speaker, tk.Offset);
                        continue;
                    }
                }
                if (nx is "as" or "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "…, X said as he met …": the reported clause is before the attribution
                    TrailingAttribution(doc, tokens, v, resolver, inQuote, result);
                    continue;
                }
                var who = SubjectBefore(tokens, v, resolver, cues);
                if (who == null) { if (tokens[v - 1].IsWord) TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }

                int clauseStart;
                string verb = tk.Text.ToLowerInvariant();
                if (verb == "told")
                {
                    // "told Belsat that …" / "told reporters …"
                    int th = tokens.FindIndex(next, x => x.Text == "that");
                    if (th < 0 || th > next + 4) { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                    clauseStart = th + 1;
                }
                else if (nx == "that") clauseStart = next + 1;
                else if (cues.Infinitive.Contains(verb))
                {
                    // "urged the leaders to stay calm", "offered to ensure …", "vowed to fight": the infinitive is what was said
                    // ("promised support to Ukraine" is no infinitive: "to" is followed by a name or a determiner)
                    int to = -1;
                    for (int q = next; q < tokens.Count && q <= next + 4 && tokens[q].IsWord; q++) if (tokens[q].Text == "to") { to = q; break; }
                    if (to < 0 || to + 1 >= tokens.Count) continue;
                    string after = tokens[to + 1].Text;
                    if (!tokens[to + 1].IsWord || char.IsUpper(after[0]) || char.IsDigit(after[0]) || cues.Determiners.Contains(after)) continue;
                    clauseStart = to;
                }
                else if (cues.NounObject.Contains(verb) || cues.BareClause.Contains(verb))
                    clauseStart = next;
                else continue;
                if (clauseStart >= tokens.Count) continue;

                int clauseEnd = ClauseEnd(tokens, clauseStart, s.End, cues);
                Add(doc, result, tokens[clauseStart].Offset, clauseEnd, who.Value, inQuote);
                resolver.LastSpeaker = (who.Value.Speaker, tk.Offset);
            }
        }

        /// <summary>A reported clause ends at the sentence end, at ", and &lt;verb&gt;ing" (a second participle) or
        /// " and &lt;reporting verb&gt;" (a second statement), and after at most a bounded length.</summary>
        internal static int ClauseEnd(List<Token> tokens, int clauseStart, int sentenceEnd, StatementCues cues)
        {
            for (int j = clauseStart + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Offset - tokens[clauseStart].Offset > MaxClauseChars) return tokens[j].Offset;
                // "…, saying that …": a participle of saying starts another statement
                if (tokens[j].Text == "," && j + 1 < tokens.Count && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal) && IsVerb(tokens[j + 1].Text, cues.Attribution))
                    return tokens[j].Offset;
                if (tokens[j].Text == "and" && j + 1 < tokens.Count && (IsVerb(tokens[j + 1].Text, cues.Reporting)
                    || (tokens[j - 1].Text == "," && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal))))
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
            }
            return sentenceEnd;
        }

        /// <summary>"CLAUSE, X said." — the reported clause comes first, the attribution closes the sentence.</summary>
        internal static void TrailingAttribution(ArticleDocument doc, List<Token> tokens, int v, SpeakerResolver resolver, QuoteSpans inQuote, List<StatementModel> result)
        {
            int comma = -1;
            for (int k = v - 1; k >= 0 && k >= v - MaxLookTokens; k--)
                if (tokens[k].Text == ",") { comma = k; break; }
            if (comma <= 1) return;
            for (int k = comma - 1; k < v; k++)
                if (tokens[k].Text is "”" or "\"" or "’" or "“" or "»" or "'") return; // a direct quote, handled above
            var who = resolver.Resolve(tokens[comma + 1].Offset, tokens[v - 1].End);
            if (who == null) return;
            // the clause must be a clause of its own (not "Lukashenko, the President said")
            if (comma < 3) return;
            if (inQuote.Contains(tokens[0].Offset)) return;
            Add(doc, result, tokens[0].Offset, tokens[comma].Offset, who.Value, inQuote);
            resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
        }

        internal static void Add(ArticleDocument doc, List<StatementModel> result, int start, int end, (string Speaker, string Surface) who, QuoteSpans inQuote)
        {
            string t = doc.Text;
            while (start < end && char.IsWhiteSpace(t[start])) start++;
            string text = TrimEndPunctuation(t.Substring(start, end - start));
            if (ArticleReader.CountWords(text) < 3) return;
            // a clause that is only a quotation is a direct statement, not a second, indirect one
            if (text.Length > 1 && (text[0] is '“' or '"' or '«' or '„') && (text[text.Length - 1] is '”' or '"' or '»' or '“')) return;
            if (!inQuote.IndirectStarts.Add(start)) return;
            result.Add(new StatementModel(StatementKindModel.Indirect, text, who.Speaker, who.Surface, null, doc.Span(start, text.Length)));
        }
    }
}
