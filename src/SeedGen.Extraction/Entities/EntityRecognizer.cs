using System;
using System.Runtime.CompilerServices;
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
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] Dot = { '.' };
        private static readonly char[] Apostrophes = { '\'', '’' };

        // Every word list (not_name, titles, name_particles, place_heads, organization_heads, place_also_name) is lexicon data:
        // src/SeedGen.Extraction/Lexicon/names.yaml, extensible in seedgen.yaml.

        [MethodImpl(Jit.Optimized)]
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

            var titleSpans = new List<(int Offset, int Length, string Surface, string? Role, string? Country)>();
            HashSet<string>? lowerWords = null;
            for (int si = 0; si < spans.Count; si++)
            {
                var (start, end) = spans[si];
                bool inTitle = doc.TitleSpan.Length > 0 && si == spans.Count - 1;
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
                    // a lexicon person's full name, written as the lexicon writes it ("Ban Ki-moon": "Ban" alone is ruled out of names)
                    if (lx.PersonNamesByFirstWord.TryGetValue(tokens[i].Text, out var fulls) && !LooksLikeNameToken(tokens[i], lx))
                    {
                        int len = 0;
                        foreach (var words in fulls)
                        {
                            if (words.Length <= len || i + words.Length > tokens.Count) continue;
                            bool all = true;
                            for (int w = 0; w < words.Length && all; w++) all = tokens[i + w].Text == words[w] || StripPossessive(tokens[i + w].Text) == words[w] && w == words.Length - 1;
                            if (all) len = words.Length;
                        }
                        if (len > 0)
                        {
                            int s0 = tokens[i].Offset, e0 = tokens[i + len - 1].End;
                            if (IsPossessive(tokens[i + len - 1].Text)) e0 -= 2;
                            var (lrole, lcountry) = RoleAround(doc.Text, tokens, i, i + len, lx);
                            var lspan = (s0, e0 - s0, doc.Text.Substring(s0, e0 - s0), lrole, lcountry);
                            if (inTitle) titleSpans.Add(lspan); else personSpans.Add(lspan);
                            i += len - 1;
                            continue;
                        }
                    }
                    // 2. Person names: a run of capitalised name-like words (with initials and particles: "da Silva", "bin Salman").
                    if (!LooksLikeNameToken(tokens[i], lx)) continue;
                    // "Said Ellis: …", "Added Rep. Cummings, …": a verb of saying opening the sentence before a name is no given name
                    if ((i == 0 || tokens[i - 1].Text is "." or "!" or "?" or "\u201C" or "\"") && i + 1 < tokens.Count && LooksLikeNameToken(tokens[i + 1], lx)
                        && tokens[i].Text.EndsWith("d", StringComparison.Ordinal) && lx.Words(LexiconIndex.Lists.AttributionVerbs).Contains(tokens[i].Text)) continue;
                    // "Using Ted Cruz as a foil, …", "Did Asante …", "Whether Nowak …": a word opening the sentence, written in lower
                    // case elsewhere in the article, is no given name ("Irving Berlin" stays: "irving" is no word of the article;
                    // "Will Smith" stays: "will" is a given name)
                    if ((i == 0 || tokens[i - 1].Text is "." or "!" or "?" or "\u201C" or "\"") && i + 1 < tokens.Count && LooksLikeNameToken(tokens[i + 1], lx)
                        && tokens[i].Text.Length >= 3 && !lx.Words(LexiconIndex.Lists.GivenNames).Contains(tokens[i].Text)
                        && (lowerWords ??= LowerCaseWords(doc)).Contains(tokens[i].Text.ToLowerInvariant())) continue;
                    // "Vermonter Jane Roe", "Ohioan Jane Roe": a word for the people of a lexicon place before a name is no given name
                    if (i + 1 < tokens.Count && LooksLikeNameToken(tokens[i + 1], lx) && PlaceDemonym(tokens[i].Text, lx)) continue;
                    // a title that is also a surname ("King Abdullah" / "Larry King") is a title at the start of a run
                    if (IsTitleWord(tokens[i].Text, lx) && i + 1 < tokens.Count && LooksLikeNameToken(tokens[i + 1], lx)) continue;
                    int j = NameRunEnd(tokens, i, lx, out int n);
                    if (n == 0) continue;
                    // "premier of New Brunswick Frank McKenna", "Minister of Economy Richard Sulik": before the last two name words,
                    // the run is the place or portfolio of the title's "of"
                    if (n >= 3 && TitleComplementBefore(tokens, i, lx)) i = LastNameWords(tokens, i, j, lx, 2, ref n);
                    bool titled = HasTitleBefore(tokens, i, lx) && n == 1 && SingleNameAfterTitle(tokens, i, lx);
                    // "N.C.", "E.P.A.", "J.": initials with no name word are abbreviations, not people
                    bool initialOnly = true;
                    for (int q = i; q < j && initialOnly; q++) initialOnly = IsInitials(tokens[q].Text);
                    // "Piotr K. and Marek J. Nowicki": a run that ends in a middle initial is no full name
                    if (n >= 2 && IsInitials(tokens[j - 1].Text) && tokens[j - 1].Text.Length == 2) initialOnly = true;
                    // "the Woodrow Wilson Center", "the Clinton Foundation": the run names an institution or a place, not a person
                    bool institution = j < tokens.Count && tokens[j].IsCapitalized
                        && (lx.Words(LexiconIndex.Lists.OrganizationHeads).Contains(tokens[j].Text) || lx.Words(LexiconIndex.Lists.PlaceHeads).Contains(tokens[j].Text));
                    if (n >= 2 && !institution) institution = NamesAThing(doc, tokens, i, j, lx, ref lowerWords) != Thing.None;
                    if ((n >= 2 && n <= 4 || (n == 1 && titled)) && !initialOnly && !institution)
                    {
                        int s = tokens[i].Offset, e = tokens[j - 1].End;
                        string last = tokens[j - 1].Text;
                        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal)) e -= 2; // possessive
                        var (role, roleCountry) = RoleAround(doc.Text, tokens, i, j, lx);
                        var span = (s, e - s, doc.Text.Substring(s, e - s), role, roleCountry);
                        if (inTitle) titleSpans.Add(span); else personSpans.Add(span);
                    }
                    i = j - 1;
                }
            }
            // A headline's capitalised words are no evidence of a name ("Absurd Double Standard Clinton"): a headline run counts
            // only as far as it is a name the body writes (its longest suffix that is the same person as a body name).
            foreach (var ts in titleSpans)
            {
                var words = ts.Surface.Split(' ');
                for (int k = 0; k < words.Length; k++)
                {
                    string suffix = string.Join(" ", words, k, words.Length - k);
                    if (NameMatcher.TokenCount(suffix) < 2 && k > 0) break;
                    if (personSpans.Any(p => NameMatcher.SamePerson(p.Surface, suffix) && NameMatcher.TokenCount(p.Surface) >= NameMatcher.TokenCount(suffix)))
                    {
                        int off = ts.Surface.Length - suffix.Length;
                        personSpans.Add((ts.Offset + off, suffix.Length, suffix, null, null));
                        break;
                    }
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
                    gi = candidates.FindIndex(c => Joins(groupSurfaces[c], surface));
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
                // the role as the article writes it; the lexicon's when the article gives none
                string? role = g.Select(k => personSpans[k].Role).FirstOrDefault(r => r != null) ?? fromLexicon.Role;
                string? country = fromLexicon.Country ?? g.Select(k => personSpans[k].Country).FirstOrDefault(c => c != null);
                // two groups that the lexicon names as one person ("Lula" and "Luiz Inácio Lula da Silva") are one person
                int same = people.FindIndex(p => p.Name == name);
                if (same >= 0)
                {
                    var before = people[same];
                    spellings.AddRange(before.Aliases);
                    role = before.Role ?? role;
                    country = before.Country ?? country;
                }
                roleOf[name] = role;
                countryOf[name] = country;
                var person = new PersonModel(name, spellings.Where(s => s != name).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray(), role, country);
                if (same >= 0) people[same] = person; else people.Add(person);
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
                if (NameMatcher.TokenCount(p.Name) < 2) continue;
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
                    // "Xi said" after "Xi Jinping": a lexicon person's one-word alias (a family name written first, two letters long) is
                    // that person once named in full
                    bool alias = t.IsCapitalized && lx.PersonBySingleAlias.TryGetValue(t.Text, out var aliased) && knownBySurname.TryGetValue(NameMatcher.SurnameKey(aliased), out var withAlias)
                        && withAlias.Contains(aliased);
                    if (!t.IsCapitalized || t.Text.Length < 3 && !alias) continue;
                    // a word ruled out of names is a surname only as a lexicon person's, named in full before ("Ban" after "Ban Ki-moon")
                    if (lx.Words(LexiconIndex.Lists.NotName).Contains(t.Text) && !lx.PersonSurnames.Contains(t.Text)) continue;
                    if (IsCovered(covered, t.Offset)) continue;
                    if (!surnameOf.TryGetValue(t.Text, out var who))
                        surnameOf[t.Text] = who = knownBySurname.TryGetValue(NameMatcher.SurnameKey(t.Text), out var known) ? SamePersonIn(known, t.Text) : null;
                    if (who == null && alias) surnameOf[t.Text] = who = lx.PersonBySingleAlias[t.Text];
                    if (who != null) surnames.Add(new EntityMention(t.Offset, t.Text.Length, EntityType.Person, who, t.Text, null, false));
                }
            }
            mentions.AddRange(surnames);

            mentions.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
            return new EntityIndex(mentions, people, places.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
                orgs.Values.OrderBy(o => o.Name, StringComparer.Ordinal).ToList(), roleOf, countryOf, lx);
        }

        // the first of the names that is the same person as the word (a method of its own, so that the token loop above
        // allocates no closure per token)
        private static string? SamePersonIn(IEnumerable<string> names, string word) => names.FirstOrDefault(k => NameMatcher.SamePerson(k, word));

        /// <summary>Does <paramref name="surface"/> join the group of these spellings? It must be the same person as one of them,
        /// and a full name joins through a bare surname only when no full name of the group is another person ("Michelle
        /// Obama" does not join "Barack Obama" through "President Obama").</summary>
        internal static bool Joins(List<string> spellings, string surface)
        {
            if (!spellings.Any(m => NameMatcher.SamePerson(m, surface))) return false;
            if (NameMatcher.TokenCount(surface) < 2) return true;
            bool other = false;
            foreach (var m in spellings)
            {
                if (NameMatcher.TokenCount(m) < 2) continue;
                if (NameMatcher.SamePerson(m, surface)) return true;
                other = true;
            }
            return !other;
        }

        /// <summary>The words the article's body writes in lower case (built once, on first need: linear).</summary>
        [MethodImpl(Jit.Optimized)]
        private static HashSet<string> LowerCaseWords(ArticleDocument doc)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in doc.Paragraphs)
                foreach (var t in doc.Tokens(p.Offset, p.End))
                    if (t.IsWord && t.Text.Length > 0 && char.IsLower(t.Text[0])) set.Add(t.Text);
            return set;
        }

        /// <summary>Merged [start, end) intervals of the (offset-sorted) mentions, for a binary-searched "inside a mention" test.</summary>
        [MethodImpl(Jit.Optimized)]
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

        /// <summary>A word for the people of a place the lexicon knows, by its English ending: Vermont-er, Ohio-an, Iowa-n,
        /// Berlin-er (not "Jordan", a place itself).</summary>
        private static bool PlaceDemonym(string w, LexiconIndex lx)
        {
            if (w.Length < 5 || lx.Places.ContainsKey(w) || lx.Words(LexiconIndex.Lists.GivenNames).Contains(w)) return false;
            bool Place(string stem) => stem.Length >= 3 && lx.Places.ContainsKey(stem);
            // the plural ("Floridians Jane Roe and John Doe") and "-ian" for a place in "-a" ("Floridian", "Georgian")
            if (w.EndsWith("ns", StringComparison.Ordinal) || w.EndsWith("rs", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 1);
            if (w.EndsWith("ian", StringComparison.Ordinal) && Place(w.Substring(0, w.Length - 3) + "a")) return true;
            return (w.EndsWith("er", StringComparison.Ordinal) && Place(w.Substring(0, w.Length - 2)))
                || (w.EndsWith("an", StringComparison.Ordinal) && Place(w.Substring(0, w.Length - 2)))
                || (w.EndsWith("n", StringComparison.Ordinal) && Place(w.Substring(0, w.Length - 1)));
        }

        private static bool IsLexiconWord(string word, LexiconIndex lx)
        {
            string w = StripPossessive(word);
            // an organisation's abbreviation counts as written ("UN", not "Un" of "Kim Jong Un")
            return lx.Places.ContainsKey(w) || (lx.Organizations.TryGetValue(w, out var o) && (o.Name == w || o.Abbreviation == w || o.Aliases.Contains(w)))
                || lx.CountryByAdjective.ContainsKey(w) || lx.Demonyms.Contains(w);
        }

        private static bool IsPossessive(string w) =>
            w.Length > 2 && (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));

        /// <summary>Does the run at <paramref name="i"/> follow a title's "of" ("premier of", "Minister of", "Governor of New")?
        /// Only place-name openers ("New", "North") may stand between the "of" and the run.</summary>
        private static bool TitleComplementBefore(TokenList tokens, int i, LexiconIndex lx)
        {
            int k = i - 1;
            while (k >= 0 && k >= i - 2 && tokens[k].IsWord && lx.Words(LexiconIndex.Lists.PlaceNameOpeners).Contains(tokens[k].Text) && char.IsUpper(tokens[k].Text[0])) k--;
            // "Minister of Fisheries and Agriculture Kwame Asante": the complement may join two words
            for (int hops = 0; hops < 2 && k > 1 && tokens[k].Text is "and" && tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0]); hops++) k -= 2;
            if (k >= 0 && tokens[k].Text == "the") k--;
            if (k < 1 || tokens[k].Text != "of") return false;
            string t = tokens[k - 1].Text;
            return IsTitleWord(t, lx) || lx.RoleImplies.ContainsKey(t);
        }

        /// <summary>The start of the last <paramref name="keep"/> name words of the run [i, j) (particles and initials go with
        /// the name word after them); <paramref name="n"/> becomes the number of name words kept.</summary>
        private static int LastNameWords(TokenList tokens, int i, int j, LexiconIndex lx, int keep, ref int n)
        {
            var particles = lx.Words(LexiconIndex.Lists.Particles);
            int counted = 0, k = j - 1;
            for (; k > i; k--)
            {
                string w = tokens[k].Text;
                if ((particles.Contains(w) && char.IsLower(w[0])) || IsInitials(w)) continue;
                if (++counted == keep) break;
            }
            while (k > i && IsInitials(tokens[k - 1].Text)) k--;
            n = counted;
            return k;
        }

        /// <summary>Does the capitalised run [i, j) name a thing rather than a person? Its first word opens the name of a place
        /// or building ("Tell Abyad", "Palacio do Planalto", "Hagia Sophia") or of an organisation ("Deutsche Bahn", "Air
        /// France"); its last word is the head of an organisation or place ("People's Protection Units", "Mahan Air"); a word
        /// before it names an operation or a storm ("Operation Peace Spring"); or every word of it is a common English word
        /// ("Religious Freedom", "Common Prosperity"), unless a word is a given name.</summary>
        private enum Thing { None, Place, Organization, Other }

        private static Thing NamesAThing(ArticleDocument doc, TokenList tokens, int i, int j, LexiconIndex lx, ref HashSet<string>? lowerWords)
        {
            string first = StripPossessive(tokens[i].Text), last = StripPossessive(tokens[j - 1].Text);
            if (lx.Words(LexiconIndex.Lists.OrganizationPrefixes).Contains(first) || lx.Words(LexiconIndex.Lists.OrganizationHeads).Contains(last)) return Thing.Organization;
            if (lx.Words(LexiconIndex.Lists.PlacePrefixes).Contains(first) || lx.Words(LexiconIndex.Lists.PlaceHeads).Contains(last)
                || lx.Words(LexiconIndex.Lists.PlaceHeadsLast).Contains(last)) return Thing.Place;
            if (i > 0 && tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0]) && lx.Words(LexiconIndex.Lists.ThingOpeners).Contains(tokens[i - 1].Text)) return Thing.Other;
            // "Hurricane Katrina", "Tropical Storm Erika": an opener inside the run, with a name after it
            for (int k = i; k < j - 1; k++)
                if (lx.Words(LexiconIndex.Lists.ThingOpeners).Contains(tokens[k].Text)) return Thing.Other;
            // "the film Slumdog Millionaire", "the ship Ocean Star": a kind of thing right before the run
            // (after a determiner: "results show Viktor Yushchenko" is a verb; and not before a verb whose object is the noun:
            // "the company Kwame Asante founded")
            if (i > 1 && tokens[i - 1].IsWord && char.IsLower(tokens[i - 1].Text[0]) && lx.Words(LexiconIndex.Lists.ThingNouns).Contains(tokens[i - 1].Text)
                && (lx.Words(LexiconIndex.Lists.Determiners).Contains(tokens[i - 2].Text) || lx.Words("possessive_determiners").Contains(tokens[i - 2].Text))
                && !(j < tokens.Count && lx.Words(LexiconIndex.Lists.GapVerbs).Contains(tokens[j].Text))) return Thing.Other;
            // "the Granite Care Act", "Millbrook Naval Hospital", "the Clean Rivers Plan": the capitalised phrase goes on with a
            // word that is never part of a name (not a title, a date or a name ending), so the run names what that word heads
            if (j < tokens.Count && tokens[j].IsWord && tokens[j].Text.Length > 1 && char.IsUpper(tokens[j].Text[0]) && tokens[j].Offset == tokens[j - 1].End + 1
                && lx.Words(LexiconIndex.Lists.NotName).Contains(StripPossessive(tokens[j].Text).TrimEnd(Dot)) && !IsTitleWord(tokens[j].Text, lx) && !lx.RoleImplies.ContainsKey(tokens[j].Text)
                && !lx.Words(LexiconIndex.Lists.RoleStops).Contains(tokens[j].Text) && !lx.Words(LexiconIndex.Lists.Continuations).Contains(tokens[j].Text)
                && !lx.Words(LexiconIndex.Lists.Honorifics).Contains(tokens[j].Text)) return Thing.Other;
            // "the Institute for Coastal Impact Research", "the Centre for Baltic Relations": a run after an institution's
            // "for" or "of" completes the institution's name
            if (i > 1 && tokens[i - 1].Text is "for" or "of" or "on" && tokens[i - 2].IsWord && char.IsUpper(tokens[i - 2].Text[0])
                && (lx.Words(LexiconIndex.Lists.OrganizationHeads).Contains(tokens[i - 2].Text) || lx.Words(LexiconIndex.Lists.PlaceHeads).Contains(tokens[i - 2].Text))
                && !IsTitleWord(tokens[i - 2].Text, lx) && !lx.RoleImplies.ContainsKey(tokens[i - 2].Text)) return Thing.Organization;
            if (ExampleOfThings(tokens, i, lx)) return Thing.Other;
            // "the waters of the Syr Darya", "across the Rio Grande": a name takes no article, so a run right after a lower-case "the"
            // that the article never writes without it names a thing ("the Joe Biden campaign" keeps its person where the article
            // also writes "Joe Biden said")
            if (i > 0 && tokens[i - 1].Text == "the" && !IsTitleWord(first, lx) && !lx.RoleImplies.ContainsKey(first)
                && !WrittenWithoutThe(doc.Text, doc.Text.Substring(tokens[i].Offset, tokens[j - 1].End - tokens[i].Offset))) return Thing.Other;
            // every word common, or common words around a known surname ("Stop Merkel", "Merkel Victory"; not "Greta Merkel")
            var particles = lx.Words(LexiconIndex.Lists.Particles);
            int common = 0, surnames = 0;
            for (int k = i; k < j; k++)
            {
                string w = StripPossessive(tokens[k].Text);
                if (particles.Contains(w) && char.IsLower(w[0])) continue;
                if (IsCommonWord(w, k == i, doc, lx, ref lowerWords)) common++;
                else if (lx.PersonSurnames.Contains(w) && surnames == 0) surnames++;
                else return Thing.None;
            }
            return common > 0 ? Thing.Other : Thing.None;
        }

        /// <summary>Whether <paramref name="run"/> stands somewhere in the text (as whole words) without "the " right before it.</summary>
        private static bool WrittenWithoutThe(string text, string run)
        {
            for (int at = text.IndexOf(run, StringComparison.Ordinal); at >= 0; at = text.IndexOf(run, at + 1, StringComparison.Ordinal))
            {
                int end = at + run.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                if (at >= 4 && string.CompareOrdinal(text, at - 4, "the ", 0, 4) == 0) continue;
                return true;
            }
            return false;
        }

        /// <summary>Is the run at <paramref name="i"/> an example of a kind of thing named just before it ("Jewish organisations,
        /// such as Ateret Cohanim and Elad", "airlines including Mahan Air")?</summary>
        private static bool ExampleOfThings(TokenList tokens, int i, LexiconIndex lx)
        {
            int k = i - 1;
            // "such as Ateret Cohanim and Elad": a later name of the list is an example too
            for (int hops = 0; hops < 3 && k > 0 && tokens[k].Text is "and" or "or" or ","; hops++)
            {
                int b = k - 1;
                while (b >= 0 && b > k - 6 && tokens[b].IsWord && (char.IsUpper(tokens[b].Text[0]) || lx.Words(LexiconIndex.Lists.Particles).Contains(tokens[b].Text))) b--;
                if (b == k - 1) break;
                k = b;
            }
            if (k < 0) return false;
            int opener = -1;
            foreach (var phrase in lx.Words(LexiconIndex.Lists.ExampleOpeners))
            {
                var words = phrase.Split(' ');
                if (k - words.Length + 1 < 0) continue;
                bool match = true;
                for (int w = 0; w < words.Length && match; w++)
                    match = tokens[k - words.Length + 1 + w].Text.Equals(words[w], StringComparison.OrdinalIgnoreCase);
                if (match) { opener = k - words.Length + 1; break; }
            }
            if (opener < 0) return false;
            var kinds = lx.Words(LexiconIndex.Lists.ThingKinds);
            for (int b = opener - 1; b >= 0 && b >= opener - 3; b--)
            {
                if (tokens[b].Text == ",") continue;
                if (kinds.Contains(tokens[b].Text)) return true;
            }
            return false;
        }

        /// <summary>A common English word, never a given name at the start of a run: in the lexicon's common words, with a
        /// common prefix ("Trans-Pacific"), with a common noun or adjective
        /// ending after a stem of five letters or more ("Relationship", "Prosperity", "Religious"), or written in lower case
        /// in the article's body.</summary>
        private static bool IsCommonWord(string w, bool first, ArticleDocument doc, LexiconIndex lx, ref HashSet<string>? lowerWords)
        {
            // a given name comes first: "Bill Weld", but "the 1998 Crime Bill"
            if (w.Length < 2 || (first && lx.Words(LexiconIndex.Lists.GivenNames).Contains(w))) return false;
            if (lx.Words(LexiconIndex.Lists.CommonWords).Contains(w)) return true;
            foreach (var prefix in lx.Words(LexiconIndex.Lists.CommonWordPrefixes))
                if (w.Length > prefix.Length + 2 && w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var suffix in lx.Words(LexiconIndex.Lists.CommonWordSuffixes))
                if (w.Length >= suffix.Length + 5 && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
            return (lowerWords ??= LowerCaseWords(doc)).Contains(w.ToLowerInvariant());
        }

        private static string StripPossessive(string w) =>
            w.Length > 2 && (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) ? w.Substring(0, w.Length - 2) : w;

        /// <summary>A single word after a title is a surname ("Mr. Lula", "President Pence"), not the rest of a title phrase
        /// ("Deputy National Security Advisor for", "Deputy Prime Minister for Finance") or a role word itself.</summary>
        private static bool SingleNameAfterTitle(TokenList tokens, int i, LexiconIndex lx)
        {
            string w = StripPossessive(tokens[i].Text);
            int prev = tokens[i - 1].Text == "." && i > 1 ? i - 2 : i - 1;
            if (lx.Words(LexiconIndex.Lists.Honorifics).Contains(tokens[prev].Text)) return !IsLexiconWord(w, lx); // "Mr. King"
            if (IsTitleWord(w, lx) || lx.RoleImplies.ContainsKey(w) || lx.ImpliedRole(w) != null || IsLexiconWord(w, lx)) return false;
            // "General Motors", "General Dynamics": an organisation's head is no surname
            if (lx.Words(LexiconIndex.Lists.OrganizationHeads).Contains(w)) return false;
            if (i + 1 < tokens.Count && (tokens[i + 1].Text is "for" or "of" or "and" || IsTitleWord(tokens[i + 1].Text, lx) || lx.RoleImplies.ContainsKey(tokens[i + 1].Text))) return false;
            return true;
        }

        /// <summary>A lexicon place that is also a name ("Jordan", "Washington") continues a name run ("George Washington").</summary>
        private static bool ContinuesName(string word, LexiconIndex lx) =>
            !IsLexiconWord(word, lx) || lx.Words(LexiconIndex.Lists.PlaceAlsoName).Contains(word);

        /// <summary>The end of the name run starting at <paramref name="i"/>, and its number of name words (particles not counted).</summary>
        private static int NameRunEnd(TokenList tokens, int i, LexiconIndex lx, out int nameWords)
        {
            var particles = lx.Words(LexiconIndex.Lists.Particles);
            int j = i;
            nameWords = 0;
            while (j < tokens.Count)
            {
                if (LooksLikeNameToken(tokens[j], lx) && ContinuesName(tokens[j].Text, lx))
                {
                    j++; nameWords++;
                    // a possessive ends the name: "Trump's Special Presidential Envoy", "People's Protection Units"
                    if (IsPossessive(tokens[j - 1].Text)) break;
                    continue;
                }
                // "Mark Cuban", "Don Guardian": a given name alone, then a word the lexicon knows as a people's adjective or an
                // outlet, with no capitalised word after it, is a surname
                if (j == i + 1 && nameWords == 1 && lx.Words(LexiconIndex.Lists.GivenNames).Contains(tokens[i].Text)
                    && LooksLikeNameToken(tokens[j], lx) && IsLexiconWord(tokens[j].Text, lx) && !lx.Places.ContainsKey(StripPossessive(tokens[j].Text))
                    && (j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized))
                {
                    j++; nameWords++;
                    break;
                }
                // "Theresa May", "Elizabeth II": a word ruled out of names that ends one after a name word (not "May 5")
                if (j > i && lx.Words(LexiconIndex.Lists.Continuations).Contains(tokens[j].Text) && char.IsUpper(tokens[j].Text[0])
                    && (j + 1 >= tokens.Count || !char.IsDigit(tokens[j + 1].Text[0])))
                {
                    j++; nameWords++;
                    break;
                }
                // lower-case particles between name words: "Lula da Silva", "Van der Bellen", "Mohammed bin Salman"
                int p = j;
                while (p < tokens.Count && p < j + 2 && particles.Contains(tokens[p].Text) && char.IsLower(tokens[p].Text[0])) p++;
                if (p > j && j > i && p < tokens.Count && LooksLikeNameToken(tokens[p], lx) && !IsLexiconWord(tokens[p].Text, lx)) { j = p; continue; }
                break;
            }
            return j;
        }

        /// <summary>A particle joined to a surname by a hyphen: "al-Abadi", "el-Sisi", "bin-Laden".</summary>
        private static bool IsPrefixedSurname(string w, LexiconIndex lx)
        {
            int dash = w.IndexOf('-');
            return dash > 0 && dash + 1 < w.Length && char.IsLower(w[0]) && char.IsUpper(w[dash + 1])
                && lx.Words(LexiconIndex.Lists.Particles).Contains(w.Substring(0, dash));
        }

        /// <summary>"J.", "N.C.", "E.P.": capital letters each followed by a full stop.</summary>
        private static bool IsInitials(string w)
        {
            if (w.Length < 2 || w[w.Length - 1] != '.') return false;
            for (int k = 0; k < w.Length; k++)
                if (!(k % 2 == 0 ? char.IsUpper(w[k]) : w[k] == '.')) return false;
            return true;
        }

        private static bool LooksLikeNameToken(Token t, LexiconIndex lx)
        {
            if (!t.IsWord) return false;
            string w = t.Text;
            if (IsPrefixedSurname(w, lx)) return true;
            if (!t.IsCapitalized) return false;
            // "Oxford-trained", "Kremlin-backed": a compound adjective, not a name ("Ki-moon", "Jae-in" stay)
            int hyphen = w.LastIndexOf('-');
            if (hyphen > 0 && hyphen + 4 < w.Length && char.IsLower(w[hyphen + 1]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))) return false;
            if (lx.Words(LexiconIndex.Lists.NotName).Contains(w.TrimEnd(Dot))) return false;
            // a contraction of a word ruled out of names: "It's", "That's", "He'd"
            int ap = w.IndexOfAny(Apostrophes);
            if (ap > 0 && ap >= w.Length - 3 && lx.Words(LexiconIndex.Lists.NotName).Contains(w.Substring(0, ap))) return false;
            if (w.Length == 2 && w[1] == '.') return true; // initial
            if (w.Length < 2) return false;
            bool anyLower = false;
            for (int k = 0; k < w.Length; k++)
            {
                char c = w[k];
                if (char.IsDigit(c)) return false;
                if (char.IsLower(c)) anyLower = true;
                // CamelCase ("CombatCrime", "SteppingBack") is no name, but for "McCain", "DeSantis", "MacArthur"
                else if (char.IsUpper(c) && k > 0 && char.IsLower(w[k - 1]) && !InnerCapitalAllowed(w, k, lx)) return false;
            }
            return anyLower; // not an acronym
        }

        private static bool InnerCapitalAllowed(string w, int k, LexiconIndex lx)
        {
            foreach (var prefix in lx.Words(LexiconIndex.Lists.InnerCapitalPrefixes))
                if (prefix.Length == k && string.CompareOrdinal(w, 0, prefix, 0, k) == 0) return true;
            return false;
        }

        private static bool IsTitleWord(string w, LexiconIndex lx) => lx.Words(LexiconIndex.Lists.Titles).Contains(w.TrimEnd(Dot));

        /// <summary>A title or honorific right before the name ("Mr. Lula", "Foreign Minister Nowak", "Queen Elizabeth").</summary>
        private static bool HasTitleBefore(TokenList tokens, int i, LexiconIndex lx)
        {
            int k = i - 1;
            if (k < 0) return false;
            if (tokens[k].Text == ".")
            {
                // only the dot of an abbreviated title ("Mr.", "Rep.", "Gen."), not a sentence end
                if (k == 0 || !tokens[k - 1].IsWord || tokens[k - 1].End != tokens[k].Offset || tokens[k - 1].Text.Length > 4) return false;
                k--;
            }
            string w = tokens[k].Text;
            return tokens[k].IsWord && (IsTitleWord(w, lx) || lx.RoleImplies.ContainsKey(w));
        }

        /// <summary>The role written before the name ("Foreign Ministry Spokesman", "Belarusian political analyst") or in an
        /// apposition after it (", Assistant Secretary of State for ..."), and the country it implies.</summary>
        private static (string? Role, string? Country) RoleAround(string text, TokenList tokens, int start, int end, LexiconIndex lx)
        {
            int k = start - 1;
            int words = 0;
            // "Sen. Marco Rubio", "Gov. Chris Christie": the full stop of an abbreviated title is part of the role
            bool AbbreviatedRole(int dot) => dot > 0 && tokens[dot].Text == "." && tokens[dot - 1].IsWord && tokens[dot - 1].End == tokens[dot].Offset
                && lx.ImpliedRole(tokens[dot - 1].Text + ".") != null;
            while (k >= 0 && (tokens[k].IsWord || AbbreviatedRole(k)) && words < 12)
            {
                if (!tokens[k].IsWord) { k--; continue; }
                string w = tokens[k].Text;
                // dates, weekdays and sentence adverbs are never part of a role: "This Wednesday Greek Foreign Minister"
                if (lx.Words(LexiconIndex.Lists.RoleStops).Contains(w)) break;
                bool titleish = char.IsUpper(w[0]) || IsTitleWord(w, lx) || lx.RoleImplies.ContainsKey(w)
                    || w is "of" or "for" or "and" or "the" || w.Equals("political", StringComparison.OrdinalIgnoreCase) || w.Equals("foreign", StringComparison.OrdinalIgnoreCase);
                if (!titleish) break;
                // never across a conjunction after anything but a role word: "Silva and Argentine President Milei", "Parliament and
                // President Asante", "Nowak of Ohio and Senator Asante", "He and Committee Chairman Asante" (but "party leader and
                // Prime Minister Asante", "former trade minister and senator Asante")
                // ("Secretary of Homeland Security and Counterterrorism" goes on: what follows "and" is no role of its own)
                if (w is "and" or "or" && k + 1 >= start) break; // "the former governor and Kwame Asante"
                if (w is "and" or "or" && k > 0 && (lx.Words(LexiconIndex.Lists.Pronouns).Contains(tokens[k - 1].Text) || lx.Words(LexiconIndex.Lists.SubjectPronouns).Contains(tokens[k - 1].Text)
                    || (tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0]) && !IsTitleWord(tokens[k - 1].Text, lx) && !lx.RoleImplies.ContainsKey(tokens[k - 1].Text)
                        && lx.ImpliedRole(tokens[k - 1].Text) == null && (k + 1 >= start
                        || lx.ImpliedRole(text.Substring(tokens[k + 1].Offset, tokens[start - 1].End - tokens[k + 1].Offset)) != null)))) break;
                k--; words++;
            }
            int roleStart = k + 1;
            while (roleStart < start && tokens[roleStart].Text is "of" or "for" or "and" or "the" or "The") roleStart++;
            // an honorific right before the name is no part of the role ("Qatar's Emir Sheikh Tamim": the role is "Qatar's Emir")
            int roleEnd = start - 1;
            while (roleEnd > roleStart && ((tokens[roleEnd].Text == "." && !AbbreviatedRole(roleEnd)) || lx.Words(LexiconIndex.Lists.Honorifics).Contains(tokens[roleEnd].Text))
                && !lx.RoleImplies.ContainsKey(tokens[roleEnd].Text)) roleEnd--;
            string? role = null;
            if (roleStart <= roleEnd)
            {
                string r = text.Substring(tokens[roleStart].Offset, tokens[roleEnd].End - tokens[roleStart].Offset);
                if (lx.ImpliedRole(r) != null) role = r;
            }
            // an apposition after the name: not a list of more names ("Asante, Piotr Nowak and Tomas Kral"), and only up to the
            // clause that follows it ("..., the senator who ...", "..., is whether ...")
            bool listOfNames = false;
            if (end + 2 < tokens.Count && LooksLikeNameToken(tokens[end + 1], lx) && !IsTitleWord(tokens[end + 1].Text, lx)
                && !lx.RoleImplies.ContainsKey(tokens[end + 1].Text) && lx.ImpliedRole(tokens[end + 1].Text) == null && !IsLexiconWord(tokens[end + 1].Text, lx))
            {
                // a name of two words or more, not initials ("U. S. attorney"), not a possessive ("United Kingdom's former
                // Prime Minister"), not a lexicon place or organisation
                int runEnd = NameRunEnd(tokens, end + 1, lx, out int nn);
                bool initials = true;
                for (int q = end + 1; q < runEnd && initials; q++) initials = IsInitials(tokens[q].Text);
                string span = nn >= 2 ? text.Substring(tokens[end + 1].Offset, tokens[runEnd - 1].End - tokens[end + 1].Offset) : "";
                listOfNames = nn >= 2 && !initials && !IsPossessive(tokens[runEnd - 1].Text) && !lx.Places.ContainsKey(span) && !lx.Organizations.ContainsKey(span);
            }
            if (role == null && end + 1 < tokens.Count && tokens[end].Text == "," && !listOfNames)
            {
                int e = end + 1;
                while (e < tokens.Count && tokens[e].IsWord && e < end + 14 && !lx.Words(LexiconIndex.Lists.AppositionStops).Contains(tokens[e].Text)
                    && !lx.Words(LexiconIndex.Lists.AttributionVerbs).Contains(tokens[e].Text)) e++;
                if (e == end + 1) e = end + 2;
                // "..., President Nowak and ...": a phrase that goes on into a conjunction names more people, not this one's role
                bool morePeople = e - 1 > end + 1 && tokens[e - 1].Text is "and" or "or";
                for (int q = end + 2; q < e && !morePeople; q++)
                    morePeople = tokens[q].Text is "and" or "or" && LooksLikeNameToken(tokens[q - 1], lx) && !IsTitleWord(tokens[q - 1].Text, lx)
                        && !lx.RoleImplies.ContainsKey(tokens[q - 1].Text) && lx.ImpliedRole(tokens[q - 1].Text) == null && !IsLexiconWord(tokens[q - 1].Text, lx);
                string r = text.Substring(tokens[end + 1].Offset, tokens[Math.Max(end + 1, e - 1)].End - tokens[end + 1].Offset);
                if (morePeople) { }
                else if (lx.ImpliedRole(r) != null && char.IsUpper(r[0])) role = r;
                // "Abdourahim Said Bakar, a government spokesman," — a short apposition with an article, closed by the clause
                else if (e - (end + 1) <= 7 && tokens[end + 1].Text is "a" or "an" or "the" && (e >= tokens.Count || tokens[e].Text is "," or "." or ";" || lx.Words(LexiconIndex.Lists.AppositionStops).Contains(tokens[e].Text))
                    && e - 1 > end + 1 && lx.ImpliedRole(r) != null)
                    role = text.Substring(tokens[end + 2].Offset, tokens[e - 1].End - tokens[end + 2].Offset);
            }
            // the country comes from the words before the name even when they are no known role ("his Polish counterpart")
            string? country = null;
            int from = Math.Max(0, start - 4);
            if (start > 0) country = lx.CountryIn(text.Substring(tokens[from].Offset, tokens[start - 1].End - tokens[from].Offset));
            return (role, role != null ? lx.CountryIn(role) ?? country : country);
        }

        [MethodImpl(Jit.Optimized)]
        private static int MatchLexicon(string text, TokenList tokens, int i, LexiconIndex lx, List<EntityMention> mentions,
            Dictionary<string, PlaceModel> places, Dictionary<string, OrganizationModel> orgs)
        {
            // every key starts with an upper-case letter in the text, and with one of the lexicon's first tokens
            string first = tokens[i].Text;
            if (first.Length == 0 || !char.IsUpper(first[0]) || !lx.KeyLengthByFirstToken.TryGetValue(first, out int longestKey)) return 0;
            for (int n = Math.Min(lx.MaxWords, tokens.Count - i); n >= 1; n--)
            {
                // longer than every key this token starts, even with a possessive "'s" taken off: no look-up can match
                if (tokens[i + n - 1].End - tokens[i].Offset > longestKey + 2) continue;
                if (!tokens[i + n - 1].IsWord) continue;
                string lastText = tokens[i + n - 1].Text;
                if (!lx.LastTokens.Contains(lastText) && !lx.LastTokens.Contains(StripPossessive(lastText))) continue;
                string key = StripPossessive(text.Substring(tokens[i].Offset, tokens[i + n - 1].End - tokens[i].Offset)); // "Canada's"
                if (!char.IsUpper(key[0])) continue;
                if (lx.Organizations.TryGetValue(key, out var org) && (n > 1 || key == org.Abbreviation || key == org.Name))
                {
                    orgs[org.Name] = org;
                    mentions.Add(new EntityMention(tokens[i].Offset, key.Length, EntityType.Organization, org.Name, key, null, false));
                    return n;
                }
                if (lx.Places.TryGetValue(key, out var place) && string.Equals(key, key.Trim(), StringComparison.Ordinal))
                {
                    // "Jordan Peterson", "Chad Smith": a place that is also a name, followed by a name word, starts a name
                    if (n == 1 && i + 1 < tokens.Count && lx.Words(LexiconIndex.Lists.PlaceAlsoName).Contains(key)
                        && LooksLikeNameToken(tokens[i + 1], lx) && !IsLexiconWord(tokens[i + 1].Text, lx)) return 0;
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
