using System.IO;

namespace SeedGen.Cli.Tests
{
    /// <summary>Articles (and a word list, and a file name) written to break out of HTML: every one of these strings reaches the
    /// report as a title, a statement, a file name or a diagnostic. An executed payload marks the body with data-pwned.</summary>
    internal static class HostileCorpus
    {
        public const string ScriptPayload = "</script><script>document.body.setAttribute('data-pwned','script')</script>";
        public const string ImgPayload = "<img src=x onerror=document.body.setAttribute(`data-pwned`,`img`)>";
        public const string AttributePayload = "\"'><svg onload=\"document.body.setAttribute('data-pwned','svg')\">";
        public const string IframePayload = "<iframe src=\"javascript:parent.document.body.setAttribute('data-pwned','iframe')\"></iframe>";
        public const string StylePayload = "</style><style>body{display:none}</style><!--";

        public static void Write(string dir)
        {
            File.WriteAllText(Path.Combine(dir, "01_title.txt"),
                "Riga summit opens " + ScriptPayload + "\n\n" +
                "5 May 2019\n\n" +
                "Leaders met at the Riga summit on 5 May 2019.\n\n" +
                "\u201C" + ImgPayload + " we are ready,\u201D Foreign Minister Edgars Rinkevics said at the Riga summit.\n\n" +
                "\u201C" + AttributePayload + " and more,\u201D Rinkevics added.\n\n" +
                "Rinkevics said that " + IframePayload + " was not acceptable.\n");
            File.WriteAllText(Path.Combine(dir, "02_<b>&'q\".txt"),
                "Talks in Vilnius " + StylePayload + "\n\n" +
                "\u201C" + StylePayload + " &amp; &lt;b&gt; \u0001\u0007 are escaped,\u201D Prime Minister Saulius Skvernelis said on Monday.\n");
            File.WriteAllText(Path.Combine(dir, "seedgen.yaml"),
                "people:\n  - name: Edgars Rinkevics\n    role: Foreign Minister\n    country: Latvia\n\"<img src=x onerror=alert(5)>\": 1\n");
        }
    }
}
