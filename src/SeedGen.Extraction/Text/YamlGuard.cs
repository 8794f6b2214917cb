using System;

namespace SeedGen.Extraction.Text
{
    /// <summary>
    /// Cheap, linear checks run before YAML is parsed, so that hostile input (very deep nesting, alias bombs,
    /// huge files) gives a diagnostic instead of a stack overflow or unbounded work inside the compiler.
    /// </summary>
    public static class YamlGuard
    {
        public const int MaxDepth = 64;
        public const int MaxAliases = 10_000;
        public const int MaxChars = 16 * 1024 * 1024;

        /// <summary>Returns null when the text may be parsed, or the reason it must not be, with the 1-based line of the problem.</summary>
        public static (string Reason, int Line)? Check(string text)
        {
            if (text.Length > MaxChars) return ($"the file is larger than {MaxChars / (1024 * 1024)} MB", 1);
            int line = 1, flowDepth = 0, aliases = 0;
            int[] indentStack = new int[MaxDepth + 2];
            int indentDepth = 0;
            bool atLineStart = true;
            int indent = 0;
            char quote = '\0';
            bool comment = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    line++; atLineStart = true; indent = 0; comment = false;
                    if (quote == '\'' || quote == '"') { /* multi-line quoted scalars are allowed */ }
                    continue;
                }
                if (comment) continue;
                if (atLineStart)
                {
                    if (c == ' ') { indent++; continue; }
                    if (c == '#') { comment = true; continue; }
                    if (c == '\r' || c == '\t') continue;
                    atLineStart = false;
                    if (quote == '\0' && flowDepth == 0)
                    {
                        while (indentDepth > 0 && indentStack[indentDepth - 1] >= indent) indentDepth--;
                        indentStack[indentDepth++] = indent;
                        // "- - - x" nests sequences on one line
                        int j = i, dashes = 0;
                        while (j + 1 < text.Length && text[j] == '-' && text[j + 1] == ' ') { dashes++; j += 2; while (j < text.Length && text[j] == ' ') j++; }
                        if (indentDepth + dashes > MaxDepth) return ($"the YAML nests deeper than {MaxDepth} levels", line);
                    }
                }
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'') { i++; continue; }
                        quote = '\0';
                    }
                    else if (c == '\\' && quote == '"') i++;
                    continue;
                }
                switch (c)
                {
                    case '"':
                    case '\'':
                        // a quote starts a quoted scalar only at the start of a value
                        if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ',' || text[i - 1] == ':' || text[i - 1] == '-')
                            quote = c;
                        break;
                    case '#':
                        if (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) comment = true;
                        break;
                    case '[':
                    case '{':
                        if (++flowDepth + indentDepth > MaxDepth) return ($"the YAML nests deeper than {MaxDepth} levels", line);
                        break;
                    case ']':
                    case '}':
                        if (flowDepth > 0) flowDepth--;
                        break;
                    case '*':
                        if (i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_') && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == ','))
                            if (++aliases > MaxAliases) return ($"the YAML uses more than {MaxAliases} aliases", line);
                        break;
                }
            }
            return null;
        }
    }
}
