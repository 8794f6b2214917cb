using System.Globalization;
using System.Text;

namespace SeedGen.Generator
{
    /// <summary>Every string copied from an article or YAML goes through here before it becomes code or documentation.</summary>
    internal static class Escaping
    {
        /// <summary>A C# regular string literal: quotes, backslashes, line breaks of every kind, control, format (bidi) and
        /// surrogate characters are escaped, so no text can close the literal or hide code.</summary>
        public static string Literal(string? s)
        {
            if (s is null) return "null";
            var sb = new StringBuilder(s.Length + 2);
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
            return sb.ToString();
        }

        private static bool NeedsEscape(char c)
        {
            if (c < 0x20 || c == 0x7F || char.IsSurrogate(c)) return true;
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                || c == '\u0085';
        }

        /// <summary>Text for an XML doc comment: one line, XML-escaped, bounded, with control, format and unpaired surrogate characters removed.</summary>
        public static string Xml(string? s, int max = 2000)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            var sb = new StringBuilder(s!.Length);
            for (int i = 0; i < s.Length && sb.Length < max; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
                if (char.IsSurrogate(c)) { sb.Append('\uFFFD'); continue; }
                switch (c)
                {
                    case '&': sb.Append("&amp;"); continue;
                    case '<': sb.Append("&lt;"); continue;
                    case '>': sb.Append("&gt;"); continue;
                }
                var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                if (c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || cat is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) { sb.Append(' '); continue; }
                if (cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse || c == '\uFFFE' || c == '\uFFFF') continue;
                sb.Append(c);
            }
            if (sb.Length >= max && s.Length > max) sb.Append('\u2026');
            return sb.ToString();
        }
    }
}
