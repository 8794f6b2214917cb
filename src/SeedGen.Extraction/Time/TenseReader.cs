using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    /// <summary>
    /// Stage 1: the direction of each token from the tense of its sentence. Cues are the words of the lexicon
    /// (<c>future_cues</c>, <c>timetable_cues</c>, <c>past_cues</c>, <c>present_cues</c>) and regular past forms (-ed, less <c>not_past</c>);
    /// each token takes the direction of the nearest cue of its clause (between commas), else of its sentence, within
    /// <see cref="Reach"/> tokens (present: 0), or 0 when there is none. Reporting verbs ("said", "says") tell only when the words around them happened: a token at most two
    /// tokens from one takes its tense ("Mr. Smith said Friday"), other tokens look past it.
    /// Linear: one pass to find cues, one forward and one backward pass to spread them.
    /// </summary>
    internal static class TenseReader
    {
        /// <summary>How far (in tokens) a tense cue reaches.</summary>
        internal const int Reach = 10;

        [MethodImpl(Jit.Optimized)]
        public static void Read(TimexContext c)
        {
            int n = c.Count;
            if (n == 0) return;
            var cue = new sbyte[n];
            var isCue = new bool[n];
            var sentence = new int[n];
            int s = 0;
            for (int i = 0; i < n; i++)
            {
                sentence[i] = s;
                if (EndsSentence(c, i)) s++;
                int len;
                if (c.IsWord(i) && c.Lex.ReportingVerbs.Contains(c.Tokens[i].Text)) continue;
                if ((len = c.LongestAt(i, c.Lex.ForwardCues)) > 0) Mark(isCue, cue, i, len, 1);
                else if ((len = c.LongestAt(i, c.Lex.PastCues)) > 0) { if (!AfterAuxiliary(c, i) && !BeforeAgent(c, i + len)) Mark(isCue, cue, i, len, -1); }
                else if ((len = c.LongestAt(i, c.Lex.PresentCues)) > 0) Mark(isCue, cue, i, len, 0);
                else if (IsRegularPast(c, i) && !BeforeAgent(c, i + 1)) Mark(isCue, cue, i, 1, -1);
            }
            // nearest cue before and after, within the sentence; and within the clause (between commas or semicolons): "Bolsonaro,
            // who will be sworn in on January 1, had led …", "Britain voted in a referendum on Thursday, and Cameron said he would …"
            var clause = new int[n];
            int cl = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && (sentence[i] != sentence[i - 1] || c.IsPunct(i - 1, ",;"))) cl++;
                clause[i] = cl;
            }
            var before = new int[n];
            var beforeInClause = new int[n];
            int last = -1, lastInClause = -1;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && sentence[i] != sentence[i - 1]) last = -1;
                if (i > 0 && clause[i] != clause[i - 1]) lastInClause = -1;
                if (isCue[i]) last = lastInClause = i;
                before[i] = last;
                beforeInClause[i] = lastInClause;
            }
            int next = -1, nextInClause = -1;
            for (int i = n - 1; i >= 0; i--)
            {
                if (i < n - 1 && sentence[i] != sentence[i + 1]) next = -1;
                if (i < n - 1 && clause[i] != clause[i + 1]) nextInClause = -1;
                if (isCue[i]) next = nextInClause = i;
                int b = beforeInClause[i], a = nextInClause;
                if (b < 0 && a < 0) { b = before[i]; a = next; }
                int pick = b < 0 ? a : a < 0 ? b : (i - b <= a - i ? b : a);
                if (pick >= 0 && Math.Abs(pick - i) > Reach) pick = -1;
                c.Direction[i] = pick < 0 ? (sbyte)0 : cue[pick];
                // "said Friday", "Friday, the minister said": the reporting verb next to it
                for (int k = Math.Max(0, i - 2); k <= i + 2 && k < n; k++)
                    if (k != i && sentence[k] == sentence[i] && c.IsWord(k) && c.Lex.ReportingVerbs.Contains(c.Tokens[k].Text))
                    {
                        c.Direction[i] = c.Lex.ReportingVerbsPast.Contains(c.Tokens[k].Text) ? (sbyte)-1 : (sbyte)0;
                        break;
                    }
            }
        }

        private static void Mark(bool[] isCue, sbyte[] cue, int i, int len, int dir)
        {
            for (int k = i; k < i + len && k < cue.Length; k++) { isCue[k] = true; cue[k] = (sbyte)dir; }
        }

        private static bool IsRegularPast(TimexContext c, int i)
        {
            if (!c.IsWord(i)) return false;
            string w = c.Tokens[i].Text;
            if (w.Length < 4 || !char.IsLower(w[0]) || !w.EndsWith("ed", StringComparison.Ordinal)) return false;
            if (c.Lex.NotPast.Contains(w)) return false;
            // "the proposed plan", "a limited number": an -ed word after an article is an adjective; "will be replayed",
            // "has closed": a participle after an auxiliary, whose own tense decides
            return !c.IsAny(i - 1, "a", "an", "the") && !AfterAuxiliary(c, i);
        }

        /// <summary>"chaired by the minister", "led by Senator X": a participle with its agent (<c>agent_markers</c>) at
        /// <paramref name="k"/>, which tells no tense; "rose by 5 percent" (a number after) is still a verb in the past.</summary>
        private static bool BeforeAgent(TimexContext c, int k) =>
            k + 1 < c.Count && c.IsWord(k) && c.Lex.AgentMarkers.Contains(c.Tokens[k].Text) && !c.IsNum(k + 1);

        /// <summary>"will be held", "has been met", "is set": a participle after an auxiliary, whose own tense decides.</summary>
        private static bool AfterAuxiliary(TimexContext c, int i) =>
            c.IsAny(i - 1, "be", "been", "being", "is", "are", "am", "has", "have", "get", "gets", "got");

        /// <summary>A full stop, question or exclamation mark before a capital (not after an abbreviation or an initial), or a blank line.</summary>
        internal static bool EndsSentence(TimexContext c, int i)
        {
            if (i + 1 >= c.Count) return false;
            if (c.Text.IndexOf("\n\n", c.Tokens[i].End, c.Tokens[i + 1].Offset - c.Tokens[i].End, StringComparison.Ordinal) >= 0) return true;
            if (!c.IsPunct(i, ".!?")) return false;
            int k = i + 1;
            while (k < c.Count && c.IsPunct(k, "\"'\u201d\u2019)")) k++;
            if (k >= c.Count || !(c.Tokens[k].IsCapitalized || c.IsNum(k) || c.IsPunct(k, "\"\u201c"))) return false;
            if (c.Tokens[i].Text[0] != '.') return true;
            if (i > 0 && c.IsWord(i - 1) && c.Adjacent(i - 1, i) && (c.Tokens[i - 1].Length == 1 || c.Lex.Abbreviations.Contains(c.Tokens[i - 1].Text))) return false;
            return true;
        }
    }
}
