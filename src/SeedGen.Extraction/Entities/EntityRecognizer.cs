using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Entities
{
    /// <summary>
    /// Finds people, places and organisations: the lexicon for places and organisations (with country adjectives and
    /// "the X capital"), and capitalised-name and title heuristics for people, so that an article needs no user lexicon.
    /// People are grouped per article with <see cref="NameMatcher"/>; the fullest spelling is canonical unless the lexicon names one.
    /// </summary>
    public static class EntityRecognizer
    {
        // Capitalised words that are never part of a person's name.
        private static readonly HashSet<string> NotName = new(StringComparer.OrdinalIgnoreCase)
        {
            "the","a","an","in","on","at","for","of","and","but","or","however","moreover","notably","previously","according","it","this","that",
            "these","those","he","she","they","we","i","our","their","his","her","its","against","while","during","when","after","before","since",
            "thanks","let","today","yesterday","tomorrow","experts","located","without","by","with","from","to","as","if","once","alas","turning",
            "there","here","what","which","who","why","how","all","both","each","more","most","some","such","no","not","yes","also","then","so",
            "president","prime","minister","ministers","foreign","secretary","general","assistant","spokesman","spokeswoman","spokesperson","chairman",
            "chairwoman","chair","commissioner","executive","deputy","ambassador","head","director","chief","mr","mrs","ms","dr","prof","state","states",
            "ministry","council","conference","committee","group","organization","organisation","union","assembly","security","policy","affairs",
            "centre","center","agency","service","commission","parliament","government","republic","federation","forum","summit","dialogue","meeting",
            "session","treaty","initiative","plan","program","programme","core","main","national","international","human","rights","neighbourhood",
            "neighborhood","enlargement","negotiations","intelligence","defense","defence","federal","european","eurasian","eastern","western","central",
            "northern","southern","cold","war","order","honor","honour","nuclear","test","ban","comprehensive","action","interstate","anti-terrorism",
            "situation","subscribe","read","view","photo","phot","news","agency","office","department","bank","fund","university","institute","party",
            "january","february","march","april","may","june","july","august","september","october","november","december",
            "monday","tuesday","wednesday","thursday","friday","saturday","sunday","phd","un","eu","us","uk","nato","osce","cis","mfa","mp",
            "analyst","expert","leader","diplomat","observer","representative","envoy","mayor","governor","senator","speaker","king","queen","pope",
        };

        private static readonly string[] TitleWords =
        {
            "president","minister","secretary","spokesman","spokeswoman","spokesperson","chairman","chairwoman","commissioner","ambassador",
            "analyst","expert","leader","diplomat","director","chief","head","mr","mrs","ms","dr","prof","general","envoy","mayor","governor",
            "senator","speaker","representative","observer","deputy","scientist","politician","journalist","editor","official","premier",
        };

        public static EntityIndex Recognize(ArticleDocument doc, Lexicon.Lexicon lexicon)
        {
            var lx = LexiconIndex.For(lexicon);
            var mentions = new List<EntityMention>();
            var places = new Dictionary<string, PlaceModel>(StringComparer.Ordinal);
            var orgs = new Dictionary<string, OrganizationModel>(StringComparer.Ordinal);
            var personSpans = new List<(int Offset, int Length, string Surface, string? Role, string? Country)>();

            // Body paragraphs, then the title (a headline names people the body introduces).
            var spans = doc.Paragraphs.Select(p => (p.Offset, p.End)).ToList();
            if (doc.TitleSpan.Length > 0) spans.Add((doc.TitleSpan.Offset, doc.TitleSpan.Offset + doc.TitleSpan.Length));

            foreach (var (start, end) in spans)
            {
                var tokens = doc.Tokens(start, end);
                for (int i = 0; i < tokens.Count; i++)
                {
                    if (!tokens[i].IsWord) continue;
                    // 1. Lexicon places and organisations, longest match first.
                    int matched = MatchLexicon(doc.Text, tokens, i, lx, mentions, places, orgs);
                    if (matched > 0) { i += matched - 1; continue; }
                    // "the Belarusian capital" → the capital of Belarus.
                    if (i + 1 < tokens.Count && lx.CountryByAdjective.TryGetValue(tokens[i].Text, out var country)
                        && tokens[i + 1].Text.Equals("capital", StringComparison.OrdinalIgnoreCase) && lx.CapitalOf.TryGetValue(country, out var capital))
                    {
                        var pm = lx.Places[capital];
                        places[pm.Name] = pm;
                        mentions.Add(new EntityMention(tokens[i].Offset, tokens[i + 1].End - tokens[i].Offset, EntityType.Place, pm.Name,
                            doc.Text.Substring(tokens[i].Offset, tokens[i + 1].End - tokens[i].Offset), null, true));
                        i++;
                        continue;
                    }
                    // 2. Person names: a run of capitalised name-like words (with initials).
                    if (!LooksLikeNameToken(tokens[i])) continue;
                    int j = i;
                    while (j < tokens.Count && LooksLikeNameToken(tokens[j]) && !IsLexiconWord(tokens[j].Text, lx)) j++;
                    int n = j - i;
                    if (n == 0) continue;
                    bool titled = HasTitleBefore(tokens, i);
                    bool initialOnly = n == 1 && tokens[i].Text.EndsWith(".", StringComparison.Ordinal);
                    if ((n >= 2 && n <= 4 || (n == 1 && titled)) && !initialOnly)
                    {
                        int s = tokens[i].Offset, e = tokens[j - 1].End;
                        string last = tokens[j - 1].Text;
                        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal)) e -= 2; // possessive
                        var (role, roleCountry) = RoleAround(doc.Text, tokens, i, j, lx);
                        personSpans.Add((s, e - s, doc.Text.Substring(s, e - s), role, roleCountry));
                    }
                    i = j - 1;
                }
            }

            // 3. Group spellings of the same person; lexicon people take precedence.
            // Linear in mentions: each distinct spelling is matched once against the distinct spellings of each group.
            var groups = new List<List<int>>();
            var groupSurfaces = new List<List<string>>();
            var groupOfSurface = new Dictionary<string, int>(StringComparer.Ordinal);
            var groupsBySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int k = 0; k < personSpans.Count; k++)
            {
                string surface = personSpans[k].Surface;
                if (!groupOfSurface.TryGetValue(surface, out int gi))
                {
                    string key = NameMatcher.SurnameKey(surface);
                    if (!groupsBySurname.TryGetValue(key, out var candidates)) groupsBySurname[key] = candidates = new List<int>();
                    gi = candidates.FindIndex(c => groupSurfaces[c].Any(m => NameMatcher.SamePerson(m, surface)));
                    if (gi >= 0) gi = candidates[gi];
                    if (gi < 0) { gi = groups.Count; groups.Add(new List<int>()); groupSurfaces.Add(new List<string>()); candidates.Add(gi); }
                    groupSurfaces[gi].Add(surface);
                    groupOfSurface[surface] = gi;
                }
                groups[gi].Add(k);
            }
            var people = new List<PersonModel>();
            var canonicalOfSpan = new Dictionary<int, string>();
            var roleOf = new Dictionary<string, string?>(StringComparer.Ordinal);
            var countryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                var spellings = g.Select(k => personSpans[k].Surface).ToList();
                string name = NameMatcher.Canonical(spellings);
                var fromLexicon = lx.FindPerson(name);
                if (fromLexicon.Name != null) name = fromLexicon.Name;
                string? role = fromLexicon.Role ?? g.Select(k => personSpans[k].Role).FirstOrDefault(r => r != null);
                string? country = fromLexicon.Country ?? g.Select(k => personSpans[k].Country).FirstOrDefault(c => c != null);
                roleOf[name] = role;
                countryOf[name] = country;
                people.Add(new PersonModel(name, spellings.Where(s => s != name).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray(), role, country));
                foreach (var k in g) canonicalOfSpan[k] = name;
            }
            for (int k = 0; k < personSpans.Count; k++)
            {
                var p = personSpans[k];
                mentions.Add(new EntityMention(p.Offset, p.Length, EntityType.Person, canonicalOfSpan[k], p.Surface, p.Role, false));
            }

            // 4. Surnames alone ("Karbalevich told Belsat", "Mitchell noted") once the full name is known.
            var knownBySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var p in people)
            {
                if (NameMatcher.Tokens(p.Name).Count < 2) continue;
                string key = NameMatcher.SurnameKey(p.Name);
                if (!knownBySurname.TryGetValue(key, out var list)) knownBySurname[key] = list = new List<string>();
                list.Add(p.Name);
            }
            mentions.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var covered = CoveredIntervals(mentions);
            var surnameOf = new Dictionary<string, string?>(StringComparer.Ordinal);
            var surnames = new List<EntityMention>();
            foreach (var (start, end) in spans)
            {
                foreach (var t in doc.Tokens(start, end))
                {
                    if (!t.IsCapitalized || t.Text.Length < 3 || NotName.Contains(t.Text)) continue;
                    if (IsCovered(covered, t.Offset)) continue;
                    if (!surnameOf.TryGetValue(t.Text, out var who))
                        surnameOf[t.Text] = who = knownBySurname.TryGetValue(NameMatcher.SurnameKey(t.Text), out var known)
                            ? known.FirstOrDefault(k => NameMatcher.SamePerson(k, t.Text)) : null;
                    if (who != null) surnames.Add(new EntityMention(t.Offset, t.Text.Length, EntityType.Person, who, t.Text, null, false));
                }
            }
            mentions.AddRange(surnames);

            mentions.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
            return new EntityIndex(mentions, people, places.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
                orgs.Values.OrderBy(o => o.Name, StringComparer.Ordinal).ToList(), roleOf, countryOf, lx);
        }

        /// <summary>Merged [start, end) intervals of the (offset-sorted) mentions, for a binary-searched "inside a mention" test.</summary>
        private static List<(int Start, int End)> CoveredIntervals(List<EntityMention> sorted)
        {
            var result = new List<(int Start, int End)>();
            foreach (var m in sorted)
            {
                int s = m.Offset, e = m.Offset + m.Length;
                if (result.Count > 0 && s <= result[result.Count - 1].End)
                    result[result.Count - 1] = (result[result.Count - 1].Start, Math.Max(result[result.Count - 1].End, e));
                else result.Add((s, e));
            }
            return result;
        }

        private static bool IsCovered(List<(int Start, int End)> intervals, int offset)
        {
            int lo = 0, hi = intervals.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (offset < intervals[mid].Start) hi = mid - 1;
                else if (offset >= intervals[mid].End) lo = mid + 1;
                else return true;
            }
            return false;
        }

        private static bool IsLexiconWord(string word, LexiconIndex lx) =>
            lx.Places.ContainsKey(word) || lx.Organizations.ContainsKey(word) || lx.CountryByAdjective.ContainsKey(word);

        private static bool LooksLikeNameToken(Token t)
        {
            if (!t.IsWord || !t.IsCapitalized) return false;
            string w = t.Text;
            if (NotName.Contains(w.TrimEnd('.'))) return false;
            if (w.Length == 2 && w[1] == '.') return true; // initial
            if (w.Length < 2) return false;
            bool anyLower = false;
            foreach (char c in w) { if (char.IsDigit(c)) return false; if (char.IsLower(c)) anyLower = true; }
            return anyLower; // not an acronym
        }

        private static bool IsTitleWord(string w)
        {
            foreach (var title in TitleWords) if (string.Equals(w, title, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static bool HasTitleBefore(List<Token> tokens, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                string w = tokens[k].Text;
                int len = w.Length;
                while (len > 0 && w[len - 1] == '.') len--;
                foreach (var title in TitleWords)
                    if (title.Length == len && string.Compare(w, 0, title, 0, len, StringComparison.OrdinalIgnoreCase) == 0) return true;
                if (!tokens[k].IsWord) return false;
            }
            return false;
        }

        /// <summary>The role written before the name ("Foreign Ministry Spokesman", "Belarusian political analyst") or in an
        /// apposition after it (", Assistant Secretary of State for ..."), and the country it implies.</summary>
        private static (string? Role, string? Country) RoleAround(string text, List<Token> tokens, int start, int end, LexiconIndex lx)
        {
            int k = start - 1;
            int words = 0;
            while (k >= 0 && tokens[k].IsWord && words < 12)
            {
                string w = tokens[k].Text;
                bool titleish = char.IsUpper(w[0]) || IsTitleWord(w) || lx.RoleImplies.ContainsKey(w)
                    || w is "of" or "for" or "and" or "the" || w.Equals("political", StringComparison.OrdinalIgnoreCase) || w.Equals("foreign", StringComparison.OrdinalIgnoreCase);
                if (!titleish) break;
                k--; words++;
            }
            int roleStart = k + 1;
            while (roleStart < start && tokens[roleStart].Text is "of" or "for" or "and" or "the" or "The") roleStart++;
            string? role = null;
            if (roleStart < start)
            {
                string r = text.Substring(tokens[roleStart].Offset, tokens[start - 1].End - tokens[roleStart].Offset);
                if (lx.ImpliedRole(r) != null) role = r;
            }
            if (role == null && end + 1 < tokens.Count && tokens[end].Text == ",")
            {
                int e = end + 1;
                while (e < tokens.Count && tokens[e].IsWord && e < end + 14) e++;
                string r = text.Substring(tokens[end + 1].Offset, tokens[Math.Max(end + 1, e - 1)].End - tokens[end + 1].Offset);
                if (lx.ImpliedRole(r) != null && char.IsUpper(r[0])) role = r;
            }
            // the country comes from the words before the name even when they are no known role ("his Polish counterpart")
            string? country = null;
            int from = Math.Max(0, start - 4);
            if (start > 0) country = lx.CountryIn(text.Substring(tokens[from].Offset, tokens[start - 1].End - tokens[from].Offset));
            return (role, role != null ? lx.CountryIn(role) ?? country : country);
        }

        private static int MatchLexicon(string text, List<Token> tokens, int i, LexiconIndex lx, List<EntityMention> mentions,
            Dictionary<string, PlaceModel> places, Dictionary<string, OrganizationModel> orgs)
        {
            // every key starts with an upper-case letter in the text, and with one of the lexicon's first tokens
            string first = tokens[i].Text;
            if (first.Length == 0 || !char.IsUpper(first[0]) || !lx.FirstTokens.Contains(first)) return 0;
            for (int n = Math.Min(lx.MaxWords, tokens.Count - i); n >= 1; n--)
            {
                if (!tokens[i + n - 1].IsWord) continue;
                string key = text.Substring(tokens[i].Offset, tokens[i + n - 1].End - tokens[i].Offset);
                if (!char.IsUpper(key[0])) continue;
                if (lx.Organizations.TryGetValue(key, out var org) && (n > 1 || key == org.Abbreviation || key == org.Name))
                {
                    orgs[org.Name] = org;
                    mentions.Add(new EntityMention(tokens[i].Offset, key.Length, EntityType.Organization, org.Name, key, null, false));
                    return n;
                }
                if (lx.Places.TryGetValue(key, out var place) && string.Equals(key, key.Trim(), StringComparison.Ordinal))
                {
                    // "Georgia" the country vs. a person's name is rare in this genre; accept lexicon places as written (case-sensitive first letter).
                    places[place.Name] = place;
                    mentions.Add(new EntityMention(tokens[i].Offset, key.Length, EntityType.Place, place.Name, key, null, false));
                    return n;
                }
            }
            return 0;
        }
    }
}
