using System.Collections.Generic;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 1a (part): a process that two people carry on ("X and Y will continue to meet to follow up the negotiations", "X
    /// and Y agreed to resume the talks"). A definite process head (talks, negotiations) whose clause has two people joined by
    /// "and" as its subject is their talks, though no complement names them.
    /// </summary>
    internal static class EventProcessParties
    {
        /// <summary>How many tokens before the head the subject may stand ("X and Y will continue to meet on a bi-weekly basis to follow up").</summary>
        private const int Reach = 24;

        /// <summary>The two people of the clause before the head at <paramref name="left"/>, subject and "and"-joined, or null.</summary>
        public static List<string>? Find(TokenList tokens, int left, EntityIndex entities, EventWords words)
        {
            var people = new List<(string Name, int Token)>();
            for (int k = left - 1; k >= 0 && k >= left - Reach; k--)
            {
                string w = tokens[k].Text;
                if (w is "." or ";" or ":" or "\"" or "“" or "”") break;
                var pm = PersonAt(entities, tokens[k].Offset);
                if (pm == null || pm.IsPronounOrDescription || pm.Offset != tokens[k].Offset) continue;
                if (people.Count == 0 || people[0].Name != pm.Canonical) people.Insert(0, (pm.Canonical, k));
            }
            if (people.Count != 2) return null;
            // "President Abbas and Prime Minister Olmert": "and" before the second person's title
            int b = people[1].Token;
            while (b - 1 > people[0].Token && tokens[b - 1].IsWord && char.IsUpper(tokens[b - 1].Text[0])) b--;
            if (b - 1 <= people[0].Token || tokens[b - 1].Text != "and") return null;
            // "X and Y will continue to … follow up the negotiations": a verb of carrying the process on between the pair and
            // the head ("X and Y boycotted the talks" is no talks of theirs)
            bool carried = false;
            for (int k = people[1].Token + 1; k < left && !carried; k++) carried = words.ProcessVerbs.Contains(tokens[k].Text);
            if (!carried) return null;
            return new List<string> { people[0].Name, people[1].Name };
        }
    }
}
