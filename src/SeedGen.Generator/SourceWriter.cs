using System.Text;

namespace SeedGen.Generator
{
    /// <summary>An indented text writer for generated code (\n line endings, four spaces a level).</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _sb = new();
        public int Indent { get; set; }

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _sb.Append(' ', Indent * 4).Append(text);
            _sb.Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            Indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            Indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _sb.ToString();
    }
}
