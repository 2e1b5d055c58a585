using System.Text.RegularExpressions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// Every tr(en, zh) pair in the app's source says the Chinese in Chinese: a pair copied without translating, or with
/// an English word left in its Chinese half, fails here before any page shows it (docs/app.md "English and Chinese").
/// Reads the files, needs no browser.
/// </summary>
public sealed partial class TranslationPairsTests
{
    [Fact]
    public void EveryPairWithEnglishWordsHasChineseWithoutEnglishWords()
    {
        var wwwroot = Path.Combine(RepositoryRoot(), "src", "AiotHub.Gateway", "wwwroot");
        var problems = new List<string>();
        var pairs = 0;
        foreach (var file in Directory.EnumerateFiles(wwwroot, "*.js", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match pair in Pair().Matches(File.ReadAllText(file)))
            {
                pairs++;
                var english = Words(pair.Groups["en"].Value);
                var chinese = pair.Groups["zh"].Value;
                if (!EnglishWord().IsMatch(english))
                    continue; // punctuation only: ': ' / '：'
                if (!ChineseCharacter().IsMatch(chinese) || EnglishWord().IsMatch(Words(chinese)))
                    problems.Add($"{Path.GetRelativePath(wwwroot, file)}: {pair.Value}");
            }
        }

        Assert.True(pairs > 200, $"found only {pairs} tr() pairs: has the call's shape changed?");
        Assert.True(problems.Count == 0, "Pairs whose Chinese is missing or has English words:\n  " + string.Join("\n  ", problems));
    }

    // The words of a string literal: without ${…} placeholders, file paths (docs/automations.md), the brand, the unit
    // symbols and technical terms Chinese writes in Latin too.
    private static string Words(string literal)
    {
        var text = Quoted().Replace(DocsPath().Replace(Placeholder().Replace(literal, " "), " "), " ");
        foreach (var allowed in NoEnglish.AlwaysAllowed.Concat(NoEnglish.TechnicalTerms))
            text = text.Replace(allowed, " ", StringComparison.Ordinal);
        return text;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above the test's output directory");
    }

    // tr('…', '…') or tr(`…`, `…`), either quote, escapes allowed; a template with a nested template is not matched.
    [GeneratedRegex("""\btr\(\s*(?:'(?<en>(?:[^'\\\n]|\\.)*)'|`(?<en>(?:[^`\\]|\\.)*)`)\s*,\s*(?:'(?<zh>(?:[^'\\\n]|\\.)*)'|`(?<zh>(?:[^`\\]|\\.)*)`)\s*\)""")]
    private static partial Regex Pair();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Placeholder();

    // "name": a JSON key or a value quoted as an example, not words.
    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"docs/[\w./#-]+\.md")]
    private static partial Regex DocsPath();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")]
    private static partial Regex ChineseCharacter();
}
