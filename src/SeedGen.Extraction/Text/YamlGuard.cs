using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Text
{
    /// <summary>Why a YAML text was not loaded, and where (1-based line and column in that text).</summary>
    public sealed record YamlProblem(string Reason, int Line, int Column);

    /// <summary>
    /// The one way SeedGen parses YAML (lexicons, sidecars, corpus curation, front matter). YamlDotNet's event parser is
    /// iterative, but building the node tree recurses once per nesting level and aliases multiply work; so the events are
    /// checked as they stream past, before any node is built: nesting depth, anchors, aliases, the size of the document
    /// with every alias expanded, and the text's length. Hostile input (100,000 nested <c>[</c>, alias bombs, huge files)
    /// becomes a <see cref="YamlProblem"/> with its line, never a stack overflow or unbounded work inside the compiler.
    /// </summary>
    public static class YamlGuard
    {
        /// <summary>Deepest nesting of mappings and sequences accepted.</summary>
        public const int MaxDepth = 64;
        /// <summary>Most aliases (<c>*name</c>) accepted in one text.</summary>
        public const int MaxAliases = 10_000;
        /// <summary>Most anchors (<c>&amp;name</c>) accepted in one text.</summary>
        public const int MaxAnchors = 10_000;
        /// <summary>Most nodes accepted once every alias is expanded (an alias counts as the nodes it stands for).</summary>
        public const int MaxExpandedNodes = 4_000_000;
        /// <summary>Longest text accepted.</summary>
        public const int MaxChars = 16 * 1024 * 1024;

        /// <summary>Returns null when the text may be parsed, or the reason it must not be, with the 1-based line of the problem.
        /// Syntax errors are not reported here (<see cref="Load"/> reports them).</summary>
        public static (string Reason, int Line)? Check(string text)
        {
            Run(text, out var problem, checkOnly: true);
            return problem is null || problem.Reason.StartsWith(SyntaxPrefix, StringComparison.Ordinal) ? null : (problem.Reason, problem.Line);
        }

        internal const string SyntaxPrefix = "invalid YAML: ";

        /// <summary>Parses <paramref name="text"/> within the limits; null (with <paramref name="problem"/> set) when it is too
        /// big, too deep, uses too many aliases or anchors, or is not valid YAML. Never throws.</summary>
        public static YamlStream? Load(string text, out YamlProblem? problem) => Run(text, out problem, checkOnly: false);

        private static YamlStream? Run(string text, out YamlProblem? problem, bool checkOnly)
        {
            problem = null;
            text ??= "";
            if (text.Length > MaxChars)
            {
                problem = new YamlProblem($"the file is larger than {MaxChars / (1024 * 1024)} MB", 1, 1);
                return null;
            }
            var guarded = new GuardedParser(new Parser(new StringReader(text)));
            try
            {
                if (checkOnly)
                {
                    while (guarded.MoveNext()) { }
                    return null;
                }
                var stream = new YamlStream();
                stream.Load(guarded);
                return stream;
            }
            catch (LimitException ex)
            {
                problem = new YamlProblem(ex.Message, ex.Line, ex.Column);
            }
            catch (YamlException ex)
            {
                problem = new YamlProblem(SyntaxPrefix + OneLine(ex.Message), Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // YamlDotNet may throw something other than YamlException on input it does not expect; that is the input's fault.
                var at = guarded.LastMark;
                problem = new YamlProblem(SyntaxPrefix + OneLine(ex.Message), Math.Max(1, at.Line), Math.Max(1, at.Column));
            }
            return null;
        }

        private static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');

        private sealed class LimitException : Exception
        {
            public LimitException(string message, Mark at) : base(message)
            {
                Line = Math.Max(1, (int)at.Line);
                Column = Math.Max(1, (int)at.Column);
            }

            public int Line { get; }
            public int Column { get; }
        }

        /// <summary>Passes the events on unchanged and stops at the first limit crossed. Linear: one step per event.</summary>
        private sealed class GuardedParser : IParser
        {
            private readonly IParser _inner;
            // expanded node count of each open collection (the bottom entry is the whole stream)
            private readonly Stack<long> _open = new();
            private readonly Stack<string?> _openAnchor = new();
            private readonly Dictionary<string, long> _anchorSize = new(StringComparer.Ordinal);
            private int _aliases, _anchors;

            public GuardedParser(IParser inner)
            {
                _inner = inner;
                _open.Push(0);
            }

            public ParsingEvent? Current => _inner.Current;

            public (int Line, int Column) LastMark { get; private set; } = (1, 1);

            public bool MoveNext()
            {
                if (!_inner.MoveNext()) return false;
                var e = _inner.Current!;
                LastMark = ((int)e.Start.Line, (int)e.Start.Column);
                switch (e)
                {
                    case MappingStart or SequenceStart:
                        if (_open.Count > MaxDepth) throw new LimitException($"the YAML nests deeper than {MaxDepth} levels", e.Start);
                        Anchor(((NodeEvent)e).Anchor, e.Start);
                        _open.Push(1);
                        _openAnchor.Push(((NodeEvent)e).Anchor.IsEmpty ? null : ((NodeEvent)e).Anchor.Value);
                        break;
                    case MappingEnd or SequenceEnd:
                        if (_open.Count > 1)
                        {
                            long size = _open.Pop();
                            string? anchor = _openAnchor.Pop();
                            if (anchor != null) _anchorSize[anchor] = size;
                            Add(size, e.Start);
                        }
                        break;
                    case Scalar s:
                        Anchor(s.Anchor, e.Start);
                        if (!s.Anchor.IsEmpty) _anchorSize[s.Anchor.Value] = 1;
                        Add(1, e.Start);
                        break;
                    case AnchorAlias a:
                        if (++_aliases > MaxAliases) throw new LimitException($"the YAML uses more than {MaxAliases} aliases", e.Start);
                        Add(_anchorSize.TryGetValue(a.Value.Value, out var n) ? n : 1, e.Start);
                        break;
                }
                return true;
            }

            private void Anchor(AnchorName anchor, Mark at)
            {
                if (!anchor.IsEmpty && ++_anchors > MaxAnchors) throw new LimitException($"the YAML defines more than {MaxAnchors} anchors", at);
            }

            private void Add(long nodes, Mark at)
            {
                long top = _open.Pop() + nodes;
                _open.Push(top);
                if (top > MaxExpandedNodes)
                    throw new LimitException("the YAML expands to more than " + MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                        " nodes (an alias counts as the nodes it stands for)", at);
            }
        }
    }
}
