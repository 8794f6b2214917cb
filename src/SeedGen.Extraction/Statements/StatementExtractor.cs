using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Finds direct quotes and reported speech and resolves their speakers, in one pass in text order: the stages are
    /// <see cref="QuoteScanner"/> (quoted spans), <see cref="DirectQuotes"/> (attribution of each quote),
    /// <see cref="ReportedSpeech"/> (reported clauses per sentence), <see cref="Subjects"/> (the subject of a verb of saying)
    /// and <see cref="SpeakerResolver"/> (a phrase to a speaker), then <see cref="UnattributedQuotes"/> (a quote with no attribution
    /// of its own: its speaker from context, or SG0102), then <see cref="PartialQuotes"/> (quoted words inside the reporter's sentence
    /// are a partial quote, not a direct one). Work per sentence is bounded, so the whole is linear.
    /// </summary>
    public static class StatementExtractor
    {

        public static IReadOnlyList<StatementModel> Extract(ArticleDocument doc, EntityIndex entities, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            var resolver = new SpeakerResolver(doc, entities);
            var cues = new StatementCues(entities.Lexicon);
            var quotes = QuoteScanner.Scan(doc, diagnostics);
            var result = new List<StatementModel>();
            string t = doc.Text;

            // Sentences by paragraph, for "same sentence" look-ups.
            var sentences = doc.Sentences;
            int SentenceAt(int offset) => doc.SentenceAt(offset);

            // ---- one pass in text order, so that "he" and "the minister" can refer to the previous speaker ----
            var fragments = new HashSet<int>();
            var inQuote = new QuoteSpans();
            resolver.Quoted = inQuote;
            int qi = 0;
            for (int si = 0; si <= sentences.Count; si++)
            {
                if ((si & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                int sentenceEnd = si < sentences.Count ? sentences[si].End : int.MaxValue;
                while (qi < quotes.Count && quotes[qi].Open < sentenceEnd)
                {
                    if ((qi & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                    qi = DirectQuotes.DirectQuote(doc, quotes, qi, sentences, SentenceAt, resolver, cues, inQuote, result, diagnostics, fragments) + 1;
                }
                if (si == sentences.Count) break;
                var s = sentences[si];
                if (s.Length > 20_000) continue; // not a sentence a reader would attribute; keeps the work linear
                ReportedSpeech.IndirectInSentence(doc, s, resolver, cues, inQuote, result, diagnostics);
            }

            result.Sort((a, b) => a.Span.Offset != b.Span.Offset ? a.Span.Offset.CompareTo(b.Span.Offset) : a.Kind.CompareTo(b.Kind));
            UnattributedQuotes.Resolve(doc, entities, cues, result, diagnostics, fragments);
            PartialQuotes.Mark(doc, cues, result);
            return result;
        }

    }
}
